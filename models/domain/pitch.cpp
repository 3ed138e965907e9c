#include "pitch.h"

#include <QRegularExpression>

namespace Comite::Pitch {

QString compose(const PitchParts &p)
{
    return QStringLiteral("Permettre à %1 d'obtenir %2 grâce à %3 afin de %4.")
        .arg(p.targets.trimmed(), p.benefits.trimmed(), p.means.trimmed(), p.goal.trimmed());
}

std::optional<PitchParts> parse(const QString &sentence)
{
    // Apostrophes come typed as ' or ’; "afin d'" before a vowel.
    static const QRegularExpression re(
        QStringLiteral("^\\s*Permettre (?:à|aux|au)\\s+(.+?)\\s+d['’]obtenir\\s+(.+?)\\s+grâce (?:à|aux|au)\\s+"
                       "(.+?)\\s+afin d(?:e\\s+|['’])(.+?)\\.?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(sentence);
    if (!m.hasMatch())
        return std::nullopt;
    return PitchParts{m.captured(1), m.captured(2), m.captured(3), m.captured(4)};
}

} // namespace Comite::Pitch
