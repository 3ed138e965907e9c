#include "sessionrepository.h"

#include "database.h"

#include <QHash>
#include <QSqlQuery>

// Reading sessions and templates; writing is in sessionrepositorywrite.cpp.

namespace Comite {

namespace {
QDateTime readStart(const QVariant &value)
{
    const QString text = value.toString();
    if (text.size() <= 10)
        return QDate::fromString(text, Qt::ISODate).startOfDay();
    return QDateTime::fromString(text, Qt::ISODate);
}

QDate readDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}
} // namespace

QList<SessionSummary> SessionRepository::summaries() const
{
    QList<SessionSummary> rows;
    QHash<qint64, int> rowOf;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, title, starts_at, status, place FROM sessions ORDER BY starts_at, id"));
    while (q.next()) {
        SessionSummary s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.startsAt = readStart(q.value(2));
        s.status = SessionStatuses::fromKey(q.value(3).toString()).value_or(SessionStatus::Planned);
        s.place = q.value(4).toString();
        rowOf.insert(s.id, int(rows.size()));
        rows << s;
    }
    q = m_db.exec(QStringLiteral("SELECT sp.session_id, p.slug, p.title FROM session_products sp "
                                 "JOIN products p ON p.id = sp.product_id ORDER BY sp.session_id, sp.position"));
    while (q.next()) {
        const int row = rowOf.value(q.value(0).toLongLong(), -1);
        if (row < 0)
            continue;
        rows[row].productSlugs << q.value(1).toString();
        rows[row].productTitles << q.value(2).toString();
    }
    q = m_db.exec(QStringLiteral("SELECT session_id, count(*) FROM decisions GROUP BY session_id"));
    while (q.next()) {
        const int row = rowOf.value(q.value(0).toLongLong(), -1);
        if (row >= 0)
            rows[row].decisionCount = q.value(1).toInt();
    }
    return rows;
}

bool SessionRepository::exists(qint64 id) const
{
    return m_db.exec(QStringLiteral("SELECT 1 FROM sessions WHERE id = ?"), {id}).next();
}

