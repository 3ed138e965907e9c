#pragma once
// Reads and writes products' monthly spending by budget line, actual and
// forecast (table `spending`). Efficiency reads actual spending; the
// roadmaps and budget feature edits both.

#include "productfilter.h"
#include "productsums.h"
#include "spendingentry.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <optional>

namespace Comite {

class Database;
class RowScan;

class SpendingRepository
{
public:
    explicit SpendingRepository(Database &db) : m_db(db) {}

    // By month, then budget line order, actual before forecast.
    QList<SpendingEntry> forProduct(qint64 productId) const;
    // Actual spending summed over the lines, by month ("YYYY-MM").
    QMap<QString, qint64> actualByMonth(qint64 productId) const;

    qint64 insert(const SpendingEntry &entry);  // keeps entry.id when set
    void update(const SpendingEntry &entry);
    void remove(qint64 id);
    // Replaces every entry of the product (both actual and forecast).
    void replaceForProduct(qint64 productId, const QList<SpendingEntry> &entries);

    // Set-based, for the portfolio: actual spending per product in months
    // [from, until) — or of one product, or a list, only. In product id
    // order; a product without spending in the window is left out.
    ProductSums::Sums actualTotals(const QString &from, const QString &until, const ProductFilter &products = {}) const;
    // Actual spending per product over the 12 months before the month of
    // its last held committee (Efficiency::window of that day).
    ProductSums::Sums actualTotalsBeforeLastCommittee(const ProductFilter &products = {}) const;

private:
    bool sumsInProcess() const;
    ProductSums::Sums sumByProduct(RowScan &rows, const ProductFilter &products) const;
    Database &m_db;
};

} // namespace Comite
