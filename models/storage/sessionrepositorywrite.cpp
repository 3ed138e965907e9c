#include "sessionrepository.h"

#include "database.h"
#include "deliberationrepository.h"
#include "sqlvalue.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <set>
#include <tuple>

// Writing sessions and templates; reading is in sessionrepository.cpp.

namespace Comite {

namespace {
QString startText(const QDateTime &start)
{
    return start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

// The actual start or end: NULL when not noted.
QVariant actualTime(const QDateTime &at)
{
    return at.isValid() ? QVariant(startText(at)) : QVariant(QMetaType(QMetaType::QString));
}

QSet<qint64> idsOf(Database &db, const QString &sql, qint64 owner)
{
    QSet<qint64> ids;
    QSqlQuery q = db.exec(sql, {owner});
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}
} // namespace

qint64 SessionRepository::insert(Session &session)
{
    m_db.transaction([&] {
        writeHeader(session, true);
        writeProducts(session);
        writeParticipants(session);
        writeAgenda(session, true);
        writeScores(session);
        writeDecisions(session);
    });
    return session.id;
}

void SessionRepository::remove(qint64 id)
{
    m_db.transaction([&] { m_db.exec(QStringLiteral("DELETE FROM sessions WHERE id = ?"), {id}); });
}

void SessionRepository::save(Session &session, SessionChanges parts, const Session *stored)
{
    m_db.transaction([&] {
        // A final deliberation locks decisions, scores and notes, whoever writes.
        if (DeliberationRepository locks(m_db); locks.isFinal(session.id)) {
            const std::optional<Session> current = stored ? std::optional(*stored) : load(session.id);
            if (const QString problem = current ? locks.lockProblem(*current, session) : QString(); !problem.isEmpty())
                throw StorageError(problem);
        }
        // Only the parts that changed: a sponsor scoring writes its own score
        // rows and nothing else, so the server's row rules let it through and
        // members scoring at the same time do not overwrite one another.
        if (parts & SessionChange::Header)
            writeHeader(session, false);
        if (parts & SessionChange::Products)
            writeProducts(session);
        if (parts & SessionChange::Participants)
            writeParticipants(session);
        if (parts & (SessionChange::Agenda | SessionChange::Notes))
            writeAgenda(session, false);
        if (parts & SessionChange::Scores) {
            if (stored)
                writeScoreChanges(*stored, session);
            else
                writeScores(session);
        }
        if (parts & SessionChange::Decisions)
            writeDecisions(session);
    });
}

void SessionRepository::setStatus(qint64 id, SessionStatus status)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE sessions SET status = ?, version = version + 1 WHERE id = ?"),
                  {SessionStatuses::key(status), id});
    });
}

void SessionRepository::noteActualStart(qint64 id, const QDateTime &at)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE sessions SET started_at = ? WHERE id = ? AND started_at IS NULL"), {actualTime(at), id});
    });
}

void SessionRepository::noteActualEnd(qint64 id, const QDateTime &at)
{
    m_db.transaction([&] { m_db.exec(QStringLiteral("UPDATE sessions SET ended_at = ? WHERE id = ?"), {actualTime(at), id}); });
}

void SessionRepository::recordTiming(const QList<std::pair<qint64, std::optional<int>>> &actualSeconds)
{
    m_db.transaction([&] {
        QSqlQuery update = m_db.prepare(QStringLiteral("UPDATE agenda_items SET actual_seconds = ? WHERE id = ?"));
        for (const auto &[itemId, seconds] : actualSeconds)
            Database::exec(update, {seconds ? QVariant(*seconds) : QVariant(QMetaType(QMetaType::Int)), itemId});
    });
}

void SessionRepository::writeHeader(Session &s, bool insert)
{
    if (insert) {
        s.id = m_db.insert(QStringLiteral("sessions"),
                           {QStringLiteral("incubator_id"), QStringLiteral("title"), QStringLiteral("starts_at"),
                            QStringLiteral("planned_minutes"), QStringLiteral("place"), QStringLiteral("video_link"),
                            QStringLiteral("status"), QStringLiteral("started_at"), QStringLiteral("ended_at")},
                           {SqlValue::id(s.incubatorId), Database::text(s.title), startText(s.startsAt), s.plannedMinutes,
                            Database::text(s.place), Database::text(s.videoLink), SessionStatuses::key(s.status),
                            actualTime(s.startedAt), actualTime(s.endedAt)},
                           s.id);
        return;
    }
    m_db.exec(QStringLiteral("UPDATE sessions SET incubator_id = ?, title = ?, starts_at = ?, planned_minutes = ?, "
                             "place = ?, video_link = ?, started_at = ?, ended_at = ?, version = version + 1 WHERE id = ?"),
              {SqlValue::id(s.incubatorId), Database::text(s.title), startText(s.startsAt), s.plannedMinutes,
               Database::text(s.place), Database::text(s.videoLink), actualTime(s.startedAt), actualTime(s.endedAt), s.id});
}

