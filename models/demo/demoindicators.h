#pragma once
// The indicators and spending of the demo portfolio: each product of
// resources/demo/portfolio.json may hold compact definitions ("indicators":
// name, kind, principle, the mandatory indicator it fills, start and end
// values, targets; "spending": monthly amounts) from which plausible
// monthly series are generated, the same on every run for a given today.

#include <QDate>
#include <QJsonObject>

namespace Comite {

class Database;

namespace DemoIndicators {
// Writes the product's indicators with their measurements and targets, and
// its monthly spending (actual until last month, forecast for six months
// while it runs), inside the caller's transaction.
void write(Database &db, QDate today, qint64 productId, const QJsonObject &product);
}

} // namespace Comite
