#include "programmecharts.h"

#include <algorithm>

namespace Comite {

namespace {
// Colours readable on white and distinct in grey: the DSFR blue, green,
// orange, red, and a muted violet.
const QColor blue(0x00, 0x00, 0x91);
const QColor teal(0x00, 0x9a, 0x8f);
const QColor orange(0xc2, 0x6b, 0x00);
const QColor violet(0x6a, 0x6a, 0xf4);
const QColor red(0xce, 0x05, 0x00);
} // namespace

bool ProgrammeChart::isEmpty() const
{
    if (kind == Steps)
        return std::all_of(lines.cbegin(), lines.cend(), [](const QList<QPointF> &l) { return l.isEmpty(); });
    return groups.isEmpty();
}

ProgrammeChart ProgrammeCharts::funnel(const ProgrammeReport &report)
{
    ProgrammeChart chart;
    chart.title = tr("Funnel per cohort");
    chart.xTitle = tr("Year the product started");
    chart.yTitle = tr("Products");
    chart.series = {tr("Started"), tr("Reached construction"), tr("Reached acceleration"), tr("Reached an exit"), tr("Stopped")};
    chart.colours = {blue, teal, violet, orange, red};
    chart.values.resize(chart.series.size());
    for (const ProgrammeCohort &c : report.cohorts) {
        chart.groups << QString::number(c.year);
        const int figures[] = {c.started, c.construction, c.acceleration, c.exited, c.stopped};
        for (int s = 0; s < 5; ++s) {
            chart.values[s] << figures[s];
            chart.yMax = std::max(chart.yMax, double(figures[s]));
        }
    }
    return chart;
}

ProgrammeChart ProgrammeCharts::survival(const ProgrammeReport &report)
{
    ProgrammeChart chart;
    chart.kind = ProgrammeChart::Steps;
    chart.title = tr("Still in the phase (Kaplan–Meier)");
    chart.xTitle = tr("Months in the phase");
    chart.yTitle = tr("Still in it (%)");
    chart.yMax = 100;
    for (const PhaseTime &t : report.phases) {
        chart.series << Phases::label(t.phase);
        chart.colours << Phases::badgeColor(t.phase).darker(t.phase == Phase::Consolidation ? 130 : 100);
        QList<QPointF> points;
        if (t.survival.subjects > 0) {
            points << QPointF(0, 100);
            double last = 100;
            for (const SurvivalStep &s : t.survival.steps) {
                const double x = months(s.days);
                points << QPointF(x, last) << QPointF(x, s.survival * 100);
                last = s.survival * 100;
            }
            // Carried on to the longest stay observed (a censored one may be longer).
            int longest = t.survival.steps.isEmpty() ? 0 : t.survival.steps.last().days;
            longest = std::max(longest, t.longestDays);
            points << QPointF(months(longest), last);
            chart.xMax = std::max(chart.xMax, months(longest));
        }
        chart.lines << points;
    }
    return chart;
}

ProgrammeChart ProgrammeCharts::years(const ProgrammeReport &report)
{
    ProgrammeChart chart;
    chart.title = tr("Launches and stops per year");
    chart.xTitle = tr("Year");
    chart.yTitle = tr("Products");
    chart.series = {tr("Launches"), tr("Entries into construction"), tr("Exits"), tr("Stops")};
    chart.colours = {blue, teal, orange, red};
    chart.values.resize(chart.series.size());
    for (const ProgrammeYear &y : report.years) {
        chart.groups << QString::number(y.year);
        const int figures[] = {y.launches, y.constructions, y.exits, y.stops};
        for (int s = 0; s < 4; ++s) {
            chart.values[s] << figures[s];
            chart.yMax = std::max(chart.yMax, double(figures[s]));
        }
    }
    return chart;
}

} // namespace Comite
