#include "prereaddocument.h"

#include "domain/markup.h"
#include "followupsection.h"
#include "pagedpdf.h"

#include "domain/displayformat.h"
#include "domain/roadmapreview.h"

#include <QPalette>
#include <cmath>
#include <QTextDocument>

namespace Comite {

namespace {
QString number(std::optional<double> v)
{
    return v ? QLocale().toString(*v, 'f', QLocale::FloatingPointShortest) : QStringLiteral("—");
}

QString date(QDate d)
{
    return d.isValid() ? DisplayFormat::date(d) : QStringLiteral("—");
}

QString list(const QStringList &items, const QString &none)
{
    if (items.isEmpty())
        return QStringLiteral("<p class='muted'>%1</p>").arg(escapeHtml(none));
    QString h = QStringLiteral("<ul>");
    for (const QString &i : items)
        h += QStringLiteral("<li>%1</li>").arg(escapeHtml(i));
    return h + QStringLiteral("</ul>");
}

// A table with a header row; cells are already escaped HTML.
QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QString h = QStringLiteral("<table class='grid' width='100%' cellspacing='0' cellpadding='4'><tr>");
    for (const QString &c : headers)
        h += QStringLiteral("<th>%1</th>").arg(escapeHtml(c));
    h += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        h += QStringLiteral("<tr>");
        for (const QString &c : row)
            h += QStringLiteral("<td>%1</td>").arg(c);
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

QPalette printPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x66, 0x66, 0x66));
    return p;
}
} // namespace

QString PrereadDocument::suggestedFileName() const
{
    const QDate day = m_d.committeeDate();
    return tr("preread-%1%2.pdf").arg(m_d.product.slug, day.isValid() ? QLatin1Char('-') + day.toString(Qt::ISODate) : QString());
}

QString PrereadDocument::title() const
{
    const Preparation prep = m_d.preparation();
    QString h = QStringLiteral("<h1>%1</h1>").arg(escapeHtml(tr("Committee pre-read — %1").arg(m_d.product.title)));
    if (!m_d.product.pitch.isEmpty())
        h += QStringLiteral("<p><i>%1</i></p>").arg(escapeHtml(m_d.product.pitch));
    QStringList facts;
    if (m_d.status.currentPhase)
        facts << tr("Phase: %1").arg(Phases::label(*m_d.status.currentPhase));
    facts << tr("Committee: %1").arg(date(prep.committeeDate));
    facts << tr("To send by %1, one week before the committee").arg(date(prep.sendBy()));
    facts << tr("Preparation: %1 % complete (%2)").arg(prep.completeness()).arg(Preparation::caseLabel(prep.kind));
    h += QStringLiteral("<p>%1</p>").arg(escapeHtml(facts.join(QStringLiteral(" · "))));
    return h;
}

