#include "portfoliowriter.h"

#include "storage/database.h"

namespace Comite::PortfolioWriter {

bool isEmpty(Database &db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT (SELECT count(*) FROM products) + (SELECT count(*) FROM organisations) "
                                         "+ (SELECT count(*) FROM incubators) + (SELECT count(*) FROM sessions)"));
    return !q.next() || q.value(0).toInt() == 0;
}

void clear(Database &db)
{
    // Children go with their parents (ON DELETE CASCADE).
    db.transaction([&] {
        for (const char *table : {"funding_pools", "sessions", "products", "incubators", "organisations"})
            db.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table));
    });
}

} // namespace Comite::PortfolioWriter
