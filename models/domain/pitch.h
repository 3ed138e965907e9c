#pragma once
// The product pitch template « Permettre à (cibles) d'obtenir (bénéfices)
// grâce à (proposition de valeur) afin de (objectif) ». The pitch is stored as
// one sentence; this splits and builds it so the editor can offer the four
// parts.

#include <QString>
#include <optional>

namespace Comite {

struct PitchParts {
    QString targets;
    QString benefits;
    QString means;
    QString goal;
    bool operator==(const PitchParts &) const = default;
};

namespace Pitch {
QString compose(const PitchParts &parts);
// The parts of a sentence written on the template, or nothing.
std::optional<PitchParts> parse(const QString &sentence);
}

} // namespace Comite