QString PrereadDocument::reviewSection() const
{
    const int current = RoadmapTimeline::current(m_d.roadmaps, m_d.today);
    QString h = QStringLiteral("<h2>%1</h2>").arg(escapeHtml(tr("1. Review of the last six months")));
    const Roadmap *r = m_d.roadmapAt(current);
    if (!r)
        return h + QStringLiteral("<p class='muted'>%1</p>").arg(escapeHtml(tr("No roadmap to review.")));
    h += QStringLiteral("<p>%1</p>").arg(escapeHtml(tr("Roadmap from %1 to %2: the objectives set at the last committee, "
                                                "six months ago and today.")
                                                 .arg(date(r->start), date(r->end))));
    // Six columns fit a portrait page: each priority heads its results, and
    // the team's explanation sits under the result it explains.
    const QPalette palette = printPalette();
    const QList<ReviewRow> rows = RoadmapReview::rows(*r, m_d.indicatorsById(), m_d.today);
    if (rows.isEmpty()) {
        h += QStringLiteral("<p class='muted'>%1</p>").arg(escapeHtml(tr("No expected result was set.")));
    } else {
        const QStringList headers{tr("Expected result"), tr("Target"), tr("6 months ago"), tr("Today"), tr("Attainment"),
                                  tr("Status")};
        h += QStringLiteral("<table class='grid' width='100%' cellspacing='0' cellpadding='4'><tr>");
        for (const QString &c : headers)
            h += QStringLiteral("<th>%1</th>").arg(escapeHtml(c));
        h += QStringLiteral("</tr>");
        int priority = -1;
        for (const ReviewRow &row : rows) {
            if (row.priority != priority) {
                priority = row.priority;
                h += QStringLiteral("<tr><td colspan='6' class='group'><b>%1</b></td></tr>").arg(escapeHtml(row.priorityTitle));
            }
            const QString status = QStringLiteral("<b><font color='%1'>%2</font></b>")
                                       .arg(RoadmapReview::statusColor(row.status, palette).name(),
                                            escapeHtml(RoadmapReview::statusLabel(row.status)));
            h += QStringLiteral("<tr><td width='34%'>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                     .arg(escapeHtml(row.expected.text), escapeHtml(number(row.expected.target)), escapeHtml(number(row.start)),
                          escapeHtml(number(row.reached)),
                          escapeHtml(row.attainment ? RoadmapReview::percent(*row.attainment) : QStringLiteral("—")), status);
            if (!row.expected.explanation.isEmpty()) {
                h += QStringLiteral("<tr><td colspan='6' class='muted'><i>%1</i></td></tr>")
                         .arg(escapeHtml(tr("Explanation: %1").arg(row.expected.explanation)));
            }
        }
        h += QStringLiteral("</table>");
    }
    if (!r->reviewNotes.isEmpty())
        h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(escapeHtml(tr("Achievements and learnings")), escapeHtml(r->reviewNotes));
    // The North Star over the last six months.
    for (const IndicatorSeries &s : m_d.indicators) {
        if (!s.indicator.northStar)
            continue;
        QList<QStringList> values;
        for (const Measurement &m : s.between(m_d.today.addMonths(-Preparation::northStarMonths), m_d.today))
            values << QStringList{escapeHtml(date(m.date)), escapeHtml(number(m.value))};
        h += QStringLiteral("<h3>%1</h3>").arg(escapeHtml(tr("North Star Metric: %1").arg(s.indicator.name)));
        h += values.isEmpty() ? QStringLiteral("<p class='muted'>%1</p>").arg(escapeHtml(tr("No measurement in the last six months.")))
                              : table({tr("Date"), s.indicator.unit.isEmpty() ? tr("Value") : s.indicator.unit}, values);
    }
    return h;
}

QString PrereadDocument::objectivesSection(const Roadmap *r) const
{
    QString h = QStringLiteral("<h2>%1</h2>").arg(escapeHtml(tr("2. Objectives for the next six months")));
    if (!r)
        return h + QStringLiteral("<p class='muted'>%1</p>").arg(escapeHtml(tr("The roadmap for the next period is not drafted yet.")));
    h += QStringLiteral("<p>%1</p>").arg(escapeHtml(tr("Roadmap from %1 to %2.").arg(date(r->start), date(r->end))));
    h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(escapeHtml(tr("Vision")), escapeHtml(r->vision));
    h += QStringLiteral("<h3>%1</h3><p>%2</p><p class='muted'>%3</p>")
             .arg(escapeHtml(tr("Deployment potential")), escapeHtml(r->targetPopulation), escapeHtml(r->potentialEstimate));
    h += QStringLiteral("<h3>%1</h3><ol>").arg(escapeHtml(tr("Priorities and expected results")));
    const QHash<qint64, IndicatorSeries> indicators = m_d.indicatorsById();
    for (const RoadmapPriority &p : r->priorities) {
        h += QStringLiteral("<li><b>%1</b>").arg(escapeHtml(p.title));
        if (!p.description.isEmpty())
            h += QStringLiteral("<br>%1").arg(escapeHtml(p.description));
        h += QStringLiteral("<ul>");
        for (const ExpectedResult &e : p.results) {
            QString target;
            if (e.target) {
                const auto s = indicators.constFind(e.indicatorId);
                target = tr(" — target %1 by %2").arg(number(e.target), date(e.targetDate.isValid() ? e.targetDate : r->end));
                if (s != indicators.cend())
                    target += tr(" (indicator “%1”)").arg(s->indicator.name);
            }
            h += QStringLiteral("<li>%1%2</li>").arg(escapeHtml(e.text), escapeHtml(target));
        }
        h += QStringLiteral("</ul></li>");
    }
    h += QStringLiteral("</ol>");
    h += QStringLiteral("<h3>%1</h3>").arg(escapeHtml(tr("Hypotheses to validate"))) + list(r->hypotheses, tr("None listed."));
    h += QStringLiteral("<h3>%1</h3>").arg(escapeHtml(tr("Quantitative success criteria"))) + list(r->quantitativeCriteria, tr("None listed."));
    h += QStringLiteral("<h3>%1</h3>").arg(escapeHtml(tr("Qualitative success criteria"))) + list(r->qualitativeCriteria, tr("None listed."));
    QList<QStringList> standards;
    for (const QString &key : Standards::keys()) {
        const StandardAssessment s = r->standard(key);
        standards << QStringList{escapeHtml(Standards::label(key)), escapeHtml(StandardRatings::label(s.ago)), escapeHtml(StandardRatings::label(s.today)),
                                 escapeHtml(StandardRatings::label(s.aimed))};
    }
    h += QStringLiteral("<h3>%1</h3>").arg(escapeHtml(tr("beta.gouv.fr standards")))
         + table({tr("Standard"), tr("6 months ago"), tr("Today"), tr("In 6 months")}, standards);
    return h;
}

