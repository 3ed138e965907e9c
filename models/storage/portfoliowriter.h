#pragma once
// Bulk writes of whole portfolios (demo, synthetic data): emptying a
// database and writing many records fast with prepared statements.

#include "domain/product.h"

namespace Comite {

class Database;

namespace PortfolioWriter {
bool isEmpty(Database &db);
// Deletes every portfolio record (products, sessions, organisations…).
void clear(Database &db);
}

} // namespace Comite
