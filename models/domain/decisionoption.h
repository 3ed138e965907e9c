#pragma once
// The decisions a committee can take on a product (DESIGN.md §1, sponsor
// options) plus `recorded`, a committee known only by its written outcome
// (imported or typed in after the fact).

#include <QList>
#include <QString>
#include <optional>

namespace Comite {

enum class DecisionOption {
    Continue,         // same or higher budget
    ContinueReduced,  // lower budget
    Provisional,      // 1–2 months pending proof of impact
    Pivot,
    Maintenance,
    Stop,
    Recorded,
};

namespace DecisionOptions {
QList<DecisionOption> all();
QString key(DecisionOption option);
std::optional<DecisionOption> fromKey(QStringView key);
QString label(DecisionOption option);
}

} // namespace Comite
