#include "spendingrepository.h"

#include "database.h"
#include "rowscan.h"

#include <QSqlQuery>

namespace Comite {

namespace {
SpendingEntry readEntry(const QSqlQuery &q)
{
    return SpendingEntry{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toLongLong(), q.value(5).toInt() != 0};
}

int lineOrder(const QString &line)
{
    return int(BudgetLines::keys().indexOf(line));
}

} // namespace

QList<SpendingEntry> SpendingRepository::forProduct(qint64 productId) const
{
    QList<SpendingEntry> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, product_id, month, line, amount, forecast FROM spending "
                                           "WHERE product_id = ? ORDER BY month, forecast, id"),
                            {productId});
    while (q.next())
        result << readEntry(q);
    std::stable_sort(result.begin(), result.end(), [](const SpendingEntry &a, const SpendingEntry &b) {
        if (a.month != b.month)
            return a.month < b.month;
        if (a.forecast != b.forecast)
            return !a.forecast;
        return lineOrder(a.line) < lineOrder(b.line);
    });
    return result;
}

QMap<QString, qint64> SpendingRepository::actualByMonth(qint64 productId) const
{
    QMap<QString, qint64> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT month, SUM(amount) FROM spending WHERE product_id = ? AND forecast = 0 "
                                           "GROUP BY month ORDER BY month"),
                            {productId});
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toLongLong());
    return result;
}

qint64 SpendingRepository::insert(const SpendingEntry &e)
{
    qint64 id = 0;
    m_db.transaction([&] {
        if (e.id > 0) {
            m_db.exec(QStringLiteral("INSERT INTO spending (id, product_id, month, line, amount, forecast) VALUES (?, ?, ?, ?, ?, ?)"),
                      {e.id, e.productId, e.month, e.line, e.amount, e.forecast ? 1 : 0});
            id = e.id;
        } else {
            QSqlQuery q = m_db.exec(QStringLiteral("INSERT INTO spending (product_id, month, line, amount, forecast) VALUES (?, ?, ?, ?, ?)"),
                                    {e.productId, e.month, e.line, e.amount, e.forecast ? 1 : 0});
            id = m_db.lastInsertId(q);
        }
    });
    return id;
}

void SpendingRepository::update(const SpendingEntry &e)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE spending SET month = ?, line = ?, amount = ?, forecast = ? WHERE id = ?"),
                  {e.month, e.line, e.amount, e.forecast ? 1 : 0, e.id});
    });
}

void SpendingRepository::remove(qint64 id)
{
    m_db.transaction([&] { m_db.exec(QStringLiteral("DELETE FROM spending WHERE id = ?"), {id}); });
}

void SpendingRepository::replaceForProduct(qint64 productId, const QList<SpendingEntry> &entries)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("DELETE FROM spending WHERE product_id = ?"), {productId});
        QSqlQuery insert = m_db.prepare(QStringLiteral("INSERT INTO spending (product_id, month, line, amount, forecast) "
                                                       "VALUES (?, ?, ?, ?, ?)"));
        for (const SpendingEntry &e : entries)
            Database::exec(insert, {productId, e.month, e.line, e.amount, e.forecast ? 1 : 0});
    });
}

// SQLite sums the rows here, in a hash: its GROUP BY would sort them in a
// temporary B-tree, which grows faster than the rows (×11.9 from 10,000 to
// 100,000 products). A server aggregates them itself, sending one row per
// product instead of all of them.
bool SpendingRepository::sumsInProcess() const
{
    return m_db.backend() == Database::Backend::SQLite;
}

// Rows of (product_id, amount). Over every product the sums are kept by id
// in an array spanning the spending's product ids (ProductSums); a list
// of products is small, summed in a hash.
ProductSums::Sums SpendingRepository::sumByProduct(RowScan &rows, const ProductFilter &products) const
{
    qint64 first = 1, last = 0;
    if (products.isAll()) {
        // Two subqueries: each is one index seek (one MIN and MAX together
        // would scan the table on SQLite).
        RowScan range(m_db, QStringLiteral("SELECT (SELECT MIN(product_id) FROM spending), (SELECT MAX(product_id) FROM spending)"));
        if (range.next() && !range.isNull(0)) {
            first = range.integer(0);
            last = range.integer(1);
        }
    }
    ProductSums sums(first, last);
    while (rows.next())
        sums.add(rows.integer(0), rows.integer(1));
    return sums.inIdOrder();
}

ProductSums::Sums SpendingRepository::actualTotals(const QString &from, const QString &until,
                                                       const ProductFilter &products) const
{
    QVariantList bindings{from, until};
    const bool sumHere = sumsInProcess();
    QString sql = (sumHere ? QStringLiteral("SELECT product_id, amount") : QStringLiteral("SELECT product_id, SUM(amount)"))
                  + QStringLiteral(" FROM spending WHERE forecast = 0 AND month >= ? AND month < ?")
                  + products.andWhere(QStringLiteral("product_id"));
    RowScan q(m_db, sql + (sumHere ? QString() : QStringLiteral(" GROUP BY product_id")), bindings);
    return sumByProduct(q, products);
}

ProductSums::Sums SpendingRepository::actualTotalsBeforeLastCommittee(const ProductFilter &products) const
{
    // The window is [same month a year before, month of the committee):
    // 'YYYY-MM' a year earlier is the year minus one with the same month,
    // computed with portable string functions.
    QVariantList bindings;
    const QString filter = products.andWhere(QStringLiteral("sp.product_id"));
    const bool sumHere = sumsInProcess();
    RowScan q(
        m_db,
        (sumHere ? QStringLiteral("SELECT s.product_id, s.amount") : QStringLiteral("SELECT s.product_id, SUM(s.amount)"))
            + QStringLiteral(" FROM spending s JOIN ("
                       "SELECT sp.product_id AS product_id, MAX(se.starts_at) AS last FROM session_products sp "
                       "JOIN sessions se ON se.id = sp.session_id WHERE se.status = 'held'")
            + filter
            + QStringLiteral(" GROUP BY sp.product_id) lc ON lc.product_id = s.product_id "
                             "WHERE s.forecast = 0 AND s.month < substr(lc.last, 1, 7) "
                             "AND s.month >= CAST(CAST(substr(lc.last, 1, 4) AS INTEGER) - 1 AS TEXT) || substr(lc.last, 5, 3)")
            + (sumHere ? QString() : QStringLiteral(" GROUP BY s.product_id")),
        bindings);
    return sumByProduct(q, products);
}

} // namespace Comite
