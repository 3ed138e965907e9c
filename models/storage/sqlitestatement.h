#pragma once
// One statement prepared on the QSQLITE driver's own sqlite3 connection
// (the same library and transaction as QSqlQuery's): the fast path of
// large reads (RowScan) and bulk writes (BulkInsert) on SQLite, without a
// QVariant and a UTF-16 copy per value. Fails through Database::fail, so
// messages read as those of Database::exec.

#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace Comite {

class Database;

class SqliteStatement
{
public:
    // Prepares `sql` on the SQLite database `db`'s connection; counted and
    // logged like Database::exec.
    SqliteStatement(const Database &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Binds `values` to the parameters from `first` (0-based), as the
    // QSQLITE driver would: numbers as numbers, NULL as NULL, the rest as text.
    void bind(const QVariantList &values, int first = 0);
    // Runs to the next row: true on a row, false when done.
    bool step();
    // Ready to bind and run again (bulk writes).
    void reset();
    sqlite3_stmt *handle() const { return m_statement; }

private:
    [[noreturn]] void fail(const QString &what) const;

    const Database &m_db;
    sqlite3 *m_connection;
    QString m_sql;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace Comite