void SessionRepository::writeProducts(const Session &s)
{
    m_db.exec(QStringLiteral("DELETE FROM session_products WHERE session_id = ?"), {s.id});
    QSqlQuery insert = m_db.prepare(QStringLiteral("INSERT INTO session_products (session_id, product_id, position) "
                                                   "VALUES (?, ?, ?)"));
    for (int i = 0; i < s.products.size(); ++i)
        Database::exec(insert, {s.id, s.products[i].productId, i});
}

void SessionRepository::writeParticipants(Session &s)
{
    QSet<qint64> stale = idsOf(m_db, QStringLiteral("SELECT id FROM session_participants WHERE session_id = ?"), s.id);
    for (const Participant &p : std::as_const(s.participants))
        stale.remove(p.id);
    for (qint64 id : std::as_const(stale))
        m_db.exec(QStringLiteral("DELETE FROM session_participants WHERE id = ?"), {id});
    const QSet<qint64> kept = idsOf(m_db, QStringLiteral("SELECT id FROM session_participants WHERE session_id = ?"), s.id);
    for (int i = 0; i < s.participants.size(); ++i) {
        Participant &p = s.participants[i];
        const QVariantList values = {i, Database::text(p.name), Database::text(p.organisation),
                                     ParticipantRoles::key(p.role), p.present ? 1 : 0, p.voting ? 1 : 0,
                                     !p.present && p.excused ? 1 : 0, Database::text(Civilities::key(p.civility))};
        if (kept.contains(p.id)) {
            m_db.exec(QStringLiteral("UPDATE session_participants SET position = ?, name = ?, organisation = ?, role = ?, "
                                     "present = ?, voting = ?, excused = ?, civility = ? WHERE id = ?"),
                      values + QVariantList{p.id});
            continue;
        }
        p.id = m_db.insert(QStringLiteral("session_participants"),
                           {QStringLiteral("session_id"), QStringLiteral("position"), QStringLiteral("name"),
                            QStringLiteral("organisation"), QStringLiteral("role"), QStringLiteral("present"),
                            QStringLiteral("voting"), QStringLiteral("excused"), QStringLiteral("civility")},
                           QVariantList{s.id} + values, p.id);
    }
}

void SessionRepository::writeAgenda(Session &s, bool withTiming)
{
    QSet<qint64> stale = idsOf(m_db, QStringLiteral("SELECT id FROM agenda_items WHERE session_id = ?"), s.id);
    for (const AgendaItem &item : std::as_const(s.agenda))
        stale.remove(item.id);
    for (qint64 id : std::as_const(stale))
        m_db.exec(QStringLiteral("DELETE FROM agenda_items WHERE id = ?"), {id});
    const QSet<qint64> kept = idsOf(m_db, QStringLiteral("SELECT id FROM agenda_items WHERE session_id = ?"), s.id);
    for (int i = 0; i < s.agenda.size(); ++i) {
        AgendaItem &item = s.agenda[i];
        const QVariantList values = {i, SqlValue::id(item.productId), AgendaItemKinds::key(item.kind),
                                     Database::text(item.title), item.plannedMinutes, item.teamLeaves ? 1 : 0,
                                     Database::text(item.notes)};
        if (kept.contains(item.id) && !withTiming) {
            m_db.exec(QStringLiteral("UPDATE agenda_items SET position = ?, product_id = ?, kind = ?, title = ?, "
                                     "planned_minutes = ?, team_leaves = ?, notes = ? WHERE id = ?"),
                      values + QVariantList{item.id});
            continue;
        }
        const QVariant actual = item.actualSeconds ? QVariant(*item.actualSeconds) : QVariant(QMetaType(QMetaType::Int));
        item.id = m_db.insert(QStringLiteral("agenda_items"),
                              {QStringLiteral("session_id"), QStringLiteral("position"), QStringLiteral("product_id"),
                               QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("planned_minutes"),
                               QStringLiteral("team_leaves"), QStringLiteral("notes"), QStringLiteral("actual_seconds")},
                              QVariantList{s.id} + values + QVariantList{actual}, item.id);
    }
}

