#include "deliberationproductsection.h"

#include "domain/displayformat.h"
#include "domain/sessiondecision.h"
#include "storage/spendingentry.h"

#include <cmath>

namespace Comite {

QString DeliberationProductSection::number(std::optional<double> value) const
{
    return value ? DisplayFormat::number(*value, {}, m_doc.locale) : QStringLiteral("—");
}

QString DeliberationProductSection::teamTime(const TeamMember &m) const
{
    const QString value = DisplayFormat::number(m.time, {}, m_doc.locale);
    if (m.unit == TimeUnit::Fte)
        return tr("%1 FTE").arg(value);
    // Plural forms through Qt: "1 day a week", « 1 jour par semaine ».
    if (m.time == std::floor(m.time))
        return tr("%n day(s) a week", nullptr, int(m.time));
    return m.time < 2 ? tr("%1 day a week").arg(value) : tr("%1 days a week").arg(value);
}

void DeliberationProductSection::write(const DeliberationProduct &p, int index)
{
    m_doc.heading(tr("%1. %2").arg(index).arg(p.ref.title), 2);
    QList<std::pair<QString, QString>> facts;
    facts << std::pair(tr("Phase"), p.phase ? Phases::label(*p.phase) : QStringLiteral("—"));
    if (!p.product.intrapreneur.isEmpty())
        facts << std::pair(tr("Intrapreneur"), p.product.intrapreneur);
    m_doc.facts(facts);
    if (!p.product.pitch.trimmed().isEmpty())
        m_doc.paragraph(p.product.pitch);
    indicators(p);
    reviewedRoadmap(p);
    spending(p);
    request(p);
    opinion(p);
    means(p);
    m_doc.tagWith = int(DeliberationSection::Scores);  // an export may leave the grid out
    grid(p);
    m_doc.tagWith = 0;
    decision(p);
}

void DeliberationProductSection::indicators(const DeliberationProduct &p)
{
    m_doc.heading(tr("Indicators at a glance"), 3);
    QList<QStringList> rows;
    for (const MatrixColumn &c : p.matrix) {
        for (const MatrixFigure &f : c.figures) {
            const QString label = f.northStar ? tr("%1 (North Star)").arg(f.label) : f.label;
            rows << QStringList{c.title, label, f.missing ? tr("missing") : f.value, f.detail};
        }
    }
    m_doc.tableOr({tr("Principle"), tr("Indicator"), tr("Value"), tr("Detail")}, rows, tr("No indicator recorded."), {2});
    if (!p.northStar.isEmpty())
        m_doc.image(p.northStarImage, QStringLiteral("north-star-%1").arg(p.ref.slug), p.northStar.title);
}

void DeliberationProductSection::reviewedRoadmap(const DeliberationProduct &p)
{
    m_doc.heading(tr("Attainment of the previous roadmap"), 3);
    if (!p.reviewed) {
        m_doc.paragraph(tr("No roadmap was under review."), true);
        return;
    }
    m_doc.paragraph(tr("Roadmap %1.").arg(m_doc.period(p.reviewed->start, p.reviewed->end)));
    QList<QStringList> rows;
    for (const ReviewRow &r : p.review) {
        rows << QStringList{r.priorityTitle, r.expected.text, number(r.expected.target), number(r.start), number(r.reached),
                            r.attainment ? DisplayFormat::percent(*r.attainment, m_doc.locale) : QStringLiteral("—"),
                            RoadmapReview::statusLabel(r.status)};
    }
    m_doc.tableOr({tr("Priority"), tr("Expected result"), tr("Target"), tr("Start"), tr("Reached"), tr("Attainment"), tr("Status")},
                  rows, tr("No expected result was set."), {2, 3, 4, 5});
    if (!p.reviewed->reviewNotes.trimmed().isEmpty())
        m_doc.paragraph(tr("Achievements and learnings: %1").arg(p.reviewed->reviewNotes));
}

void DeliberationProductSection::spending(const DeliberationProduct &p)
{
    m_doc.heading(tr("Spending over the last period"), 3);
    if (p.spending.isEmpty()) {
        m_doc.paragraph(p.spendingFrom.isValid() ? tr("No spending recorded since the committee of %1.").arg(m_doc.date(p.spendingFrom))
                                                 : tr("No spending recorded before this committee."),
                        true);
        return;
    }
    const auto month = [this](const QString &key) {
        const QDate first = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
        return first.isValid() ? m_doc.locale.toString(first, QStringLiteral("MMMM yyyy")) : key;
    };
    const QString months = p.spendingFirstMonth == p.spendingLastMonth
        ? month(p.spendingFirstMonth)
        : tr("%1 to %2").arg(month(p.spendingFirstMonth), month(p.spendingLastMonth));
    m_doc.paragraph(p.spendingFrom.isValid() ? tr("Actual spending since the committee of %1 (%2).").arg(m_doc.date(p.spendingFrom), months)
                                             : tr("Actual spending before this committee (%1).").arg(months));
    QMap<QString, qint64> byLine;
    qint64 total = 0;
    for (const SpendingEntry &e : p.spending) {
        byLine[e.line] += e.amount;
        total += e.amount;
    }
    QList<QStringList> rows;
    for (const QString &line : BudgetLines::keys()) {
        if (byLine.contains(line))
            rows << QStringList{BudgetLines::label(line), m_doc.money(byLine.value(line))};
    }
    for (auto it = byLine.cbegin(); it != byLine.cend(); ++it) {  // lines no longer in use
        if (!BudgetLines::isKey(it.key()))
            rows << QStringList{it.key(), m_doc.money(it.value())};
    }
    rows << QStringList{tr("Total"), m_doc.money(total)};
    m_doc.table({tr("Budget line"), tr("Spent")}, rows, {1});
}

void DeliberationProductSection::request(const DeliberationProduct &p)
{
    const Decision *d = m_session.decisionFor(p.ref.productId);
    const bool approved = d && d->option != DecisionOption::Stop;
    m_doc.heading(approved ? tr("Roadmap as approved") : tr("Roadmap presented"), 3);
    if (!p.requested) {
        m_doc.paragraph(tr("No roadmap was presented for the next period."), true);
        return;
    }
    const Roadmap &r = *p.requested;
    m_doc.paragraph(approved ? tr("Roadmap %1, as the committee approved it.").arg(m_doc.period(r.start, r.end))
                             : tr("Roadmap %1, as the team presented it.").arg(m_doc.period(r.start, r.end)));
    roadmapContent(r);
}

void DeliberationProductSection::roadmapContent(const Roadmap &r)
{
    QList<QStringList> priorities;
    int n = 0;
    for (const RoadmapPriority &priority : r.priorities) {
        const QString title = tr("%1. %2").arg(++n).arg(priority.title);
        if (priority.results.isEmpty())
            priorities << QStringList{title, QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("—")};
        for (const ExpectedResult &e : priority.results) {
            priorities << QStringList{title, e.text, number(e.target),
                                      e.target ? m_doc.date(e.targetDate.isValid() ? e.targetDate : r.end) : QStringLiteral("—")};
        }
    }
    m_doc.tableOr({tr("Priority"), tr("Expected result"), tr("Target"), tr("By")}, priorities, tr("No priority set."), {2});

    const auto list = [this](const QString &title, const QStringList &items) {
        QStringList kept;
        for (const QString &i : items) {
            if (!i.trimmed().isEmpty())
                kept << i.trimmed();
        }
        m_doc.heading(title, 4);
        if (kept.isEmpty())
            m_doc.paragraph(tr("None listed."), true);
        else
            m_doc.list(kept);
    };
    list(tr("Hypotheses to validate"), r.hypotheses);
    list(tr("Quantitative success criteria"), r.quantitativeCriteria);
    list(tr("Qualitative success criteria"), r.qualitativeCriteria);

    m_doc.heading(tr("Support needed"), 4);
    QList<QStringList> support;
    for (const SupportNeed &s : r.supportNeeds)
        support << QStringList{s.actor, s.need, s.objective};
    m_doc.tableOr({tr("Actor"), tr("Need"), tr("Objective")}, support, tr("None listed."));

    m_doc.heading(tr("Team"), 4);
    QList<QStringList> team;
    for (const TeamMember &m : r.team)
        team << QStringList{m.profile, teamTime(m)};
    if (!team.isEmpty())
        team << QStringList{tr("Total"), tr("%1 FTE").arg(DisplayFormat::number(r.teamFte(), {}, m_doc.locale))};
    m_doc.tableOr({tr("Team profile"), tr("Time")}, team, tr("No team listed."), {1});
}

void DeliberationProductSection::opinion(const DeliberationProduct &p)
{
    m_doc.heading(tr("The committee's opinion on the roadmap"), 3);
    const Decision *d = m_session.decisionFor(p.ref.productId);
    if (!d) {
        m_doc.paragraph(tr("No decision recorded yet."), true);
        return;
    }
    if (d->roadmapOpinion.trimmed().isEmpty())
        m_doc.paragraph(tr("No overall opinion was written."), true);
    else
        m_doc.paragraph(d->roadmapOpinion.trimmed());
    QList<QStringList> objectives;
    for (const DecisionObjective &o : d->objectives)
        objectives << QStringList{o.text, ObjectiveStatuses::label(o.status), o.comment};
    m_doc.tableOr({tr("Priority"), tr("Opinion"), tr("Comment")}, objectives, tr("No priority reviewed one by one."));
}

QString DeliberationProductSection::difference(qint64 euros) const
{
    if (euros == 0)
        return m_doc.money(0);
    return (euros > 0 ? QStringLiteral("+") : QString(QChar(0x2212))) + m_doc.money(qAbs(euros));
}

void DeliberationProductSection::means(const DeliberationProduct &p)
{
    m_doc.heading(tr("Means requested and granted"), 3);
    const Decision *d = m_session.decisionFor(p.ref.productId);
    const bool granted = d && d->option != DecisionOption::Stop && d->amount;
    QList<std::pair<QString, QString>> periods;
    periods << std::pair(tr("Period requested"), p.requested ? m_doc.period(p.requested->start, p.requested->end) : QStringLiteral("—"));
    periods << std::pair(tr("Period granted"), granted && d->periodStart.isValid() ? m_doc.period(d->periodStart, d->periodEnd)
                                                                                   : QStringLiteral("—"));
    m_doc.facts(periods);
    const QMap<QString, qint64> requested = p.requested ? p.requested->budgetRequest : QMap<QString, qint64>{};
    const QMap<QString, qint64> shares = granted ? SessionDecisions::grantedByLine(requested, *d->amount) : QMap<QString, qint64>{};
    qint64 requestedTotal = 0;
    QList<QStringList> rows;
    for (const QString &line : BudgetLines::keys()) {
        if (!requested.contains(line))
            continue;
        const qint64 asked = requested.value(line);
        requestedTotal += asked;
        if (granted)
            rows << QStringList{BudgetLines::label(line), m_doc.money(asked), m_doc.money(shares.value(line)),
                                difference(shares.value(line) - asked)};
        else
            rows << QStringList{BudgetLines::label(line), m_doc.money(asked), QStringLiteral("—"), QStringLiteral("—")};
    }
    if (!rows.isEmpty() || granted) {
        rows << QStringList{tr("Total"), requested.isEmpty() ? QStringLiteral("—") : m_doc.money(requestedTotal),
                            granted ? m_doc.money(d->amount) : QStringLiteral("—"),
                            granted && !requested.isEmpty() ? difference(*d->amount - requestedTotal) : QStringLiteral("—")};
    }
    m_doc.tableOr({tr("Budget line"), tr("Requested"), tr("Granted"), tr("Difference")}, rows,
                  tr("No budget requested and none granted."), {1, 2, 3});
    if (granted && requestedTotal > 0 && requestedTotal != *d->amount)
        m_doc.paragraph(tr("The committee grants a total: it is shared over the lines in proportion to the request."), true);
    else if (d && d->option == DecisionOption::Stop)
        m_doc.paragraph(tr("The committee stops the product: nothing is granted."), true);
    else if (d && !d->amount)
        m_doc.paragraph(tr("The decision grants no amount."), true);
}

void DeliberationProductSection::grid(const DeliberationProduct &p)
{
    m_doc.heading(tr("Arbitration grid"), 3);
    const ArbitrationGrid grid = m_session.grid(p.ref.productId);
    if (grid.overall().isEmpty()) {
        m_doc.paragraph(tr("No score was recorded."), true);
        return;
    }
    QList<const Participant *> voters;
    for (const Participant &m : m_session.participants) {
        if (m.voting)
            voters << &m;
    }
    const auto number = [&](double value) { return DisplayFormat::number(value, {}, m_doc.locale); };
    // One spread throughout: the highest score minus the lowest, named so.
    const QString range = tr("Range (max − min)");
    QStringList headers{tr("Question")};
    for (const Participant *m : std::as_const(voters))
        headers << m->name;
    headers << tr("Mean") << range;
    QList<int> numeric;
    for (int c = 1; c < headers.size(); ++c)
        numeric << c;
    QList<QStringList> rows;
    QList<QStringList> comments;
    for (int q = 1; q <= ArbitrationGrid::questionCount; ++q) {
        QStringList row{tr("%1. %2").arg(q).arg(ArbitrationGrid::questionText(q))};
        for (const Participant *m : std::as_const(voters)) {
            const ArbitrationScore *score = grid.score(m->id, q);
            row << (score ? m_doc.locale.toString(score->score) : QStringLiteral("—"));
            if (score && !score->comment.trimmed().isEmpty())
                comments << QStringList{QString::number(q), m->name, score->comment.trimmed()};
        }
        const ArbitrationGrid::Stat stat = grid.question(q);
        row << (stat.isEmpty() ? QStringLiteral("—") : number(stat.mean))
            << (stat.isEmpty() ? QStringLiteral("—") : number(stat.spread()));
        rows << row;
    }
    m_doc.table(headers, rows, numeric);
    QList<QStringList> groups;
    for (int g = 0; g < ArbitrationGrid::groupCount; ++g) {
        const ArbitrationGrid::Stat stat = grid.group(g);
        groups << QStringList{ArbitrationGrid::groupTitle(g),
                              stat.isEmpty() ? QStringLiteral("—") : tr("%1 / %2").arg(number(stat.mean)).arg(ArbitrationGrid::maxScore)};
    }
    const ArbitrationGrid::Stat overall = grid.overall();
    groups << QStringList{tr("Overall"), tr("%1 / %2").arg(number(overall.mean)).arg(ArbitrationGrid::maxScore)};
    m_doc.table({tr("Questions"), tr("Mean")}, groups, {1});
    m_doc.paragraph(tr("Scores from 0 to %1. %2: the highest score given to the question minus the lowest.")
                        .arg(ArbitrationGrid::maxScore)
                        .arg(range),
                    true);
    if (!comments.isEmpty())
        m_doc.table({tr("Question"), tr("Member"), tr("Comment")}, comments, {0});
    QStringList missing;
    for (const Participant &m : grid.missing())
        missing << m.name;
    if (!missing.isEmpty())
        m_doc.paragraph(tr("Not scored in full by: %1.").arg(missing.join(QStringLiteral(", "))), true);
}

void DeliberationProductSection::decision(const DeliberationProduct &p)
{
    m_doc.heading(tr("Decision"), 3);
    const Decision *d = m_session.decisionFor(p.ref.productId);
    if (!d) {
        m_doc.paragraph(tr("No decision recorded yet."), true);
    } else {
        QList<std::pair<QString, QString>> facts;
        facts << std::pair(tr("Option"), DecisionOptions::label(d->option));
        facts << std::pair(tr("Amount"), m_doc.money(d->amount));
        facts << std::pair(tr("Period"), m_doc.period(d->periodStart, d->periodEnd));
        facts << std::pair(tr("Phase change"), d->phaseChange ? Phases::label(*d->phaseChange) : tr("none"));
        facts << std::pair(tr("Vote"), d->vote.text());
        if (d->procurementInformedOn.isValid())
            facts << std::pair(tr("Procurement informed on"), m_doc.date(d->procurementInformedOn));
        m_doc.facts(facts);
        if (!d->comment.trimmed().isEmpty())
            m_doc.paragraph(d->comment);

        m_doc.heading(tr("Blockers the committee will lift"), 3);
        QList<QStringList> blockers;
        for (const DecisionBlocker &b : d->blockers)
            blockers << QStringList{b.text, b.owner};
        m_doc.tableOr({tr("Blocker"), tr("Who lifts it")}, blockers, tr("None."));

        m_doc.heading(tr("Conditions and reserves"), 3);
        // "Aucune" in French: conditions are feminine.
        m_doc.paragraph(d->conditions.trimmed().isEmpty() ? tr("No condition.") : d->conditions, d->conditions.trimmed().isEmpty());

        m_doc.heading(tr("Action items"), 3);
        QList<QStringList> actions;
        for (const DecisionAction &a : d->actions)
            actions << QStringList{a.text, a.owner, a.due.isValid() ? m_doc.date(a.due) : QStringLiteral("—")};
        m_doc.tableOr({tr("Action"), tr("Owner"), tr("Due")}, actions, tr("None."));
    }
    m_doc.facts({std::pair(tr("Next committee"), p.nextCommitteePlanned ? tr("%1 (planned)").arg(m_doc.date(p.nextCommittee))
                                                                        : tr("%1 at the latest").arg(m_doc.date(p.nextCommittee)))});
}

} // namespace Comite
