#include "slug.h"

#include <QRegularExpression>

namespace Comite::Slug {

bool isValid(const QString &slug)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    return re.match(slug).hasMatch();
}

QString fromTitle(const QString &title)
{
    // Decompose accents, spell out the ligatures Unicode does not
    // decompose ("cœur" → "coeur"), keep ASCII letters and digits, dash the rest.
    QString decomposed = title.normalized(QString::NormalizationForm_KD).toLower();
    decomposed.replace(u'œ', QLatin1String("oe")).replace(u'æ', QLatin1String("ae"));
    QString slug;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (c.category() != QChar::Mark_NonSpacing && !slug.endsWith(u'-') && !slug.isEmpty())
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

} // namespace Comite::Slug
