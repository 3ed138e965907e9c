#pragma once
// Reads and writes the numbered versions of sessions' written
// deliberations (domain/deliberation.h), and says when an edit of a
// session is refused because its deliberation is final.

#include "domain/deliberation.h"
#include "domain/session.h"

namespace Comite {

class Database;

class DeliberationRepository
{
public:
    explicit DeliberationRepository(Database &db) : m_db(db) {}

    // The session's stored versions, by number (none before the first is
    // marked final).
    QList<DeliberationVersion> versions(qint64 sessionId) const;
    // The version in force (DeliberationRules::current).
    DeliberationVersion current(qint64 sessionId) const;
    bool isFinal(qint64 sessionId) const;

    // Writes the version: updates the row with its id when there is one,
    // else inserts it (keeping a set id: redo and undo restore the same
    // row). Fills in the id.
    void write(DeliberationVersion &version);
    void remove(qint64 versionId);

    // Why going from `stored` to `next` is refused — the deliberation is
    // final and the decisions, scores or notes differ —, translated; empty
    // when allowed.
    QString lockProblem(const Session &stored, const Session &next) const;
    // The message for an edit of a session whose deliberation is final.
    static QString lockedMessage(const Session &session, int version);

private:
    Database &m_db;
};

} // namespace Comite
