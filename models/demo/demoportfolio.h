#pragma once
// The demo portfolio (resources/demo/portfolio.json): realistic French
// products over several incubators and phases, dated relative to today so
// it always looks current.

#include <QDate>

namespace Comite {

class Database;

namespace DemoPortfolio {
// Writes the demo in one transaction. Throws StorageError when the database
// already holds a portfolio, unless `replace` is set.
void write(Database &db, QDate today, bool replace);
}

} // namespace Comite
