#include "spendingentry.h"

#include <QCoreApplication>
#include <QDate>

namespace Comite::BudgetLines {

QStringList keys()
{
    return {QStringLiteral("management"), QStringLiteral("product"), QStringLiteral("development"), QStringLiteral("design"),
            QStringLiteral("growth"), QStringLiteral("data"), QStringLiteral("support"), QStringLiteral("infrastructure")};
}

bool isKey(const QString &key)
{
    return keys().contains(key);
}

QString label(const QString &key)
{
    if (key == u"management")
        return QCoreApplication::translate("BudgetLine", "Management");
    if (key == u"product")
        return QCoreApplication::translate("BudgetLine", "Product");
    if (key == u"development")
        return QCoreApplication::translate("BudgetLine", "Development");
    if (key == u"design")
        return QCoreApplication::translate("BudgetLine", "UX/UI design");
    if (key == u"growth")
        return QCoreApplication::translate("BudgetLine", "Bizdev, growth and communication");
    if (key == u"data")
        return QCoreApplication::translate("BudgetLine", "Data");
    if (key == u"support")
        return QCoreApplication::translate("BudgetLine", "User support");
    if (key == u"infrastructure")
        return QCoreApplication::translate("BudgetLine", "Licences, regulatory and infrastructure");
    return key;
}

bool isMonth(const QString &month)
{
    return month.size() == 7 && QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).isValid();
}

} // namespace Comite::BudgetLines