QString PrereadDocument::needsSection(const Roadmap *r) const
{
    QString h = QStringLiteral("<h2>%1</h2>").arg(escapeHtml(tr("3. Needs")));
    if (!r)
        return h + QStringLiteral("<p class='muted'>%1</p>").arg(escapeHtml(tr("The roadmap for the next period is not drafted yet.")));
    QList<QStringList> team;
    for (const TeamMember &m : r->team)
        team << QStringList{escapeHtml(m.profile), escapeHtml(QLocale().toString(m.time, 'f', QLocale::FloatingPointShortest) + QLatin1Char(' ')
                                                + TimeUnits::label(m.unit))};
    h += QStringLiteral("<h3>%1</h3>").arg(escapeHtml(tr("Team (%1 FTE)").arg(QLocale().toString(r->teamFte(), 'f', 1))));
    h += team.isEmpty() ? QStringLiteral("<p class='muted'>%1</p>").arg(escapeHtml(tr("No profile listed.")))
                        : table({tr("Profile"), tr("Time")}, team);
    // The request by line next to what was spent and is forecast in the
    // current funding window.
    QHash<QString, qint64> spent, forecast;
    const QString from = m_d.budget.window.isEmpty() ? QString() : BudgetProjection::monthKey(m_d.budget.window.start);
    for (const SpendingEntry &e : m_d.spending) {
        if (e.month >= from)
            (e.forecast ? forecast : spent)[e.line] += e.amount;
    }
    QList<QStringList> budget;
    for (const QString &line : BudgetLines::keys()) {
        budget << QStringList{escapeHtml(BudgetLines::label(line)), escapeHtml(DisplayFormat::euros(spent.value(line))),
                              escapeHtml(DisplayFormat::euros(forecast.value(line))),
                              escapeHtml(r->budgetRequest.contains(line) ? DisplayFormat::euros(r->budgetRequest.value(line)) : QStringLiteral("—"))};
    }
    qint64 spentTotal = 0, forecastTotal = 0;
    for (qint64 v : std::as_const(spent))
        spentTotal += v;
    for (qint64 v : std::as_const(forecast))
        forecastTotal += v;
    budget << QStringList{QStringLiteral("<b>%1</b>").arg(escapeHtml(tr("Total"))), escapeHtml(DisplayFormat::euros(spentTotal)),
                          escapeHtml(DisplayFormat::euros(forecastTotal)),
                          QStringLiteral("<b>%1</b>").arg(escapeHtml(DisplayFormat::euros(r->requestTotal())))};
    h += QStringLiteral("<h3>%1</h3>").arg(escapeHtml(tr("Budget request by line")))
         + table({tr("Budget line"), tr("Spent to date"), tr("Forecast"), tr("Requested")}, budget);
    QList<QStringList> support;
    for (const SupportNeed &s : r->supportNeeds)
        support << QStringList{escapeHtml(s.actor), escapeHtml(s.need), escapeHtml(s.objective)};
    h += QStringLiteral("<h3>%1</h3>").arg(escapeHtml(tr("Support needed")));
    h += support.isEmpty() ? QStringLiteral("<p class='muted'>%1</p>").arg(escapeHtml(tr("None listed.")))
                           : table({tr("Actor"), tr("Need"), tr("Objective")}, support);
    h += QStringLiteral("<h3>%1</h3>").arg(escapeHtml(tr("Blockers to lift"))) + list(r->blockers, tr("None listed."));
    return h;
}

