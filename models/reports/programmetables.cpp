#include "programmetables.h"

#include "domain/displayformat.h"
#include "programmecharts.h"

namespace Comite {

namespace {
QString count(int n, const QLocale &locale)
{
    return locale.toString(n);
}

// S(t) at `months` as a per cent, "—" without stays.
QString survivalAt(const PhaseTime &t, int months, const QLocale &locale)
{
    if (t.survival.subjects == 0)
        return QStringLiteral("—");
    return DisplayFormat::percent(t.survival.at(int(months * 30.4375)), locale);
}
} // namespace

QString ProgrammeTables::months(std::optional<int> days, const QLocale &locale)
{
    return days ? locale.toString(ProgrammeCharts::months(*days), 'f', 1) : QStringLiteral("—");
}

QString ProgrammeTables::share(int part, int whole, const QLocale &locale)
{
    return whole > 0 ? DisplayFormat::percent(double(part) / whole, locale) : QStringLiteral("—");
}

QList<std::pair<QString, QString>> ProgrammeTables::summary(const ProgrammeReport &r, const QLocale &locale)
{
    const ProgrammeCohort &t = r.total;
    auto withShare = [&](int n) { return tr("%1 (%2)").arg(count(n, locale), share(n, t.started, locale)); };
    QList<std::pair<QString, QString>> facts{
        {tr("Products"), count(r.products, locale)},
        {tr("Reached construction"), withShare(t.construction)},
        {tr("Reached acceleration"), withShare(t.acceleration)},
        {tr("Reached an exit"), withShare(t.exited)},
        {tr("Stopped"), withShare(t.stopped)},
        {tr("Still in incubation"), withShare(t.running)},
    };
    for (const PhaseTime &p : r.phases)
        facts << std::pair{tr("Median months in phase: %1").arg(Phases::label(p.phase)), months(p.survivalMedianDays, locale)};
    const ObjectivesYear &o = r.objectivesTotal;
    facts << std::pair{tr("Six-month roadmaps with every objective achieved"),
                       o.roadmaps > 0 ? tr("%1 of %2 (%3)").arg(count(o.achieved, locale), count(o.roadmaps, locale),
                                                                 share(o.achieved, o.roadmaps, locale))
                                      : QStringLiteral("—")};
    return facts;
}

ProgrammeTable ProgrammeTables::funnel(const ProgrammeReport &r, const QLocale &locale)
{
    ProgrammeTable table;
    table.headers = {tr("Cohort"), tr("Started"), tr("Construction"), tr("%"), tr("Acceleration"), tr("Exit"), tr("Stopped"),
                     tr("Running")};
    table.numericColumns = {1, 2, 3, 4, 5, 6, 7};
    table.none = tr("No product has started yet.");
    auto row = [&](const ProgrammeCohort &c, const QString &label) {
        return QStringList{label, count(c.started, locale), count(c.construction, locale), share(c.construction, c.started, locale),
                           count(c.acceleration, locale), count(c.exited, locale), count(c.stopped, locale), count(c.running, locale)};
    };
    for (const ProgrammeCohort &c : r.cohorts)
        table.rows << row(c, QString::number(c.year));
    if (!table.rows.isEmpty())
        table.rows << row(r.total, tr("All"));
    return table;
}

ProgrammeTable ProgrammeTables::phases(const ProgrammeReport &r, const QLocale &locale)
{
    ProgrammeTable table;
    table.headers = {tr("Phase"), tr("Stays"), tr("Still running"), tr("Median of ended stays"), tr("Mean of ended stays")};
    table.numericColumns = {1, 2, 3, 4};
    for (const PhaseTime &p : r.phases) {
        table.rows << QStringList{Phases::label(p.phase), count(p.finished + p.running, locale), count(p.running, locale),
                                  months(p.medianDays, locale), months(p.meanDays, locale)};
    }
    return table;
}

ProgrammeTable ProgrammeTables::survival(const ProgrammeReport &r, const QLocale &locale)
{
    ProgrammeTable table;
    table.headers = {tr("Phase"), tr("Median (Kaplan–Meier)"), tr("Still in it after 6 months"), tr("After 12 months"),
                     tr("After 24 months")};
    table.numericColumns = {1, 2, 3, 4};
    for (const PhaseTime &p : r.phases) {
        table.rows << QStringList{Phases::label(p.phase), months(p.survivalMedianDays, locale), survivalAt(p, 6, locale),
                                  survivalAt(p, 12, locale), survivalAt(p, 24, locale)};
    }
    return table;
}

ProgrammeTable ProgrammeTables::years(const ProgrammeReport &r, const QLocale &locale)
{
    ProgrammeTable table;
    table.headers = {tr("Year"), tr("Launches"), tr("Entries into construction"), tr("Exits"), tr("Stops"), tr("Committees held")};
    table.numericColumns = {1, 2, 3, 4, 5};
    table.none = tr("No product has started yet.");
    for (const ProgrammeYear &y : r.years) {
        table.rows << QStringList{QString::number(y.year), count(y.launches, locale), count(y.constructions, locale),
                                  count(y.exits, locale), count(y.stops, locale), count(y.committees, locale)};
    }
    return table;
}

ProgrammeTable ProgrammeTables::objectives(const ProgrammeReport &r, const QLocale &locale)
{
    ProgrammeTable table;
    table.headers = {tr("Period ended"), tr("Roadmaps"), tr("Every objective achieved"), tr("Share"), tr("Results achieved"),
                     tr("Results measured")};
    table.numericColumns = {1, 2, 3, 4, 5};
    table.none = tr("No six-month roadmap with quantified results has ended yet.");
    auto row = [&](const ObjectivesYear &y, const QString &label) {
        return QStringList{label, count(y.roadmaps, locale), count(y.achieved, locale), share(y.achieved, y.roadmaps, locale),
                           tr("%1 of %2").arg(count(y.resultsAchieved, locale), count(y.results, locale)),
                           tr("%1 of %2").arg(count(y.resultsMeasured, locale), count(y.results, locale))};
    };
    for (const ObjectivesYear &y : r.objectives)
        table.rows << row(y, QString::number(y.year));
    if (!table.rows.isEmpty())
        table.rows << row(r.objectivesTotal, tr("All"));
    return table;
}

} // namespace Comite
