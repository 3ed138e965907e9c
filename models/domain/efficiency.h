#pragma once
// Efficiency as the impact matrix defines it: cost per use = actual
// spending over the 12 months before a day / monthly active users on that
// day; cost per unit of impact = the same spending / the impact indicator's
// value on that day. Each with its change over one year and since the
// previous committee. Pure computation, no storage.

#include "indicatorseries.h"

#include <QMap>

namespace Comite {

namespace Efficiency {
// The 12 complete months before `day`'s month, as 'YYYY-MM' keys: `from`
// included, `until` excluded (day 2026-11-24: 2025-11 … 2026-10).
struct Window {
    QString from;
    QString until;
};
Window window(QDate day);
QString monthKey(QDate day);  // "2026-11"

// Sum of `monthly` (month key → euros) inside the window before `day`;
// null when no month of the window has spending recorded.
std::optional<qint64> spendingBefore(const QMap<QString, qint64> &monthly, QDate day);
// spending / denominator; null when either is unknown or the denominator
// is not positive.
std::optional<double> cost(std::optional<qint64> spending, std::optional<double> denominator);
// Relative change (now − before) / before: −0.25 for a fall of 25 %.
std::optional<double> change(std::optional<double> now, std::optional<double> before);
// A cost that rose by more than the tolerance: cost per impact must fall
// or hold from one committee to the next.
constexpr double worseningTolerance = 0.05;
bool isWorsening(std::optional<double> now, std::optional<double> before);

// The indicator counted as monthly active users: the first filling the
// mandatory "monthly-active-users"; -1 when none.
int usersIndex(const QList<Indicator> &indicators);
// The impact indicator costs are counted against: the North Star when it
// is an impact indicator, else the one filling "policy-impact", else the
// first impact indicator; only higher-is-better ones. -1 when none.
int impactIndex(const QList<Indicator> &indicators);
}

// A product's efficiency figures on a day.
struct EfficiencyFigures {
    QDate day;
    QDate previousCommittee;          // null when none before `day`
    std::optional<qint64> spending;   // actual spending, 12 months before `day`
    std::optional<double> activeUsers;
    QString impactIndicator;          // name, empty when none
    std::optional<double> impactValue;

    std::optional<double> costPerUse;
    std::optional<double> costPerUseYearAgo;
    std::optional<double> costPerUseAtCommittee;
    std::optional<double> costPerImpact;
    std::optional<double> costPerImpactYearAgo;
    std::optional<double> costPerImpactAtCommittee;

    std::optional<double> costPerUseChangeYear() const { return Efficiency::change(costPerUse, costPerUseYearAgo); }
    std::optional<double> costPerUseChangeCommittee() const { return Efficiency::change(costPerUse, costPerUseAtCommittee); }
    std::optional<double> costPerImpactChangeYear() const { return Efficiency::change(costPerImpact, costPerImpactYearAgo); }
    std::optional<double> costPerImpactChangeCommittee() const
    {
        return Efficiency::change(costPerImpact, costPerImpactAtCommittee);
    }
    // Cost per impact when known on both days, else cost per use, rose
    // since the previous committee.
    bool worseningSinceCommittee() const;
    // True when that comparison is on the cost per unit of impact: the
    // efficiency row and the "efficiency worsening" alert speak of it then.
    bool comparesImpact() const { return costPerImpact && costPerImpactAtCommittee; }

    // `actualMonthly`: actual (not forecast) spending by month; `indicators`
    // the product's series; `committees`: dates of held committees.
    static EfficiencyFigures compute(const QMap<QString, qint64> &actualMonthly, const QList<IndicatorSeries> &indicators,
                                     const QList<QDate> &committees, QDate day);
};

} // namespace Comite