QString PrereadDocument::budgetSection() const
{
    const BudgetProjection &b = m_d.budget;
    QString h = QStringLiteral("<h2>%1</h2>").arg(escapeHtml(tr("4. Budget")));
    QList<QStringList> envelopes;
    for (const Envelope &e : m_d.envelopes)
        envelopes << QStringList{escapeHtml(date(e.start)), escapeHtml(e.end.isValid() ? date(e.end) : tr("open-ended")),
                                 escapeHtml(DisplayFormat::euros(e.amount)), escapeHtml(EnvelopeSources::label(e.source)), escapeHtml(e.label)};
    h += envelopes.isEmpty() ? QStringLiteral("<p class='muted'>%1</p>").arg(escapeHtml(tr("No envelope recorded.")))
                             : table({tr("From"), tr("To"), tr("Amount"), tr("Source"), tr("Label")}, envelopes);
    QStringList facts;
    facts << (b.remaining >= 0 ? tr("Spent in the current period: %1; left: %2.")
                               : tr("Spent in the current period: %1; over the envelopes by %2."))
                 .arg(DisplayFormat::euros(b.spent), DisplayFormat::euros(std::abs(b.remaining)));
    if (b.burnMonths > 0)
        facts << tr("Burn rate: %1 a month.").arg(DisplayFormat::euros(qRound64(b.burnRate)));
    if (b.exhaustion.isValid())
        facts << (b.moneyRunsOut ? tr("At this pace the money runs out on %1.") : tr("The envelope ends on %1.")).arg(date(b.exhaustion));
    facts << tr("Next committee due: %1.").arg(date(m_d.status.nextCommitteeDue));
    return h + list(facts, {});
}

QString PrereadDocument::checklistSection() const
{
    const Preparation prep = m_d.preparation();
    QString h = QStringLiteral("<h2>%1</h2>").arg(escapeHtml(tr("5. Preparation checklist (%1 %)").arg(prep.completeness())));
    QList<QStringList> rows;
    for (const ChecklistItem &i : prep.items)
        rows << QStringList{i.done ? QStringLiteral("✔") : QStringLiteral("✘"), escapeHtml(i.label), escapeHtml(i.detail)};
    return h + (rows.isEmpty() ? QStringLiteral("<p class='muted'>%1</p>").arg(escapeHtml(tr("No committee is expected in this phase.")))
                               : table({tr("Done"), tr("Expected by the committee"), tr("What the data says")}, rows));
}

QString PrereadDocument::html() const
{
    const int next = RoadmapTimeline::proposed(m_d.roadmaps, m_d.today);
    const Roadmap *proposed = m_d.roadmapAt(next);
    QString h = QStringLiteral("<html><head><style>"
                               "body { font-size: 10pt; } h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 14pt; }"
                               "h3 { font-size: 11pt; } .muted { color: #555555; }"
                               "table.grid { border-collapse: collapse; border: 1px solid #999999; }"
                               "th { background: #e8ecf3; text-align: left; } td.group { background: #f4f6fa; }"
                               "</style></head><body>");
    h += title() + FollowupSection::html(m_d.followups, m_d.today) + reviewSection() + objectivesSection(proposed) + needsSection(proposed) + budgetSection() + checklistSection();
    return h + QStringLiteral("</body></html>");
}

bool PrereadDocument::writePdf(const QString &path, QString *error) const
{
    PagedPdf::Options options;
    options.title = tr("Committee pre-read — %1").arg(m_d.product.title);
    options.footer = tr("%1 — committee pre-read · %2")
                         .arg(m_d.product.title, tr("To send by %1").arg(date(m_d.preparation().sendBy())));
    options.pageLabel = [](int page, int pages) { return tr("Page %1 of %2").arg(page + 1).arg(pages); };
    options.margins = QMarginsF(18, 16, 18, 16);
    const QString content = html();
    return PagedPdf::write(path, options, [&content](QTextDocument &doc) { doc.setHtml(content); }, error);
}

} // namespace Comite
