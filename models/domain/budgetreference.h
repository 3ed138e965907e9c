#pragma once
// The typical yearly cost of a product by phase (DESIGN.md §1), shown next
// to a product's own pace as a reference band — not a rule.

#include "phase.h"

#include <optional>

namespace Comite {

struct CostBand {
    qint64 low = 0;   // euros per year
    qint64 high = 0;
    bool contains(qint64 yearly) const { return yearly >= low && yearly <= high; }
};

enum class BandPosition { Below, Within, Above };

namespace BudgetReference {
// Construction: 250–500 k€ a year; acceleration and later: up to about
// 2 M€ (from the top of construction); entering construction from an
// investigation: a sponsor budget line of about 150–200 k€. None for stops.
std::optional<CostBand> band(Phase phase);
BandPosition position(const CostBand &band, qint64 yearly);
// The yearly pace of a product: its burn rate × 12, else its six-month
// request × 2 when there is no spending yet.
qint64 yearlyPace(double burnRatePerMonth, qint64 sixMonthRequest);
// "Typical for construction: 250 000 € – 500 000 € a year" (translated).
QString describe(Phase phase, const CostBand &band);
}

} // namespace Comite
