#include "envelopeprojectionreader.h"

#include "database.h"
#include "rowscan.h"
#include "enveloperepository.h"


namespace Comite::EnvelopeProjectionReader {

QHash<qint64, BudgetProjection> read(Database &db, QDate today, const ProductFilter &products)
{
    QHash<qint64, BudgetProjection> result;
    const QHash<qint64, QList<Envelope>> envelopes = EnvelopeRepository(db).dated(products);
    if (envelopes.isEmpty())
        return result;
    // Only the months a projection reads: from the earliest funding window
    // and the burn rate's look-back.
    QDate from = QDate(today.year(), today.month(), 1).addMonths(-2 * BudgetProjection::burnWindow);
    for (auto it = envelopes.cbegin(); it != envelopes.cend(); ++it) {
        const FundingWindow window = BudgetProjection::fundingWindow(it.value(), today);
        if (!window.isEmpty() && window.start < from)
            from = window.start;
    }
    QHash<qint64, QMap<QString, MonthSpending>> monthly;
    QString sql = QStringLiteral("SELECT product_id, month, forecast, SUM(amount) FROM spending WHERE month >= ?");
    QVariantList bindings{BudgetProjection::monthKey(from)};
    if (!products.isAll()) {
        sql += QStringLiteral(" AND ") + products.condition(QStringLiteral("product_id"));
    } else {
        sql += QStringLiteral(" AND product_id IN (SELECT product_id FROM envelopes WHERE start_date IS NOT NULL)");
    }
    RowScan q(db, sql + QStringLiteral(" GROUP BY product_id, month, forecast"), bindings);
    while (q.next()) {
        MonthSpending &m = monthly[q.integer(0)][q.text(1)];
        (q.integer(2) != 0 ? m.forecast : m.actual) = q.integer(3);
    }
    for (auto it = envelopes.cbegin(); it != envelopes.cend(); ++it)
        result.insert(it.key(), BudgetProjection::compute(it.value(), monthly.value(it.key()), today));
    return result;
}

QMap<QString, MonthSpending> monthly(const QList<SpendingEntry> &entries)
{
    QMap<QString, MonthSpending> result;
    for (const SpendingEntry &e : entries) {
        MonthSpending &m = result[e.month];
        std::optional<qint64> &slot = e.forecast ? m.forecast : m.actual;
        slot = slot.value_or(0) + e.amount;
    }
    return result;
}

} // namespace Comite::EnvelopeProjectionReader
