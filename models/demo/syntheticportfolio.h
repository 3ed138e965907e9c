#pragma once
// A deterministic synthetic portfolio for benchmarks (`comite generate`):
// N products whose histories span M months up to `today`, with phases and
// committees every six months or so. Same seed and today, same database.

#include <QDate>

namespace Comite {

class Database;

namespace SyntheticPortfolio {
struct Options {
    int products = 100;
    int months = 24;
    quint32 seed = 1;
    QDate today;
    bool replace = false;  // replace a portfolio already there (--force)
};
// Writes the portfolio in one transaction. A database that already holds a
// portfolio is refused (StorageError naming the file and how many products
// it holds) unless `replace` is set; then that portfolio is replaced.
void write(Database &db, const Options &options);
}

} // namespace Comite
