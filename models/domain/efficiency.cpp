#include "efficiency.h"

#include <cmath>

namespace Comite {

namespace Efficiency {

QString monthKey(QDate day)
{
    // Written digit by digit: a format string is parsed on every call, and
    // `generate` makes half a million keys.
    const int year = day.year();
    if (!day.isValid() || year < 0 || year > 9999)
        return day.toString(QStringLiteral("yyyy-MM"));
    const int month = day.month();
    const char16_t key[7] = {char16_t(u'0' + year / 1000), char16_t(u'0' + year / 100 % 10), char16_t(u'0' + year / 10 % 10),
                             char16_t(u'0' + year % 10),   u'-',                               char16_t(u'0' + month / 10),
                             char16_t(u'0' + month % 10)};
    return QString(reinterpret_cast<const QChar *>(key), 7);
}

Window window(QDate day)
{
    const QDate first(day.year(), day.month(), 1);
    return {monthKey(first.addMonths(-12)), monthKey(first)};
}

std::optional<qint64> spendingBefore(const QMap<QString, qint64> &monthly, QDate day)
{
    if (!day.isValid())
        return std::nullopt;
    const Window w = window(day);
    std::optional<qint64> total;
    for (auto it = monthly.lowerBound(w.from); it != monthly.cend() && it.key() < w.until; ++it)
        total = total.value_or(0) + it.value();
    return total;
}

std::optional<double> cost(std::optional<qint64> spending, std::optional<double> denominator)
{
    if (!spending || !denominator || *denominator <= 0)
        return std::nullopt;
    return double(*spending) / *denominator;
}

std::optional<double> change(std::optional<double> now, std::optional<double> before)
{
    if (!now || !before || *before == 0)
        return std::nullopt;
    return (*now - *before) / std::abs(*before);
}

bool isWorsening(std::optional<double> now, std::optional<double> before)
{
    const auto c = change(now, before);
    return c && *c > worseningTolerance;
}

int usersIndex(const QList<Indicator> &indicators)
{
    for (int i = 0; i < indicators.size(); ++i) {
        if (indicators[i].mandatory == ImpactMatrix::MonthlyActiveUsers)
            return i;
    }
    return -1;
}

int impactIndex(const QList<Indicator> &indicators)
{
    auto eligible = [](const Indicator &i) {
        return i.kind == IndicatorKind::Impact && i.direction == IndicatorDirection::HigherIsBetter;
    };
    int policy = -1, first = -1;
    for (int i = 0; i < indicators.size(); ++i) {
        if (!eligible(indicators[i]))
            continue;
        if (indicators[i].northStar)
            return i;
        if (policy < 0 && indicators[i].mandatory == QLatin1String("policy-impact"))
            policy = i;
        if (first < 0)
            first = i;
    }
    return policy >= 0 ? policy : first;
}

} // namespace Efficiency

bool EfficiencyFigures::worseningSinceCommittee() const
{
    if (costPerImpact && costPerImpactAtCommittee)
        return Efficiency::isWorsening(costPerImpact, costPerImpactAtCommittee);
    return Efficiency::isWorsening(costPerUse, costPerUseAtCommittee);
}

EfficiencyFigures EfficiencyFigures::compute(const QMap<QString, qint64> &actualMonthly, const QList<IndicatorSeries> &indicators,
                                             const QList<QDate> &committees, QDate day)
{
    EfficiencyFigures f;
    f.day = day;
    for (QDate c : committees) {
        if (c.isValid() && c <= day && (!f.previousCommittee.isValid() || c > f.previousCommittee))
            f.previousCommittee = c;
    }
    QList<Indicator> definitions;
    for (const IndicatorSeries &s : indicators)
        definitions << s.indicator;
    const int users = Efficiency::usersIndex(definitions);
    const int impact = Efficiency::impactIndex(definitions);
    auto valueOn = [&](int index, QDate d) -> std::optional<double> {
        if (index < 0 || !d.isValid())
            return std::nullopt;
        if (const auto m = indicators[index].at(d))
            return m->value;
        return std::nullopt;
    };
    auto costOn = [&](int index, QDate d) {
        return Efficiency::cost(Efficiency::spendingBefore(actualMonthly, d), valueOn(index, d));
    };
    f.spending = Efficiency::spendingBefore(actualMonthly, day);
    f.activeUsers = valueOn(users, day);
    if (impact >= 0)
        f.impactIndicator = indicators[impact].indicator.name;
    f.impactValue = valueOn(impact, day);
    const QDate yearAgo = day.addYears(-1);
    f.costPerUse = Efficiency::cost(f.spending, f.activeUsers);
    f.costPerUseYearAgo = costOn(users, yearAgo);
    f.costPerUseAtCommittee = costOn(users, f.previousCommittee);
    f.costPerImpact = Efficiency::cost(f.spending, f.impactValue);
    f.costPerImpactYearAgo = costOn(impact, yearAgo);
    f.costPerImpactAtCommittee = costOn(impact, f.previousCommittee);
    return f;
}

} // namespace Comite
