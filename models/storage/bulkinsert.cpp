#include "bulkinsert.h"

#include "database.h"
#include "postgrescopy.h"

#include <algorithm>

namespace Comite {

namespace {
// Bound parameters per statement: PostgreSQL allows 65,535. Qt's SQLite
// driver looks each parameter's name up in a list, a cost that grows with
// the square of their number: there, short statements are faster.
// (999, SQLite's historical limit, measured fastest: `generate` 10k).
int maxParameters(Database::Backend backend)
{
    return backend == Database::Backend::SQLite ? 999 : 30000;
}
constexpr int maxRows = 1000;
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
    const int limit = std::max(1, std::min<int>(maxRows, maxParameters(db.backend()) / std::max<int>(1, int(columns.size()))));
    m_rows = rowsPerStatement > 0 ? std::min(rowsPerStatement, limit) : limit;
    m_pending.reserve(m_rows * columns.size());
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
    if (m_pending.size() < qsizetype(m_rows) * m_columns.size())
        return;
    if (!m_prepared) {
        m_full = m_db.prepare(statement(m_rows));
        m_prepared = true;
    }
    write(m_full, m_rows);
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
    QSqlQuery tail = m_db.prepare(statement(rows));
    write(tail, rows);
}

void BulkInsert::write(QSqlQuery &query, int rows)
{
    for (BulkInsert *parent : std::as_const(m_parents))
        parent->finish();
    Database::exec(query, m_pending);
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

} // namespace Comite