std::optional<Session> SessionRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, incubator_id, title, starts_at, planned_minutes, place, "
                                           "video_link, status, started_at, ended_at FROM sessions WHERE id = ?"),
                            {id});
    if (!q.next())
        return std::nullopt;
    Session s;
    s.id = q.value(0).toLongLong();
    s.incubatorId = q.value(1).toLongLong();
    s.title = q.value(2).toString();
    s.startsAt = readStart(q.value(3));
    s.plannedMinutes = q.value(4).toInt();
    s.place = q.value(5).toString();
    s.videoLink = q.value(6).toString();
    s.status = SessionStatuses::fromKey(q.value(7).toString()).value_or(SessionStatus::Planned);
    if (!q.value(8).isNull())
        s.startedAt = readStart(q.value(8));
    if (!q.value(9).isNull())
        s.endedAt = readStart(q.value(9));

    q = m_db.exec(QStringLiteral("SELECT p.id, p.slug, p.title FROM session_products sp JOIN products p "
                                 "ON p.id = sp.product_id WHERE sp.session_id = ? ORDER BY sp.position, p.id"),
                  {id});
    while (q.next())
        s.products << SessionProduct{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};

    q = m_db.exec(QStringLiteral("SELECT id, name, organisation, role, present, voting, excused, civility FROM session_participants "
                                 "WHERE session_id = ? ORDER BY position, id"),
                  {id});
    while (q.next()) {
        Participant p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.organisation = q.value(2).toString();
        p.role = ParticipantRoles::fromKey(q.value(3).toString()).value_or(ParticipantRole::Other);
        p.present = q.value(4).toBool();
        p.voting = q.value(5).toBool();
        p.excused = q.value(6).toBool();
        p.civility = Civilities::fromKey(q.value(7).toString());
        s.participants << p;
    }

    q = m_db.exec(QStringLiteral("SELECT id, product_id, kind, title, planned_minutes, actual_seconds, team_leaves, "
                                 "notes FROM agenda_items WHERE session_id = ? ORDER BY position, id"),
                  {id});
    while (q.next()) {
        AgendaItem item;
        item.id = q.value(0).toLongLong();
        item.productId = q.value(1).toLongLong();
        item.kind = AgendaItemKinds::fromKey(q.value(2).toString()).value_or(AgendaItemKind::Other);
        item.title = q.value(3).toString();
        item.plannedMinutes = q.value(4).toInt();
        if (!q.value(5).isNull())
            item.actualSeconds = q.value(5).toInt();
        item.teamLeaves = q.value(6).toBool();
        item.notes = q.value(7).toString();
        s.agenda << item;
    }

    q = m_db.exec(QStringLiteral("SELECT sc.product_id, sc.participant_id, sc.question, sc.score, sc.comment "
                                 "FROM session_scores sc JOIN session_participants sp ON sp.id = sc.participant_id "
                                 "WHERE sc.session_id = ? ORDER BY sc.product_id, sp.position, sc.question"),
                  {id});
    while (q.next()) {
        s.scores << ArbitrationScore{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                                     q.value(3).toInt(), q.value(4).toString()};
    }

    q = m_db.exec(QStringLiteral("SELECT d.id, d.product_id, d.option, d.comment, d.amount, d.period_start, "
                                 "d.period_end, d.phase_change, d.conditions, d.procurement_informed_on, "
                                 "d.vote_kind, d.votes_for, d.votes_against, d.votes_abstaining, d.roadmap_opinion "
                                 "FROM decisions d LEFT JOIN session_products sp ON sp.session_id = d.session_id "
                                 "AND sp.product_id = d.product_id WHERE d.session_id = ? ORDER BY sp.position, d.id"),
                  {id});
    QHash<qint64, int> decisionAt;
    while (q.next()) {
        Decision d;
        d.id = q.value(0).toLongLong();
        d.productId = q.value(1).toLongLong();
        d.option = DecisionOptions::fromKey(q.value(2).toString()).value_or(DecisionOption::Recorded);
        d.comment = q.value(3).toString();
        if (!q.value(4).isNull())
            d.amount = q.value(4).toLongLong();
        d.periodStart = readDate(q.value(5));
        d.periodEnd = readDate(q.value(6));
        if (!q.value(7).isNull())
            d.phaseChange = Phases::fromKey(q.value(7).toString());
        d.conditions = q.value(8).toString();
        d.procurementInformedOn = readDate(q.value(9));
        d.vote.kind = DecisionVote::kindFromKey(q.value(10).toString());
        d.vote.votesFor = q.value(11).toInt();
        d.vote.votesAgainst = q.value(12).toInt();
        d.vote.abstaining = q.value(13).toInt();
        d.roadmapOpinion = q.value(14).toString();
        decisionAt.insert(d.id, int(s.decisions.size()));
        s.decisions << d;
    }
    if (s.decisions.isEmpty())
        return s;
    q = m_db.exec(QStringLiteral("SELECT o.decision_id, o.text, o.status, o.comment FROM decision_objectives o "
                                 "JOIN decisions d ON d.id = o.decision_id WHERE d.session_id = ? "
                                 "ORDER BY o.decision_id, o.position"),
                  {id});
    while (q.next()) {
        DecisionObjective o{q.value(1).toString(),
                            ObjectiveStatuses::fromKey(q.value(2).toString()).value_or(ObjectiveStatus::Validated),
                            q.value(3).toString()};
        s.decisions[decisionAt.value(q.value(0).toLongLong())].objectives << o;
    }
    q = m_db.exec(QStringLiteral("SELECT b.decision_id, b.text, b.owner FROM decision_blockers b "
                                 "JOIN decisions d ON d.id = b.decision_id WHERE d.session_id = ? "
                                 "ORDER BY b.decision_id, b.position"),
                  {id});
    while (q.next())
        s.decisions[decisionAt.value(q.value(0).toLongLong())].blockers << DecisionBlocker{q.value(1).toString(), q.value(2).toString()};
    q = m_db.exec(QStringLiteral("SELECT a.decision_id, a.text, a.owner, a.due_on FROM decision_actions a "
                                 "JOIN decisions d ON d.id = a.decision_id WHERE d.session_id = ? "
                                 "ORDER BY a.decision_id, a.position"),
                  {id});
    while (q.next()) {
        s.decisions[decisionAt.value(q.value(0).toLongLong())].actions
            << DecisionAction{q.value(1).toString(), q.value(2).toString(), readDate(q.value(3))};
    }
    return s;
}

QList<qint64> SessionRepository::sessionsOfProduct(qint64 productId) const
{
    QList<qint64> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT s.id FROM session_products sp JOIN sessions s ON s.id = sp.session_id "
                                           "WHERE sp.product_id = ? ORDER BY s.starts_at, s.id"),
                            {productId});
    while (q.next())
        result << q.value(0).toLongLong();
    return result;
}

QList<AgendaTemplate> SessionRepository::templates() const
{
    QList<AgendaTemplate> result;
    QHash<qint64, int> at;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name FROM agenda_templates ORDER BY name, id"));
    while (q.next()) {
        at.insert(q.value(0).toLongLong(), int(result.size()));
        result << AgendaTemplate{q.value(0).toLongLong(), q.value(1).toString(), {}};
    }
    q = m_db.exec(QStringLiteral("SELECT template_id, scope, kind, title, planned_minutes, team_leaves "
                                 "FROM agenda_template_items ORDER BY template_id, position, id"));
    while (q.next()) {
        const int row = at.value(q.value(0).toLongLong(), -1);
        if (row < 0)
            continue;
        AgendaTemplateItem item;
        item.scope = q.value(1).toString() == QLatin1String("session") ? AgendaScope::Session : AgendaScope::Product;
        item.kind = AgendaItemKinds::fromKey(q.value(2).toString()).value_or(AgendaItemKind::Other);
        item.title = q.value(3).toString();
        item.plannedMinutes = q.value(4).toInt();
        item.teamLeaves = q.value(5).toBool();
        result[row].items << item;
    }
    return result;
}

} // namespace Comite
