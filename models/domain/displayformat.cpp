#include "displayformat.h"

#include <QCoreApplication>

#include <cmath>

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

QString longDate(QDate d, const QLocale &locale)
{
    if (!d.isValid())
        return {};
    if (locale.language() == QLocale::French && d.day() == 1)
        return locale.toString(d, QStringLiteral("'1er' MMMM yyyy"));
    return locale.toString(d, QStringLiteral("d MMMM yyyy"));
}

QString frenchSpacing(const QString &text)
{
    constexpr QChar nbsp(0x00a0), narrow(0x202f);
    QString result = text;
    for (qsizetype i = 0; i < result.size(); ++i) {
        const QChar c = result[i];
        const bool space = c == u' ' || c == nbsp || c == narrow;
        if (space && i + 1 < result.size()) {
            const QChar next = result[i + 1];
            if (next == u';' || next == u'!' || next == u'?')
                result[i] = narrow;
            else if (next == u':' || next == u'%' || next == QChar(0x20ac) || next == QChar(0x00bb))
                result[i] = nbsp;
        }
        if (space && i > 0 && result[i - 1] == QChar(0x00ab))
            result[i] = nbsp;
    }
    return result;
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

QString number(double value, const QString &unit, const QLocale &locale)
{
    const double size = std::abs(value);
    const int decimals = size >= 1000 || value == std::round(value) ? 0 : size >= 100 ? 1 : 2;
    QString text = locale.toString(value, 'f', decimals);
    if (decimals > 0) {
        const QString point = locale.decimalPoint();
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return unit.isEmpty() ? text : text + QChar(0x00a0) + unit;
}

QString percent(double fraction, const QLocale &locale)
{
    const QString value = number(std::round(fraction * 1000) / 10, {}, locale);
    // French puts a non-breaking space before the sign, English none.
    return locale.language() == QLocale::French ? value + QChar(0x00a0) + u'%' : value + u'%';
}

QString change(double fraction, const QLocale &locale)
{
    const QString magnitude = percent(std::abs(fraction), locale);
    if (std::round(std::abs(fraction) * 1000) == 0)
        return magnitude;
    return (fraction > 0 ? QStringLiteral("+") : QString(QChar(0x2212))) + magnitude;
}

QString cost(double euros, const QLocale &locale)
{
    return locale.toCurrencyString(euros, QStringLiteral("€"), std::abs(euros) < 100 ? 2 : 0);
}

} // namespace Comite::DisplayFormat
