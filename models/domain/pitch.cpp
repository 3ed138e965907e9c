#include "pitch.h"

#include <QRegularExpression>

namespace Comite::Pitch {

namespace {
// "à" contracts with the article that may start the part: "aux usagers",
// "au public"; a part already starting with "à" keeps it.
QString withA(const QString &part)
{
    static const QRegularExpression contracted(QStringLiteral("^(aux|au|à)\\s"), QRegularExpression::CaseInsensitiveOption);
    return contracted.match(part).hasMatch() ? part : QStringLiteral("à ") + part;
}

QString withoutA(const QString &part)
{
    return part.startsWith(QStringLiteral("à ")) ? part.mid(2) : part;
}

// "afin de" elides before a vowel or a mute h: "afin d'améliorer".
QString withDe(const QString &part)
{
    static const QRegularExpression vowel(QStringLiteral("^[aeiouyhâàéèêîïôû]"), QRegularExpression::CaseInsensitiveOption);
    return vowel.match(part).hasMatch() ? QStringLiteral("d'") + part : QStringLiteral("de ") + part;
}
} // namespace

QString compose(const PitchParts &p)
{
    return QStringLiteral("Permettre %1 d'obtenir %2 grâce %3 afin %4.")
        .arg(withA(p.targets.trimmed()), p.benefits.trimmed(), withA(p.means.trimmed()), withDe(p.goal.trimmed()));
}

std::optional<PitchParts> parse(const QString &sentence)
{
    // Apostrophes come typed as ' or ’.
    static const QRegularExpression re(
        QStringLiteral("^\\s*Permettre\\s+(.+?)\\s+d['’]obtenir\\s+(.+?)\\s+grâce\\s+(.+?)\\s+afin\\s+d(?:e\\s+|['’])(.+?)\\.?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(sentence);
    if (!m.hasMatch())
        return std::nullopt;
    return PitchParts{withoutA(m.captured(1)), m.captured(2), withoutA(m.captured(3)), m.captured(4)};
}

} // namespace Comite::Pitch
