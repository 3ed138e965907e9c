#include "indicatorfacts.h"

namespace Comite {

QStringList IndicatorFacts::missingMandatory() const
{
    return ImpactMatrix::missing(filledMandatory, costPerUse().has_value());
}

bool IndicatorFacts::usageOnly(QDate today) const
{
    const QDate since = today.addMonths(-recentMonths);
    const bool usage = lastUsageMeasurement.isValid() && lastUsageMeasurement > since;
    const bool impact = lastImpactMeasurement.isValid() && lastImpactMeasurement > since;
    return usage && !impact;
}

bool IndicatorFacts::efficiencyWorsening() const
{
    const auto impactNowCost = Efficiency::cost(spendingNow, impactNow);
    const auto impactThen = Efficiency::cost(spendingAtCommittee, impactAtCommittee);
    if (impactNowCost && impactThen)
        return Efficiency::isWorsening(impactNowCost, impactThen);
    return Efficiency::isWorsening(costPerUse(), Efficiency::cost(spendingAtCommittee, usersAtCommittee));
}

IndicatorFacts IndicatorFacts::from(const QList<IndicatorSeries> &indicators, const QMap<QString, qint64> &actualMonthly,
                                    QDate lastCommittee, QDate today)
{
    IndicatorFacts f;
    f.indicatorCount = int(indicators.size());
    QList<Indicator> definitions;
    for (const IndicatorSeries &s : indicators) {
        definitions << s.indicator;
        if (!s.indicator.mandatory.isEmpty() && !f.filledMandatory.contains(s.indicator.mandatory))
            f.filledMandatory << s.indicator.mandatory;
        const auto last = s.at(today);
        if (!last || s.indicator.kind == IndicatorKind::Effort)
            continue;
        QDate &latest = s.indicator.kind == IndicatorKind::Usage ? f.lastUsageMeasurement : f.lastImpactMeasurement;
        if (!latest.isValid() || last->date > latest)
            latest = last->date;
    }
    auto valueOn = [&](int index, QDate d) -> std::optional<double> {
        if (index < 0 || !d.isValid())
            return std::nullopt;
        if (const auto m = indicators[index].at(d))
            return m->value;
        return std::nullopt;
    };
    const int users = Efficiency::usersIndex(definitions);
    const int impact = Efficiency::impactIndex(definitions);
    f.spendingNow = Efficiency::spendingBefore(actualMonthly, today);
    f.spendingAtCommittee = Efficiency::spendingBefore(actualMonthly, lastCommittee);
    f.usersNow = valueOn(users, today);
    f.usersAtCommittee = valueOn(users, lastCommittee);
    f.impactNow = valueOn(impact, today);
    f.impactAtCommittee = valueOn(impact, lastCommittee);
    return f;
}

} // namespace Comite
