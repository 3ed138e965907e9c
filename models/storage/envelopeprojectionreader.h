#pragma once
// Projects every product's budget at once (or one product's) in two
// set-based queries — envelopes, then spending summed by month — so the
// portfolio can show when each envelope runs out and keep loading fast.

#include "domain/budgetprojection.h"
#include "productfilter.h"
#include "spendingentry.h"

#include <QHash>
#include <optional>

namespace Comite {

class Database;

namespace EnvelopeProjectionReader {
// Projections as of `today` for the products that have dated envelopes.
QHash<qint64, BudgetProjection> read(Database &db, QDate today, const ProductFilter &products = {});
// A product's spending entries summed over the lines, by month.
QMap<QString, MonthSpending> monthly(const QList<SpendingEntry> &entries);
}

} // namespace Comite