void SessionRepository::writeScores(const Session &s)
{
    m_db.exec(QStringLiteral("DELETE FROM session_scores WHERE session_id = ?"), {s.id});
    QSqlQuery insert = m_db.prepare(QStringLiteral("INSERT INTO session_scores (session_id, product_id, participant_id, "
                                                   "question, score, comment) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const ArbitrationScore &score : s.scores)
        Database::exec(insert, {s.id, score.productId, score.participantId, score.question, score.score,
                                Database::text(score.comment)});
}

void SessionRepository::writeScoreChanges(const Session &before, const Session &after)
{
    using Key = std::tuple<qint64, qint64, int>;  // product, member, question
    const auto keyOf = [](const ArbitrationScore &s) { return Key{s.productId, s.participantId, s.question}; };
    QMap<Key, ArbitrationScore> old;
    for (const ArbitrationScore &score : before.scores)
        old.insert(keyOf(score), score);
    QSqlQuery remove = m_db.prepare(QStringLiteral("DELETE FROM session_scores WHERE session_id = ? AND product_id = ? "
                                                   "AND participant_id = ? AND question = ?"));
    QSqlQuery insert = m_db.prepare(QStringLiteral("INSERT INTO session_scores (session_id, product_id, participant_id, "
                                                   "question, score, comment) VALUES (?, ?, ?, ?, ?, ?)"));
    std::set<Key> kept;
    for (const ArbitrationScore &score : after.scores) {
        const Key key = keyOf(score);
        kept.insert(key);
        const auto it = old.constFind(key);
        if (it != old.cend() && *it == score)
            continue;
        if (it != old.cend())
            Database::exec(remove, {after.id, score.productId, score.participantId, score.question});
        Database::exec(insert, {after.id, score.productId, score.participantId, score.question, score.score,
                                Database::text(score.comment)});
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!kept.count(it.key()))
            Database::exec(remove, {after.id, it->productId, it->participantId, it->question});
    }
}

void SessionRepository::writeDecisions(Session &s)
{
    QHash<qint64, qint64> idOfProduct;  // stored decisions
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT product_id, id FROM decisions WHERE session_id = ?"), {s.id});
    while (q.next())
        idOfProduct.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    QSet<qint64> decided;
    for (const Decision &d : std::as_const(s.decisions))
        decided.insert(d.productId);
    for (auto it = idOfProduct.cbegin(); it != idOfProduct.cend(); ++it) {
        if (!decided.contains(it.key()))
            m_db.exec(QStringLiteral("DELETE FROM decisions WHERE id = ?"), {it.value()});
    }
    for (Decision &d : s.decisions) {
        const QVariantList values = {DecisionOptions::key(d.option), Database::text(d.comment),
                                     d.amount ? QVariant(*d.amount) : QVariant(QMetaType(QMetaType::LongLong)),
                                     SqlValue::date(d.periodStart), SqlValue::date(d.periodEnd),
                                     d.phaseChange ? QVariant(Phases::key(*d.phaseChange)) : QVariant(QMetaType(QMetaType::QString)),
                                     Database::text(d.conditions), SqlValue::date(d.procurementInformedOn),
                                     Database::text(d.vote.key()), d.vote.votesFor, d.vote.votesAgainst, d.vote.abstaining,
                                     Database::text(d.roadmapOpinion)};
        if (idOfProduct.contains(d.productId)) {
            d.id = idOfProduct.value(d.productId);
            m_db.exec(QStringLiteral("UPDATE decisions SET option = ?, comment = ?, amount = ?, period_start = ?, "
                                     "period_end = ?, phase_change = ?, conditions = ?, procurement_informed_on = ?, "
                                     "vote_kind = ?, votes_for = ?, votes_against = ?, votes_abstaining = ?, "
                                     "roadmap_opinion = ?, version = version + 1 WHERE id = ?"),
                      values + QVariantList{d.id});
            for (const char *table : {"decision_objectives", "decision_blockers", "decision_actions"})
                m_db.exec(QStringLiteral("DELETE FROM %1 WHERE decision_id = ?").arg(QLatin1String(table)), {d.id});
        } else {
            d.id = m_db.insert(QStringLiteral("decisions"),
                               {QStringLiteral("session_id"), QStringLiteral("product_id"), QStringLiteral("option"),
                                QStringLiteral("comment"), QStringLiteral("amount"), QStringLiteral("period_start"),
                                QStringLiteral("period_end"), QStringLiteral("phase_change"), QStringLiteral("conditions"),
                                QStringLiteral("procurement_informed_on"), QStringLiteral("vote_kind"), QStringLiteral("votes_for"),
                                QStringLiteral("votes_against"), QStringLiteral("votes_abstaining"), QStringLiteral("roadmap_opinion")},
                               QVariantList{s.id, d.productId} + values, d.id);
        }
        QSqlQuery objective = m_db.prepare(QStringLiteral("INSERT INTO decision_objectives (decision_id, position, text, "
                                                          "status, comment) VALUES (?, ?, ?, ?, ?)"));
        for (int i = 0; i < d.objectives.size(); ++i)
            Database::exec(objective, {d.id, i, Database::text(d.objectives[i].text),
                                       ObjectiveStatuses::key(d.objectives[i].status), Database::text(d.objectives[i].comment)});
        QSqlQuery blocker = m_db.prepare(QStringLiteral("INSERT INTO decision_blockers (decision_id, position, text, owner) "
                                                        "VALUES (?, ?, ?, ?)"));
        for (int i = 0; i < d.blockers.size(); ++i)
            Database::exec(blocker, {d.id, i, Database::text(d.blockers[i].text), Database::text(d.blockers[i].owner)});
        QSqlQuery action = m_db.prepare(QStringLiteral("INSERT INTO decision_actions (decision_id, position, text, owner, "
                                                       "due_on) VALUES (?, ?, ?, ?, ?)"));
        for (int i = 0; i < d.actions.size(); ++i)
            Database::exec(action, {d.id, i, Database::text(d.actions[i].text), Database::text(d.actions[i].owner),
                                    SqlValue::date(d.actions[i].due)});
    }
}

QHash<qint64, qint64> SessionRepository::createEnvelopes(const Session &s, const QHash<qint64, qint64> &ids)
{
    QHash<qint64, qint64> created;
    m_db.transaction([&] {
        for (const Decision &d : s.decisions) {
            if (!d.amount || !d.periodStart.isValid() || !d.periodEnd.isValid() || d.id <= 0)
                continue;
            if (m_db.exec(QStringLiteral("SELECT id FROM envelopes WHERE decision_id = ?"), {d.id}).next())
                continue;
            const QString label = QCoreApplication::translate("SessionRepository", "Committee of %1")
                                      .arg(s.date().toString(Qt::ISODate));
            created.insert(d.id, m_db.insert(QStringLiteral("envelopes"),
                                             {QStringLiteral("product_id"), QStringLiteral("start_date"),
                                              QStringLiteral("end_date"), QStringLiteral("amount"), QStringLiteral("source"),
                                              QStringLiteral("label"), QStringLiteral("decision_id")},
                                             {d.productId, d.periodStart.toString(Qt::ISODate),
                                              d.periodEnd.toString(Qt::ISODate), *d.amount, QStringLiteral("sponsor"),
                                              label, d.id},
                                             ids.value(d.id)));
        }
    });
    return created;
}

void SessionRepository::removeEnvelopes(const QList<qint64> &envelopeIds)
{
    m_db.transaction([&] {
        for (qint64 id : envelopeIds)
            m_db.exec(QStringLiteral("DELETE FROM envelopes WHERE id = ?"), {id});
    });
}

qint64 SessionRepository::saveTemplate(const AgendaTemplate &t)
{
    qint64 id = 0;
    m_db.transaction([&] {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM agenda_templates WHERE name = ?"), {t.name});
        if (q.next()) {
            id = q.value(0).toLongLong();
            m_db.exec(QStringLiteral("UPDATE agenda_templates SET version = version + 1 WHERE id = ?"), {id});
            m_db.exec(QStringLiteral("DELETE FROM agenda_template_items WHERE template_id = ?"), {id});
        } else {
            id = m_db.insert(QStringLiteral("agenda_templates"), {QStringLiteral("name")}, {t.name}, t.id);
        }
        QSqlQuery item = m_db.prepare(QStringLiteral("INSERT INTO agenda_template_items (template_id, position, scope, kind, "
                                                     "title, planned_minutes, team_leaves) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < t.items.size(); ++i) {
            const AgendaTemplateItem &it = t.items[i];
            Database::exec(item, {id, i, it.scope == AgendaScope::Session ? QStringLiteral("session") : QStringLiteral("product"),
                                  AgendaItemKinds::key(it.kind), Database::text(it.title), it.plannedMinutes,
                                  it.teamLeaves ? 1 : 0});
        }
    });
    return id;
}

void SessionRepository::removeTemplate(qint64 id)
{
    m_db.transaction([&] { m_db.exec(QStringLiteral("DELETE FROM agenda_templates WHERE id = ?"), {id}); });
}

} // namespace Comite
