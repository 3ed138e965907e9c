#include "budgetreference.h"

#include "displayformat.h"

#include <QCoreApplication>

namespace Comite::BudgetReference {

std::optional<CostBand> band(Phase phase)
{
    switch (phase) {
    case Phase::Investigation: return CostBand{150000, 200000};
    case Phase::Construction: return CostBand{250000, 500000};
    case Phase::Acceleration:
    case Phase::Consolidation:
    case Phase::Opere:
    case Phase::Transfere: return CostBand{500000, 2000000};
    case Phase::AbandonInvestigation:
    case Phase::Abandon: break;
    }
    return std::nullopt;
}

BandPosition position(const CostBand &band, qint64 yearly)
{
    if (yearly < band.low)
        return BandPosition::Below;
    if (yearly > band.high)
        return BandPosition::Above;
    return BandPosition::Within;
}

qint64 yearlyPace(double burnRatePerMonth, qint64 sixMonthRequest)
{
    if (burnRatePerMonth > 0)
        return qRound64(burnRatePerMonth * 12.0);
    return sixMonthRequest * 2;
}

QString describe(Phase phase, const CostBand &band)
{
    const QString low = DisplayFormat::euros(band.low);
    const QString high = DisplayFormat::euros(band.high);
    if (phase == Phase::Investigation)
        return QCoreApplication::translate("BudgetReference", "Typical sponsor budget line to enter construction: %1 – %2")
            .arg(low, high);
    return QCoreApplication::translate("BudgetReference", "Typical for %1: %2 – %3 a year").arg(Phases::label(phase), low, high);
}

} // namespace Comite::BudgetReference
