#include "kaplanmeier.h"

#include <QMap>

namespace Comite {

std::optional<int> SurvivalCurve::quantileTime(double survivalAtMost) const
{
    for (const SurvivalStep &s : steps) {
        if (s.survival <= survivalAtMost + 1e-12)
            return s.days;
    }
    return std::nullopt;
}

double SurvivalCurve::at(int days) const
{
    double s = 1;
    for (const SurvivalStep &step : steps) {
        if (step.days > days)
            break;
        s = step.survival;
    }
    return s;
}

namespace KaplanMeier {

SurvivalCurve estimate(const QList<SurvivalObservation> &observations)
{
    SurvivalCurve curve;
    curve.subjects = int(observations.size());
    // Per time: events and censorings, walked in increasing time.
    QMap<int, std::pair<int, int>> byTime;
    for (const SurvivalObservation &o : observations) {
        auto &slot = byTime[qMax(0, o.days)];
        if (o.event) {
            ++slot.first;
            ++curve.events;
        } else {
            ++slot.second;
            ++curve.censored;
        }
    }
    int atRisk = curve.subjects;
    double survival = 1;
    for (auto it = byTime.cbegin(); it != byTime.cend(); ++it) {
        const auto [events, censored] = it.value();
        if (events > 0) {
            survival *= 1.0 - double(events) / double(atRisk);
            curve.steps << SurvivalStep{it.key(), atRisk, events, censored, survival};
        }
        atRisk -= events + censored;
    }
    return curve;
}

} // namespace KaplanMeier

} // namespace Comite
