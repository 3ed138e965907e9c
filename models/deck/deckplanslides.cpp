#include "deckplanslides.h"

#include "deckbuilder.h"
#include "deckstyle.h"

#include "domain/decisionoption.h"
#include "domain/displayformat.h"
#include "storage/spendingentry.h"

namespace Comite {

namespace {
using namespace DeckCanvas;

QString date(QDate d)
{
    return d.isValid() ? DisplayFormat::date(d) : QStringLiteral("—");
}

DeckBlock tableBlock(const QRectF &frame, const QStringList &headers, const QList<qreal> &widths, int size = 28)
{
    DeckBlock b;
    b.kind = DeckBlock::Table;
    b.frame = frame;
    b.pixelSize = size;
    b.table.headers = headers;
    b.table.widths = widths;
    return b;
}

DeckBlock textBlock(DeckBlock::Kind kind, const QRectF &frame, const QStringList &lines, int size, const QString &heading = {})
{
    DeckBlock b;
    b.kind = kind;
    b.frame = frame;
    b.lines = lines;
    b.pixelSize = size;
    b.heading = heading;
    return b;
}

QString score(const ArbitrationGrid::Stat &s)
{
    return s.isEmpty() ? QStringLiteral("—") : QLocale().toString(s.mean, 'f', 1);
}
} // namespace

DeckSlide DeckPlanSlides::content(const QString &section, const QString &title, const QString &subtitle) const
{
    DeckSlide s;
    s.section = section;
    s.title = title;
    s.subtitle = subtitle;
    s.footer = m_footer;
    return s;
}

const Roadmap *DeckPlanSlides::proposed() const
{
    return m_f.dossier.roadmapAt(RoadmapTimeline::proposed(m_f.dossier.roadmaps, m_f.asOf()));
}

QString DeckPlanSlides::period(const Roadmap *r) const
{
    return r ? tr("Roadmap from %1 to %2").arg(DisplayFormat::longDate(r->start), DisplayFormat::longDate(r->end))
             : tr("The roadmap for the next period is not drafted yet");
}

std::optional<double> DeckPlanSlides::projectedCostPerImpact(const Roadmap &r, const QList<IndicatorSeries> &indicators)
{
    QList<Indicator> list;
    for (const IndicatorSeries &s : indicators)
        list << s.indicator;
    const int impact = Efficiency::impactIndex(list);
    if (impact < 0 || r.requestTotal() <= 0 || !r.start.isValid() || !r.end.isValid())
        return std::nullopt;
    const double months = qMax(1.0, r.start.daysTo(r.end) / 30.44);
    for (const ExpectedResult &e : r.results()) {
        if (e.indicatorId == list[impact].id && e.target && *e.target > 0)
            return r.requestTotal() * 12.0 / months / *e.target;
    }
    return std::nullopt;
}

DeckSlide DeckPlanSlides::prioritiesSlide() const
{
    const Roadmap *r = proposed();
    DeckSlide s = content(QStringLiteral("02"), tr("Objectives for the next six months"), period(r));
    qreal top = headerBottom + 10;
    if (r && !r->vision.isEmpty()) {
        DeckBlock vision = textBlock(DeckBlock::Text, QRectF(margin, top, contentRect().width(), 170), {r->vision}, 30, tr("Vision"));
        vision.italic = true;
        s.blocks << vision;
        top += 190;
    }
    DeckBlock table = tableBlock(QRectF(margin, top, contentRect().width(), footerTop - top - 20),
                                 {tr("Priorities and expected results"), tr("Target"), tr("By")}, {0.62, 0.22, 0.16});
    table.table.alignRight = {1};
    table.table.empty = r ? tr("No priority set yet.") : tr("The roadmap for the next period is not drafted yet.");
    if (r) {
        const QHash<qint64, IndicatorSeries> indicators = m_f.dossier.indicatorsById();
        int n = 0;
        for (const RoadmapPriority &p : r->priorities) {
            table.table.rows << QList<DeckCell>{DeckCell(tr("Priority %1: %2").arg(++n).arg(p.title))};
            for (const ExpectedResult &e : p.results) {
                const auto it = indicators.constFind(e.indicatorId);
                const QString unit = it != indicators.cend() ? it->indicator.unit : QString();
                table.table.rows << QList<DeckCell>{
                    DeckCell(e.text), DeckCell(e.target ? DisplayFormat::number(*e.target, unit) : tr("qualitative")),
                    DeckCell(date(e.targetDate.isValid() ? e.targetDate : r->end))};
            }
        }
    }
    s.blocks << table;
    return s;
}

DeckSlide DeckPlanSlides::costSlide() const
{
    const Roadmap *r = proposed();
    const EfficiencyFigures &e = m_f.efficiency;
    DeckSlide s = content(QStringLiteral("02"), tr("Cost per impact"),
                          tr("Spending of the last 12 months over usage and impact, as of %1").arg(DisplayFormat::longDate(m_f.asOf())));
    auto changeNote = [](std::optional<double> committee, std::optional<double> year) {
        QStringList n;
        if (committee)
            n << tr("%1 since the last committee").arg(DisplayFormat::change(*committee));
        if (year)
            n << tr("%1 over a year").arg(DisplayFormat::change(*year));
        return n.join(QStringLiteral(" · "));
    };
    DeckBlock now;
    now.kind = DeckBlock::Metrics;
    now.frame = QRectF(margin, headerBottom + 10, contentRect().width(), 300);
    now.pixelSize = 56;
    now.metrics << DeckMetric{tr("Cost per use"), e.costPerUse ? DisplayFormat::cost(*e.costPerUse) : tr("unknown"),
                              e.costPerUse ? changeNote(e.costPerUseChangeCommittee(), e.costPerUseChangeYear())
                                           : tr("needs the spending and the monthly active users"),
                              {}};
    now.metrics << DeckMetric{e.impactIndicator.isEmpty() ? tr("Cost per impact") : tr("Cost per impact (%1)").arg(e.impactIndicator),
                              e.costPerImpact ? DisplayFormat::cost(*e.costPerImpact) : tr("unknown"),
                              e.costPerImpact ? changeNote(e.costPerImpactChangeCommittee(), e.costPerImpactChangeYear())
                                              : tr("needs the spending and an impact indicator measured"),
                              e.worseningSinceCommittee() ? DeckStyle::bad() : QColor()};
    const auto projected = r ? projectedCostPerImpact(*r, m_f.dossier.indicators) : std::nullopt;
    now.metrics << DeckMetric{tr("Projected cost per impact"), projected ? DisplayFormat::cost(*projected) : tr("unknown"),
                              projected ? tr("the request, over a year, for the impact target of the next period")
                                        : tr("needs a budget request and an impact target in the next roadmap"),
                              DeckStyle::red()};
    s.blocks << now;
    QStringList facts;
    if (e.spending)
        facts << tr("Spending over the 12 months before %1: %2.").arg(date(m_f.asOf()), DisplayFormat::euros(*e.spending));
    if (e.activeUsers)
        facts << tr("Monthly active users: %1.").arg(DisplayFormat::number(*e.activeUsers));
    if (!e.impactIndicator.isEmpty() && e.impactValue)
        facts << tr("Impact (%1): %2.").arg(e.impactIndicator, DisplayFormat::number(*e.impactValue));
    if (r && r->requestTotal() > 0)
        facts << tr("Request for the next period: %1.").arg(DisplayFormat::euros(r->requestTotal()));
    if (e.worseningSinceCommittee())
        facts << tr("The cost rose since the last committee: it should fall or hold from one committee to the next.");
    if (facts.isEmpty())
        facts << tr("No spending recorded yet.");
    s.blocks << textBlock(DeckBlock::Bullets, QRectF(margin, headerBottom + 350, contentRect().width(), footerTop - headerBottom - 370), facts, 30,
                          tr("How it is computed"));
    return s;
}

DeckSlide DeckPlanSlides::standardsSlide() const
{
    const Roadmap *r = proposed();
    DeckSlide s = content(QStringLiteral("02"), tr("beta.gouv.fr standards"), period(r));
    DeckBlock table = tableBlock(contentRect(), {tr("Standard"), tr("6 months ago"), tr("Today"), tr("In 6 months")}, {0.46, 0.18, 0.18, 0.18}, 30);
    if (r) {
        for (const QString &key : Standards::keys()) {
            const StandardAssessment a = r->standard(key);
            table.table.rows << QList<DeckCell>{DeckCell(Standards::label(key), {}, true), DeckCell(StandardRatings::label(a.ago)),
                                                DeckCell(StandardRatings::label(a.today)), DeckCell(StandardRatings::label(a.aimed))};
        }
    }
    table.table.empty = tr("The roadmap for the next period is not drafted yet.");
    s.blocks << table;
    return s;
}

DeckSlide DeckPlanSlides::teamBudgetSlide() const
{
    const Roadmap *r = proposed();
    DeckSlide s = content(QStringLiteral("03"), tr("Needs: team and budget"), period(r));
    const qreal left = contentRect().width() * 0.36;
    DeckBlock team = tableBlock(QRectF(margin, headerBottom + 10, left, footerTop - headerBottom - 30), {tr("Profile"), tr("Time")}, {0.6, 0.4});
    team.heading = r ? tr("Team: %1 FTE").arg(QLocale().toString(r->teamFte(), 'f', 1)) : tr("Team");
    team.table.empty = tr("No profile listed.");
    if (r) {
        for (const TeamMember &m : r->team)
            team.table.rows << QList<DeckCell>{DeckCell(m.profile),
                                               DeckCell(QLocale().toString(m.time, 'f', QLocale::FloatingPointShortest) + QLatin1Char(' ')
                                                        + TimeUnits::label(m.unit))};
    }
    s.blocks << team;
    // The request by line beside what was spent and is forecast in the
    // current funding window.
    QHash<QString, qint64> spent, forecast;
    const BudgetProjection &b = m_f.dossier.budget;
    const QString from = b.window.isEmpty() ? QString() : BudgetProjection::monthKey(b.window.start);
    for (const SpendingEntry &e : m_f.dossier.spending) {
        if (e.month >= from)
            (e.forecast ? forecast : spent)[e.line] += e.amount;
    }
    DeckBlock budget = tableBlock(QRectF(margin + left + 60, headerBottom + 10, contentRect().width() - left - 60, footerTop - headerBottom - 30),
                                  {tr("Budget line"), tr("Spent"), tr("Forecast"), tr("Requested")}, {0.37, 0.21, 0.21, 0.21});
    budget.heading = r ? tr("Budget requested: %1").arg(DisplayFormat::euros(r->requestTotal())) : tr("Budget");
    budget.table.alignRight = {1, 2, 3};
    qint64 spentTotal = 0, forecastTotal = 0;
    for (const QString &line : BudgetLines::keys()) {
        const qint64 request = r ? r->budgetRequest.value(line) : 0;
        if (!spent.value(line) && !forecast.value(line) && !request)
            continue;
        spentTotal += spent.value(line);
        forecastTotal += forecast.value(line);
        budget.table.rows << QList<DeckCell>{DeckCell(BudgetLines::label(line)), DeckCell(DisplayFormat::euros(spent.value(line))),
                                             DeckCell(DisplayFormat::euros(forecast.value(line))),
                                             DeckCell(request ? DisplayFormat::euros(request) : QStringLiteral("—"))};
    }
    if (!budget.table.rows.isEmpty())
        budget.table.rows << QList<DeckCell>{DeckCell(tr("Total"), {}, true), DeckCell(DisplayFormat::euros(spentTotal), {}, true),
                                             DeckCell(DisplayFormat::euros(forecastTotal), {}, true),
                                             DeckCell(DisplayFormat::euros(r ? r->requestTotal() : 0), DeckStyle::accent(), true)};
    budget.table.empty = tr("No spending and no request recorded.");
    s.blocks << budget;
    return s;
}

DeckSlide DeckPlanSlides::supportSlide() const
{
    const Roadmap *r = proposed();
    DeckSlide s = content(QStringLiteral("03"), tr("Needs: support and blockers"), tr("What we expect from the sponsors and partners"));
    const qreal h = (footerTop - headerBottom - 30) * 0.62;
    DeckBlock support = tableBlock(QRectF(margin, headerBottom + 10, contentRect().width(), h), {tr("Actor"), tr("Need"), tr("Objective")},
                                   {0.22, 0.39, 0.39});
    support.heading = tr("Support needed");
    support.table.empty = tr("No support need listed.");
    if (r) {
        for (const SupportNeed &n : r->supportNeeds)
            support.table.rows << QList<DeckCell>{DeckCell(n.actor, {}, true), DeckCell(n.need), DeckCell(n.objective)};
    }
    s.blocks << support;
    const QStringList blockers = r ? r->blockers : QStringList();
    DeckBlock block = textBlock(DeckBlock::Bullets, QRectF(margin, headerBottom + 40 + h, contentRect().width(), footerTop - headerBottom - 60 - h),
                                blockers.isEmpty() ? QStringList{tr("No blocker listed.")} : blockers, 28, tr("Blockers to lift"));
    if (blockers.isEmpty()) {
        block.kind = DeckBlock::Text;
        block.color = DeckStyle::muted();
    }
    s.blocks << block;
    return s;
}

DeckSlide DeckPlanSlides::gridSlide() const
{
    const qint64 productId = m_f.product().id;
    std::optional<ArbitrationGrid> grid;
    if (m_f.session)
        grid = m_f.session->grid(productId);
    QString subtitle = tr("Each question scored out of 5 by every voting member");
    if (grid && !grid->overall().isEmpty())
        subtitle = tr("Scores of %1: overall mean %2 / 5").arg(m_f.session->displayTitle(), score(grid->overall()));
    DeckSlide s = content({}, tr("Sponsors' arbitration grid"), subtitle);
    DeckBlock table = tableBlock(QRectF(margin, headerBottom, contentRect().width(), footerTop - headerBottom - 165),
                                 {tr("Question"), tr("Mean / 5"), tr("Spread")}, {0.76, 0.12, 0.12}, 26);
    table.table.alignRight = {1, 2};
    for (int g = 0; g < ArbitrationGrid::groupCount; ++g) {
        QString heading = ArbitrationGrid::groupTitle(g);
        if (grid && !grid->group(g).isEmpty())
            heading = tr("%1 — mean %2 / 5").arg(heading, score(grid->group(g)));
        table.table.rows << QList<DeckCell>{DeckCell(heading)};
        for (int q : ArbitrationGrid::questionsOf(g)) {
            const ArbitrationGrid::Stat stat = grid ? grid->question(q) : ArbitrationGrid::Stat{};
            table.table.rows << QList<DeckCell>{
                DeckCell(ArbitrationGrid::questionText(q)), DeckCell(score(stat), DeckStyle::accent(), true),
                DeckCell(stat.isEmpty() ? QStringLiteral("—") : QLocale().toString(stat.spread(), 'f', 0))};
        }
    }
    s.blocks << table;
    QStringList options;
    for (DecisionOption o : {DecisionOption::Continue, DecisionOption::ContinueReduced, DecisionOption::Provisional, DecisionOption::Stop})
        options << DecisionOptions::label(o);
    QString decision = tr("Sponsor's decision: %1").arg(options.join(QStringLiteral(" · ")));
    if (m_f.session) {
        if (const Decision *d = m_f.session->decisionFor(productId))
            decision = tr("Decision taken: %1").arg(DecisionOptions::label(d->option));
    }
    DeckBlock foot = textBlock(DeckBlock::Text, QRectF(margin, footerTop - 130, contentRect().width(), 110), {decision}, 28);
    foot.card = true;
    foot.bold = true;
    s.blocks << foot;
    return s;
}

QList<DeckSlide> DeckPlanSlides::build() const
{
    return {prioritiesSlide(), costSlide(), standardsSlide(), teamBudgetSlide(), supportSlide(), gridSlide()};
}

} // namespace Comite
