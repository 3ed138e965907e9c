#pragma once
// Reads IndicatorFacts for every product at once (or one product) in three
// set-based queries, so the portfolio of thousands of products keeps
// loading in milliseconds with its indicator warnings.

#include "domain/indicatorfacts.h"
#include "productfilter.h"

#include <QHash>

namespace Comite {

class Database;

namespace IndicatorFactsReader {
// Facts as of `today` for the products that have indicators or spending
// (of every product, one or a list).
QHash<qint64, IndicatorFacts> read(Database &db, QDate today, const ProductFilter &products = {});
}

} // namespace Comite
