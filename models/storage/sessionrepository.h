#pragma once
// Reads and writes committee sessions in full (domain/session.h) and the
// saved agenda templates. A session is read and written as one value:
// save() writes it over what is stored, keeping the ids of rows that stay,
// so undo and redo restore exactly what was there.

#include "domain/session.h"

#include <QHash>

#include <optional>

namespace Comite {

class Database;

class SessionRepository
{
public:
    explicit SessionRepository(Database &db) : m_db(db) {}

    // Every session, oldest first.
    QList<SessionSummary> summaries() const;
    std::optional<Session> load(qint64 id) const;
    bool exists(qint64 id) const;
    // The sessions a product is on, oldest first.
    QList<qint64> sessionsOfProduct(qint64 productId) const;

    // Inserts the whole session, keeping every id that is set (undo of a
    // delete); fills in the new ids. Returns the session's id.
    qint64 insert(Session &session);
    void remove(qint64 id);
    // Writes the session over the stored one: header, products,
    // participants, agenda, scores and decisions, or only `parts` of them;
    // fills in new ids. With the `stored` version, scores are written row by
    // row, only those that changed. Leaves the status and the actual time of
    // existing agenda items alone: those change only with setStatus() and
    // recordTiming().
    void save(Session &session, SessionChanges parts = SessionChange::All, const Session *stored = nullptr);
    void setStatus(qint64 id, SessionStatus status);
    // The actual start, noted when the session starts running (kept when
    // already noted).
    void noteActualStart(qint64 id, const QDateTime &at);
    // The actual end, noted when the session finishes (a session taken up
    // again and finished later gets the later end).
    void noteActualEnd(qint64 id, const QDateTime &at);
    // The time spent on agenda items while the session runs (item id →
    // seconds, none to clear).
    void recordTiming(const QList<std::pair<qint64, std::optional<int>>> &actualSeconds);

    // The budget envelopes granted by the session's decisions (an amount and
    // a period), created when it closes: decision id → envelope id. A
    // decision that already has one gets no other; `ids` restores the ids
    // of an earlier creation (redo).
    QHash<qint64, qint64> createEnvelopes(const Session &session, const QHash<qint64, qint64> &ids = {});
    void removeEnvelopes(const QList<qint64> &envelopeIds);

    // Saved agenda templates by name; saving replaces one of the same name.
    QList<AgendaTemplate> templates() const;
    qint64 saveTemplate(const AgendaTemplate &agendaTemplate);
    void removeTemplate(qint64 id);

private:
    void writeHeader(Session &session, bool insert);
    void writeProducts(const Session &session);
    void writeParticipants(Session &session);
    void writeAgenda(Session &session, bool withTiming);
    void writeScores(const Session &session);
    void writeScoreChanges(const Session &before, const Session &after);
    void writeDecisions(Session &session);
    Database &m_db;
};

} // namespace Comite
