#pragma once
// The Kaplan–Meier estimator: the share of subjects still "surviving"
// (here: still in a phase) after t days, from observations that either end
// with the event at t or are censored at t (still running when observed).

#include <QList>
#include <optional>

namespace Comite {

struct SurvivalObservation {
    int days = 0;        // time observed
    bool event = false;  // true: ended at `days`; false: censored (still running)
};

struct SurvivalStep {
    int days = 0;          // a time at which at least one event happened
    int atRisk = 0;        // subjects observed for at least `days`
    int events = 0;        // events at `days`
    int censored = 0;      // censored at `days` (after the events, by convention)
    double survival = 1;   // S(days), just after the events at `days`
    bool operator==(const SurvivalStep &) const = default;
};

struct SurvivalCurve {
    int subjects = 0;
    int events = 0;
    int censored = 0;
    QList<SurvivalStep> steps;  // at each event time, increasing
    // The first time the curve falls to 50 % or below; none when it never does.
    std::optional<int> median() const { return quantileTime(0.5); }
    std::optional<int> quantileTime(double survivalAtMost) const;
    // S(t): 1 before the first event, then the last step at or before t.
    double at(int days) const;
};

namespace KaplanMeier {
// Censored observations at the same time as events count as at risk at
// that time (the usual convention).
SurvivalCurve estimate(const QList<SurvivalObservation> &observations);
}

} // namespace Comite
