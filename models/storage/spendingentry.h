#pragma once
// One month of a product's spending on one budget line, actual or
// forecast, in whole euros; and the budget lines of committee requests
// (DESIGN.md §1) with their stable keys and labels.

#include <QString>
#include <QStringList>

namespace Comite {

struct SpendingEntry {
    qint64 id = 0;
    qint64 productId = 0;
    QString month;  // "YYYY-MM"
    QString line;   // a BudgetLines key
    qint64 amount = 0;
    bool forecast = false;
    bool operator==(const SpendingEntry &) const = default;
};

namespace BudgetLines {
// management, product, development, design, growth, data, support,
// infrastructure: the order of a committee request.
QStringList keys();
bool isKey(const QString &key);
QString label(const QString &key);  // translated: "UX/UI design"…
bool isMonth(const QString &month);  // "YYYY-MM"
}

} // namespace Comite
