#pragma once
// The phases a product goes through (DESIGN.md §1), their stable keys as
// stored and exported, their labels and the rules attached to each.

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace Comite {

enum class Phase {
    Investigation,
    Construction,
    Acceleration,
    Consolidation,
    Opere,
    Transfere,
    AbandonInvestigation,
    Abandon,
};

namespace Phases {
QList<Phase> all();
QString key(Phase phase);                       // "investigation", "abandon-investigation"…
std::optional<Phase> fromKey(QStringView key);  // accepts "perennisation" for consolidation
QString label(Phase phase);                     // translated, for display
bool isActive(Phase phase);  // incubated: investigation to consolidation
bool isStop(Phase phase);    // abandon-investigation, abandon
bool isExit(Phase phase);    // opere, transfere
// The latest date the phase may still run without overrunning, or a null
// date for phases with no expected length.
QDate overrunLimit(Phase phase, QDate start);
// Badge colour; text drawn on it must use badgeTextColor().
QColor badgeColor(Phase phase);
QColor badgeTextColor(Phase phase);
}

} // namespace Comite
