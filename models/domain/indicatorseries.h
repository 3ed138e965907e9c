#pragma once
// One indicator with its measurements and targets, both in date order, and
// what the indicators table shows about it: latest value, value on a day,
// trend and attainment of the current target. Pure computation.

#include "indicator.h"

namespace Comite {

// Whether the recent change is good news given the indicator's direction.
enum class IndicatorTrend { Unknown, Improving, Stable, Worsening };

struct IndicatorSeries {
    Indicator indicator;
    QList<Measurement> measurements;  // by date
    QList<IndicatorTarget> targets;   // by date
    bool operator==(const IndicatorSeries &) const = default;

    std::optional<Measurement> latest() const;
    // The latest measurement dated on or before `day`.
    std::optional<Measurement> at(QDate day) const;
    // Relative change of the latest value over about three months (the
    // measurement on or before three months earlier, else the previous
    // one): 0.12 for +12 %. Null with fewer than two measurements or a
    // zero starting value.
    std::optional<double> recentChange() const;
    IndicatorTrend trend() const;
    // The target the product works towards on `today`: the first dated on
    // or after it, else the last one.
    std::optional<IndicatorTarget> currentTarget(QDate today) const;
    // How far the latest value is towards the current target: 1.0 reached;
    // for lower-is-better indicators target / value. Null when unknown.
    std::optional<double> attainment(QDate today) const;
    // Measurements dated within [from, until].
    QList<Measurement> between(QDate from, QDate until) const;

    static constexpr double stableBand = 0.02;  // |change| under 2 % is stable
};

} // namespace Comite
