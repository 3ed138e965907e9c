#pragma once
// Reads IndicatorFacts for every product at once (or one product) in three
// set-based queries, so the portfolio of thousands of products keeps
// loading in milliseconds with its indicator warnings.

#include "domain/indicatorfacts.h"

#include <QHash>
#include <optional>

namespace Comite {

class Database;

namespace IndicatorFactsReader {
// Facts as of `today` for the products that have indicators or spending.
QHash<qint64, IndicatorFacts> read(Database &db, QDate today, std::optional<qint64> productId = std::nullopt);
}

} // namespace Comite
