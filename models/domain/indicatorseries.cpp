#include "indicatorseries.h"

#include <cmath>

namespace Comite {

std::optional<Measurement> IndicatorSeries::latest() const
{
    if (measurements.isEmpty())
        return std::nullopt;
    return measurements.last();
}

std::optional<Measurement> IndicatorSeries::at(QDate day) const
{
    // Measurements are few per indicator (monthly over a few years).
    for (auto it = measurements.crbegin(); it != measurements.crend(); ++it) {
        if (it->date <= day)
            return *it;
    }
    return std::nullopt;
}

std::optional<double> IndicatorSeries::recentChange() const
{
    if (measurements.size() < 2)
        return std::nullopt;
    const Measurement &last = measurements.last();
    std::optional<Measurement> before = at(last.date.addMonths(-3));
    if (!before)
        before = measurements[measurements.size() - 2];
    if (before->value == 0 || before->date == last.date)
        return std::nullopt;
    return (last.value - before->value) / std::abs(before->value);
}

IndicatorTrend IndicatorSeries::trend() const
{
    const auto change = recentChange();
    if (!change)
        return IndicatorTrend::Unknown;
    if (std::abs(*change) < stableBand)
        return IndicatorTrend::Stable;
    const bool rising = *change > 0;
    const bool good = indicator.direction == IndicatorDirection::HigherIsBetter ? rising : !rising;
    return good ? IndicatorTrend::Improving : IndicatorTrend::Worsening;
}

std::optional<IndicatorTarget> IndicatorSeries::currentTarget(QDate today) const
{
    if (targets.isEmpty())
        return std::nullopt;
    for (const IndicatorTarget &t : targets) {
        if (t.date >= today)
            return t;
    }
    return targets.last();
}

std::optional<double> IndicatorSeries::attainment(QDate today) const
{
    const auto value = latest();
    const auto target = currentTarget(today);
    if (!value || !target)
        return std::nullopt;
    if (indicator.direction == IndicatorDirection::LowerIsBetter) {
        if (value->value <= 0)
            return target->value >= 0 ? std::optional<double>(1.0) : std::nullopt;
        return target->value / value->value;
    }
    if (target->value == 0)
        return std::nullopt;
    return value->value / target->value;
}

QList<Measurement> IndicatorSeries::between(QDate from, QDate until) const
{
    QList<Measurement> result;
    for (const Measurement &m : measurements) {
        if (m.date >= from && m.date <= until)
            result << m;
    }
    return result;
}

} // namespace Comite
