#pragma once
// The indicators and spending of `comite generate`: each synthetic product
// that reached construction gets users, transactions and an impact North
// Star measured monthly with targets, and monthly spending by budget line
// (actual, then six forecast months while it runs). Bulk inserts in the
// caller's transaction; deterministic for a seed and today.

#include "domain/phase.h"

#include "storage/bulkinsert.h"

#include <QDate>

namespace Comite {

class Database;

class SyntheticIndicators
{
public:
    // `products`: the insert of the products (written before their indicators).
    SyntheticIndicators(Database &db, BulkInsert &products, quint32 seed, QDate today);

    // The phases of the product being generated, in order.
    void notePhase(Phase phase, QDate start);
    // Writes the product's indicators and spending, then forgets its phases.
    void write(qint64 productId);
    // After the last product: the rows still waiting are written and the
    // identity sequences follow the ids written.
    void finish();

private:
    void writeIndicator(qint64 productId, const QString &name, const char *kind, const char *principle, const char *fills,
                        const QString &unit, bool northStar, double start, double end, QDate from, QDate until);
    void writeSpending(qint64 productId, QDate from, QDate until, bool running);

    Database &m_db;
    quint32 m_seed;
    QDate m_today;
    BulkInsert m_indicator;
    BulkInsert m_measurement;
    BulkInsert m_target;
    BulkInsert m_spending;
    qint64 m_nextIndicator = 1;
    int m_position = 0;
    quint32 m_product = 0;
    QDate m_construction;  // start of construction, null when never reached
    QDate m_end;           // start of a stop or exit phase
};

} // namespace Comite
