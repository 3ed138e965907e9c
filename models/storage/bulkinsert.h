#pragma once
// Writes many rows into one table fast, inside the caller's transaction
// (`generate`, `copy`): on SQLite one INSERT prepared once on the driver's
// own connection for 100 rows at a time (SqliteStatement: no QSqlQuery
// binding by parameter name); on PostgreSQL COPY …
// FROM STDIN in batches of up to 20,000 rows (PostgresCopy). BulkLoad widens SQLite's page
// cache meanwhile so the load does not spill pages to the journal again
// and again.

#include <QStringList>
#include <QVariantList>
#include <map>
#include <memory>

namespace Comite {

class Database;
class PostgresCopy;
class SqliteStatement;

class BulkInsert
{
public:
    // `parents`: the inserts whose rows this table's foreign keys point to;
    // their waiting rows are written before each batch of this one.
    // `rowsPerStatement` 0: as many rows as the bound parameters allow, at
    // most 100 (SQLite); 20,000 rows per COPY (PostgreSQL).
    BulkInsert(Database &db, const QString &table, const QStringList &columns, QList<BulkInsert *> parents = {},
               int rowsPerStatement = 0);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // One row, its values in the order of the columns; written when a batch
    // is full or on finish().
    void add(const QVariantList &row);
    // Writes the rows still waiting (throws StorageError like Database::exec).
    void finish();
    void flush() { finish(); }
    qint64 written() const { return m_written; }
    int rowsPerStatement() const { return m_rows; }

private:
    QString statement(int rows) const;
    void write(SqliteStatement &statement, int rows);

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    QList<BulkInsert *> m_parents;
    int m_rows = 1;
    QVariantList m_pending;
    std::unique_ptr<PostgresCopy> m_copy;       // PostgreSQL: the rows go through COPY
    std::unique_ptr<SqliteStatement> m_sqlite;  // SQLite: m_rows rows per statement, prepared once
    std::map<int, std::unique_ptr<SqliteStatement>> m_tails;  // SQLite: fewer rows, by their number
    qint64 m_written = 0;
};

// While it lives, SQLite keeps up to `megabytes` of pages in memory (the
// previous size comes back after); nothing on PostgreSQL.
class BulkLoad
{
public:
    explicit BulkLoad(Database &db, int megabytes = 256);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

private:
    Database &m_db;
    QVariant m_previous;
};

// While it lives, a SQLite file keeps its changes in a rollback journal
// instead of the write-ahead log, fully synced (WAL and NORMAL come back
// after). A bulk load larger than the page cache spills pages while its
// transaction is open: into the log, every later read of such a page
// searched the log's index, which grows with the load (generate at 100k
// products grew ×11 from 10k); the rollback journal writes them into the
// file itself and keeps only the pages the load overwrites. Made outside a
// transaction. Nothing changes on a server, nor when another connection
// has the file open (SQLite then keeps the log).
class BulkJournal
{
public:
    explicit BulkJournal(Database &db);
    ~BulkJournal();
    BulkJournal(const BulkJournal &) = delete;
    BulkJournal &operator=(const BulkJournal &) = delete;

private:
    int busyTimeout() const;
    bool setMode(const QString &mode);  // whether the file is now in that mode
    void restore();                     // the log, and NORMAL with it

    Database &m_db;
    bool m_switched = false;
};

} // namespace Comite
