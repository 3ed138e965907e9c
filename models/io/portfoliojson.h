#pragma once
// The portfolio as JSON for the command line (`products`, `product`,
// `summary`). Key names and types are a contract scripts rely on: extend,
// never rename.

#include "storage/workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace Comite::PortfolioJson {
QJsonArray products(Workspace &ws);
std::optional<QJsonObject> product(Workspace &ws, const QString &slug);
QJsonObject summary(Workspace &ws);
// The same figures counted over `rows` (summary() reads them in bulk,
// without sponsors or indicator facts: the counts never use them).
QJsonObject summaryOf(Workspace &ws, const QList<ProductSummary> &rows);
}
