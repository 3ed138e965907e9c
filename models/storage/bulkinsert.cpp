#include "bulkinsert.h"

#include "database.h"
#include "postgrescopy.h"
#include "sqlitestatement.h"

#include <algorithm>

namespace Comite {

namespace {
// SQLite: bound parameters per statement (its historical limit) and rows:
// a statement's fixed cost (cursors, the statement journal) is spread
// over its rows. One row per statement was slower than QSqlQuery's 1,000;
// 100 was the size measured (`generate` 10k: 4.8 s CPU), others were not.
constexpr int maxParameters = 999;
constexpr int maxRows = 100;
// Rows per COPY: one statement and one round trip for each batch, and a
// child table's batch writes its parents' waiting rows first.
constexpr int maxCopyRows = 20000;
} // namespace

BulkInsert::BulkInsert(Database &db, const QString &table, const QStringList &columns, QList<BulkInsert *> parents,
                       int rowsPerStatement)
    : m_db(db), m_table(table), m_columns(columns), m_parents(std::move(parents))
{
    if (db.backend() == Database::Backend::PostgreSQL) {
        m_rows = rowsPerStatement > 0 ? std::min(rowsPerStatement, maxCopyRows) : maxCopyRows;
        m_copy = std::make_unique<PostgresCopy>(db, table, columns);
        return;
    }
    const int limit = std::max(1, std::min<int>(maxRows, maxParameters / std::max<int>(1, int(columns.size()))));
    m_rows = rowsPerStatement > 0 ? std::min(rowsPerStatement, limit) : limit;
    m_pending.reserve(m_rows * columns.size());
    m_sqlite = std::make_unique<SqliteStatement>(db, statement(m_rows));
}

BulkInsert::~BulkInsert() = default;

QString BulkInsert::statement(int rows) const
{
    const QString one = QLatin1Char('(') + QStringList(m_columns.size(), QStringLiteral("?")).join(u',') + QLatin1Char(')');
    QString values;
    values.reserve(rows * (one.size() + 1));
    for (int i = 0; i < rows; ++i) {
        if (i)
            values += u',';
        values += one;
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table, m_columns.join(QStringLiteral(", "))) + values;
}

void BulkInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    if (m_copy) {
        m_copy->add(row);
        if (m_copy->rows() >= m_rows)
            finish();
        return;
    }
    m_pending += row;
    if (m_pending.size() == qsizetype(m_rows) * m_columns.size())
        write(*m_sqlite, m_rows);
}

void BulkInsert::finish()
{
    if (m_copy) {
        const qsizetype rows = m_copy->rows();
        if (rows == 0)
            return;
        for (BulkInsert *parent : std::as_const(m_parents))
            parent->finish();
        m_copy->send();
        m_written += rows;
        return;
    }
    const int rows = m_columns.isEmpty() ? 0 : int(m_pending.size() / m_columns.size());
    if (rows == 0)
        return;
    // A parent's rows are written before each batch of its children's, a
    // few at a time: its short statements are prepared once per size.
    std::unique_ptr<SqliteStatement> &tail = m_tails[rows];
    if (!tail)
        tail = std::make_unique<SqliteStatement>(m_db, statement(rows));
    write(*tail, rows);
}

void BulkInsert::write(SqliteStatement &statement, int rows)
{
    for (BulkInsert *parent : std::as_const(m_parents))
        parent->finish();
    statement.bind(m_pending);
    statement.step();
    statement.reset();
    m_pending.clear();
    m_written += rows;
}

BulkLoad::BulkLoad(Database &db, int megabytes) : m_db(db)
{
    if (db.backend() != Database::Backend::SQLite)
        return;
    QSqlQuery q = db.exec(QStringLiteral("PRAGMA cache_size"));
    if (q.next())
        m_previous = q.value(0);
    db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-1024 * megabytes));  // negative: KiB
}

BulkLoad::~BulkLoad()
{
    if (!m_previous.isValid())
        return;
    try {
        m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous.toLongLong()));
    } catch (const StorageError &) {
        // The connection keeps the larger cache: slower to nothing.
    }
}

BulkJournal::BulkJournal(Database &db) : m_db(db)
{
    if (db.backend() != Database::Backend::SQLite)
        return;
    // Another connection on the file makes the switch wait for it: it is
    // tried without waiting and given up at once.
    const int timeout = busyTimeout();
    m_db.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    try {
        m_switched = setMode(QStringLiteral("DELETE"));
        if (m_switched)
            m_db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        m_db.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(timeout));
    } catch (const StorageError &) {
        // Busy: the load goes through the log, slower only. Anything else
        // failing here: back to the log before the load starts.
        restore();
        m_db.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(timeout));
        m_switched = false;
    }
}

BulkJournal::~BulkJournal()
{
    if (!m_switched)
        return;
    try {
        restore();
    } catch (const StorageError &) {
        // The file stays in rollback-journal mode until it is next opened
        // (Database::configure sets the log again): as safe, less concurrent.
    }
}

int BulkJournal::busyTimeout() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("PRAGMA busy_timeout"));
    return q.next() ? q.value(0).toInt() : 0;
}

bool BulkJournal::setMode(const QString &mode)
{
    QSqlQuery q = m_db.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(mode));
    return q.next() && q.value(0).toString().compare(mode, Qt::CaseInsensitive) == 0;
}

void BulkJournal::restore()
{
    if (setMode(QStringLiteral("WAL")))
        m_db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

} // namespace Comite
