#include "displayformat.h"

#include <QCoreApplication>

namespace Comite::DisplayFormat {

namespace {
QString tr(const char *text, int n)
{
    return QCoreApplication::translate("DisplayFormat", text, nullptr, n);
}
} // namespace

QString date(QDate d, const QLocale &locale)
{
    return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString();
}

QString duration(int days)
{
    if (days < 14)
        return tr("%n day(s)", days);
    if (days < 61)
        return tr("%n week(s)", days / 7);
    const int months = int(days / 30.4375);
    if (months < 12)
        return tr("%n month(s)", months);
    const int years = months / 12;
    const int rest = months % 12;
    if (rest == 0)
        return tr("%n year(s)", years);
    return QCoreApplication::translate("DisplayFormat", "%1 %2", "years and months")
        .arg(tr("%n year(s)", years), tr("%n month(s)", rest));
}

QString euros(qint64 amount, const QLocale &locale)
{
    return locale.toCurrencyString(double(amount), QStringLiteral("€"), 0);
}

} // namespace Comite::DisplayFormat
