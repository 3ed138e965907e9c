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
    return result;
}

} // namespace Comite::SearchText
