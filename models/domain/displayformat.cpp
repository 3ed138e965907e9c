#include "displayformat.h"

#include <QCoreApplication>

namespace Comite::DisplayFormat {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
};
} // namespace

QString date(QDate d, const QLocale &locale)
{
    return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString();
}

QString duration(int days)
{
    if (days < 14)
        return Tr::tr("%n day(s)", nullptr, days);
    if (days < 61)
        return Tr::tr("%n week(s)", nullptr, days / 7);
    const int months = int(days / 30.4375);
    if (months < 12)
        return Tr::tr("%n month(s)", nullptr, months);
    const int years = months / 12;
    const int rest = months % 12;
    if (rest == 0)
        return Tr::tr("%n year(s)", nullptr, years);
    return QCoreApplication::translate("DisplayFormat", "%1 %2", "years and months")
        .arg(Tr::tr("%n year(s)", nullptr, years), Tr::tr("%n month(s)", nullptr, rest));
}

QString euros(qint64 amount, const QLocale &locale)
{
    return locale.toCurrencyString(double(amount), QStringLiteral("€"), 0);
}

} // namespace Comite::DisplayFormat
