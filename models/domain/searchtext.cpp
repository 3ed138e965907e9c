#include "searchtext.h"

namespace Comite::SearchText {

QString fold(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            result += c.toCaseFolded();
    }
    // Unicode does not decompose the French ligatures: "coeur" finds "Cœur".
    return result.replace(u'œ', QLatin1String("oe")).replace(u'æ', QLatin1String("ae"));
}

} // namespace Comite::SearchText
