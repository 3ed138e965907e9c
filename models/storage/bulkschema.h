#pragma once
// Sets aside the indexes and foreign keys of empty PostgreSQL tables while a
// bulk load fills them (`generate`, `copy`), then rebuilds them: one sorted
// build per index and one set-based check per foreign key instead of an
// index entry and a trigger query for every row (PostgreSQL's "Populating a
// Database"). On SQLite, the named secondary indexes only. Everything
// happens in the caller's transaction, so a failure anywhere rolls the
// schema back to what it was. Nothing on tables that hold rows, or when
// the connection does not own them.

#include <QStringList>

namespace Comite {

class Database;

class BulkSchema
{
public:
    // Inside a transaction: reads the secondary indexes, PRIMARY KEY /
    // UNIQUE constraints and foreign keys of `tables` (and the foreign keys
    // of other tables pointing at them) and drops them when every table is
    // empty. Throws StorageError like Database::exec.
    BulkSchema(Database &db, const QStringList &tables);
    BulkSchema(const BulkSchema &) = delete;
    BulkSchema &operator=(const BulkSchema &) = delete;

    // Whether the indexes and constraints are set aside, waiting for restore().
    bool isSuspended() const { return !m_restore.isEmpty(); }
    // Recreates what was dropped, as it was (the same names and
    // definitions): indexes, then keys, then foreign keys (which check every
    // row once); then gathers the tables' statistics. Throws StorageError
    // when the rows break one of them.
    void restore();

private:
    void setAsideSqliteIndexes(const QStringList &tables);
    Database &m_db;
    QStringList m_restore;  // the statements that rebuild, in order
};

} // namespace Comite
