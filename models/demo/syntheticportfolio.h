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
};
// Replaces whatever portfolio the database held, in one transaction.
void write(Database &db, const Options &options);
}

} // namespace Comite
