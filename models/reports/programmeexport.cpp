#include "programmeexport.h"

#include "deliberation/deliberationwriter.h"
#include "domain/displayformat.h"
#include "programmechartpainter.h"
#include "programmecharts.h"
#include "programmetables.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace Comite {

namespace ProgrammeFormats {

QList<ProgrammeFormat> all()
{
    return {ProgrammeFormat::Pdf, ProgrammeFormat::Odt, ProgrammeFormat::Csv, ProgrammeFormat::Html};
}

QString key(ProgrammeFormat format)
{
    switch (format) {
    case ProgrammeFormat::Pdf: return QStringLiteral("pdf");
    case ProgrammeFormat::Odt: return QStringLiteral("odt");
    case ProgrammeFormat::Csv: return QStringLiteral("csv");
    case ProgrammeFormat::Html: return QStringLiteral("html");
    }
    return {};
}

std::optional<ProgrammeFormat> fromKey(QStringView word)
{
    for (ProgrammeFormat f : all()) {
        if (word.compare(key(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QString label(ProgrammeFormat format)
{
    switch (format) {
    case ProgrammeFormat::Pdf: return ProgrammeExport::tr("PDF document (*.pdf)");
    case ProgrammeFormat::Odt: return ProgrammeExport::tr("OpenDocument text (*.odt)");
    case ProgrammeFormat::Csv: return ProgrammeExport::tr("CSV table (*.csv)");
    case ProgrammeFormat::Html: return ProgrammeExport::tr("Web page (*.html)");
    }
    return {};
}

std::optional<ProgrammeFormat> fromSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("htm"))
        return ProgrammeFormat::Html;
    return fromKey(suffix);
}

} // namespace ProgrammeFormats

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

DeliberationDocument ProgrammeExport::document(const ProgrammeReport &r, const QLocale &locale)
{
    DeliberationDocument doc;
    doc.locale = locale;
    const QString scope = r.scope.isEmpty() ? tr("all incubators") : r.scope;
    doc.title = tr("Programme report — %1").arg(scope);
    doc.headerText = doc.title;
    doc.subject = tr("Programme results as of %1").arg(doc.date(r.today));
    doc.footerText = tr("Programme report drawn up by Comité on %1").arg(doc.date(r.today));
    doc.stamped = QDateTime(r.today, QTime(12, 0));
    doc.heading(doc.title, 1);
    doc.paragraph(r.fromYear > 0 ? tr("Products that started in %1 or later, as of %2.").arg(r.fromYear).arg(doc.date(r.today))
                                 : tr("Every product of the portfolio, as of %1.").arg(doc.date(r.today)));
    doc.heading(tr("Summary"), 2);
    doc.facts(ProgrammeTables::summary(r, locale));

    auto table = [&doc](const ProgrammeTable &t) { doc.tableOr(t.headers, t.rows, t.none, t.numericColumns); };
    const QSize chartSize(1600, 760);
    const QString empty = tr("Nothing to show yet.");
    doc.heading(tr("Funnel per cohort"), 2);
    doc.paragraph(tr("A cohort is the year a product started (its first phase). A product reached a phase when it "
                     "entered it or a later one; stopped and still in incubation are where it stands today."));
    table(ProgrammeTables::funnel(r, locale));
    doc.image(ProgrammeChartPainter::image(ProgrammeCharts::funnel(r), chartSize, empty), QStringLiteral("programme-funnel"),
              tr("Funnel per cohort"));

    doc.heading(tr("Time in each phase"), 2);
    doc.paragraph(tr("A stay ends when the phase ends or the next one starts; stays still running today are censored "
                     "in the Kaplan–Meier estimate, which gives the median time in the phase and the share still in "
                     "it after 6, 12 and 24 months. Durations in months."));
    table(ProgrammeTables::phases(r, locale));
    table(ProgrammeTables::survival(r, locale));
    doc.image(ProgrammeChartPainter::image(ProgrammeCharts::survival(r), chartSize, empty), QStringLiteral("programme-survival"),
              tr("Share of stays still in the phase, by months spent in it (Kaplan–Meier)"));

    doc.heading(tr("Launches and stops per year"), 2);
    table(ProgrammeTables::years(r, locale));
    doc.image(ProgrammeChartPainter::image(ProgrammeCharts::years(r), chartSize, empty), QStringLiteral("programme-years"),
              tr("Launches and stops per year"));

    doc.heading(tr("Six-month objectives"), 2);
    doc.paragraph(tr("Roadmaps whose period is over and that set quantified results, by the year their period ended. "
                     "A result is achieved at 100 % of its target, from the review's values or else the indicator's "
                     "measurements; a roadmap reached its objectives when every quantified result was achieved."));
    table(ProgrammeTables::objectives(r, locale));
    return doc;
}

QByteArray ProgrammeExport::csv(const ProgrammeReport &r)
{
    QByteArray out;
    auto line = [&](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells) {
            if (c.contains(u',') || c.contains(u'"') || c.contains(u'\n'))
                quoted << u'"' + QString(c).replace(u'"', QStringLiteral("\"\"")) + u'"';
            else
                quoted << c;
        }
        out += quoted.join(u',').toUtf8() + "\r\n";
    };
    auto n = [](auto v) { return QString::number(v); };
    auto opt = [](std::optional<int> v) { return v ? QString::number(*v) : QString(); };
    line({QStringLiteral("programme report"), r.scope.isEmpty() ? QStringLiteral("all incubators") : r.scope,
          r.today.toString(Qt::ISODate), r.fromYear > 0 ? n(r.fromYear) : QString()});
    out += "\r\n";
    line({QStringLiteral("funnel")});
    line({QStringLiteral("cohort"), QStringLiteral("started"), QStringLiteral("construction"), QStringLiteral("acceleration"),
          QStringLiteral("consolidation"), QStringLiteral("exit"), QStringLiteral("stopped"), QStringLiteral("running")});
    QList<ProgrammeCohort> cohorts = r.cohorts;
    if (!cohorts.isEmpty())
        cohorts << r.total;
    for (const ProgrammeCohort &c : cohorts)
        line({c.year > 0 ? n(c.year) : QStringLiteral("all"), n(c.started), n(c.construction), n(c.acceleration),
              n(c.consolidation), n(c.exited), n(c.stopped), n(c.running)});
    out += "\r\n";
    line({QStringLiteral("phases")});
    line({QStringLiteral("phase"), QStringLiteral("stays"), QStringLiteral("finished"), QStringLiteral("running"),
          QStringLiteral("median_days"), QStringLiteral("mean_days"), QStringLiteral("km_median_days")});
    for (const PhaseTime &p : r.phases)
        line({Phases::key(p.phase), n(p.finished + p.running), n(p.finished), n(p.running), opt(p.medianDays), opt(p.meanDays),
              opt(p.survivalMedianDays)});
    out += "\r\n";
    line({QStringLiteral("survival")});
    line({QStringLiteral("phase"), QStringLiteral("days"), QStringLiteral("at_risk"), QStringLiteral("events"),
          QStringLiteral("censored"), QStringLiteral("survival")});
    for (const PhaseTime &p : r.phases) {
        for (const SurvivalStep &s : p.survival.steps)
            line({Phases::key(p.phase), n(s.days), n(s.atRisk), n(s.events), n(s.censored), QString::number(s.survival, 'f', 4)});
    }
    out += "\r\n";
    line({QStringLiteral("years")});
    line({QStringLiteral("year"), QStringLiteral("launches"), QStringLiteral("constructions"), QStringLiteral("exits"),
          QStringLiteral("stops"), QStringLiteral("committees")});
    for (const ProgrammeYear &y : r.years)
        line({n(y.year), n(y.launches), n(y.constructions), n(y.exits), n(y.stops), n(y.committees)});
    out += "\r\n";
    line({QStringLiteral("objectives")});
    line({QStringLiteral("period_end_year"), QStringLiteral("roadmaps"), QStringLiteral("reviewed"), QStringLiteral("achieved"),
          QStringLiteral("results"), QStringLiteral("results_measured"), QStringLiteral("results_achieved")});
    QList<ObjectivesYear> objectives = r.objectives;
    if (!objectives.isEmpty())
        objectives << r.objectivesTotal;
    for (const ObjectivesYear &y : objectives)
        line({y.year > 0 ? n(y.year) : QStringLiteral("all"), n(y.roadmaps), n(y.reviewed), n(y.achieved), n(y.results),
              n(y.resultsMeasured), n(y.resultsAchieved)});
    return out;
}

QJsonObject ProgrammeExport::json(const ProgrammeReport &r)
{
    auto opt = [](std::optional<int> v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    auto cohort = [](const ProgrammeCohort &c) {
        QJsonObject o{{"started", c.started}, {"construction", c.construction}, {"acceleration", c.acceleration},
                      {"consolidation", c.consolidation}, {"exit", c.exited}, {"stopped", c.stopped}, {"running", c.running}};
        if (c.year > 0)
            o.insert(QStringLiteral("cohort"), c.year);
        return o;
    };
    auto objectives = [](const ObjectivesYear &y) {
        QJsonObject o{{"roadmaps", y.roadmaps}, {"reviewed", y.reviewed}, {"achieved", y.achieved}, {"results", y.results},
                      {"results_measured", y.resultsMeasured}, {"results_achieved", y.resultsAchieved},
                      {"share", y.share() ? QJsonValue(*y.share()) : QJsonValue(QJsonValue::Null)}};
        if (y.year > 0)
            o.insert(QStringLiteral("year"), y.year);
        return o;
    };
    QJsonArray funnel, phases, years, objectivesByYear;
    for (const ProgrammeCohort &c : r.cohorts)
        funnel << cohort(c);
    for (const PhaseTime &p : r.phases) {
        QJsonArray curve;
        for (const SurvivalStep &s : p.survival.steps)
            curve << QJsonObject{{"days", s.days}, {"at_risk", s.atRisk}, {"events", s.events}, {"survival", s.survival}};
        phases << QJsonObject{{"phase", Phases::key(p.phase)}, {"stays", p.finished + p.running}, {"finished", p.finished},
                              {"running", p.running}, {"median_days", opt(p.medianDays)}, {"mean_days", opt(p.meanDays)},
                              {"km_median_days", opt(p.survivalMedianDays)}, {"survival", curve}};
    }
    for (const ProgrammeYear &y : r.years)
        years << QJsonObject{{"year", y.year}, {"launches", y.launches}, {"constructions", y.constructions},
                             {"exits", y.exits}, {"stops", y.stops}, {"committees", y.committees}};
    for (const ObjectivesYear &y : r.objectives)
        objectivesByYear << objectives(y);
    return QJsonObject{
        {"scope", r.scope.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.scope)},
        {"today", r.today.toString(Qt::ISODate)},
        {"from_year", r.fromYear > 0 ? QJsonValue(r.fromYear) : QJsonValue(QJsonValue::Null)},
        {"products", r.products},
        {"funnel", funnel},
        {"funnel_total", cohort(r.total)},
        {"phases", phases},
        {"years", years},
        {"objectives", objectivesByYear},
        {"objectives_total", objectives(r.objectivesTotal)},
    };
}

bool ProgrammeExport::write(const ProgrammeReport &report, ProgrammeFormat format, const QString &path, const QLocale &locale,
                            QString *error)
{
    switch (format) {
    case ProgrammeFormat::Pdf:
        return DeliberationWriter::write(document(report, locale), DeliberationFormat::Pdf, path, error);
    case ProgrammeFormat::Odt:
        return DeliberationWriter::write(document(report, locale), DeliberationFormat::Odt, path, error);
    case ProgrammeFormat::Html:
        return DeliberationWriter::write(document(report, locale), DeliberationFormat::Html, path, error);
    case ProgrammeFormat::Csv: {
        QSaveFile file(path);
        const QByteArray bytes = csv(report);
        if (!file.open(QIODevice::WriteOnly))
            return fail(error, tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        if (file.write(bytes) != bytes.size() || !file.commit())
            return fail(error, tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return true;
    }
    }
    return false;
}

} // namespace Comite
