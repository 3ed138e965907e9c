#include "indicatorjson.h"

#include "domain/efficiency.h"
#include "domain/indicatorfacts.h"

#include <QJsonArray>
#include <cmath>

namespace Comite::IndicatorJson {

namespace {
QJsonValue rounded(std::optional<double> value, int decimals)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject indicatorJson(const IndicatorSeries &s)
{
    QJsonArray measurements;
    for (const Measurement &m : s.measurements) {
        QJsonObject o{{QStringLiteral("date"), m.date.toString(Qt::ISODate)}, {QStringLiteral("value"), m.value}};
        if (!m.comment.isEmpty())
            o.insert(QStringLiteral("comment"), m.comment);
        measurements.append(o);
    }
    QJsonArray targets;
    for (const IndicatorTarget &t : s.targets)
        targets.append(QJsonObject{{QStringLiteral("date"), t.date.toString(Qt::ISODate)}, {QStringLiteral("value"), t.value}});
    const Indicator &i = s.indicator;
    return QJsonObject{
        {QStringLiteral("name"), i.name},
        {QStringLiteral("kind"), IndicatorKinds::key(i.kind)},
        {QStringLiteral("principle"), ImpactMatrix::key(i.principle)},
        {QStringLiteral("unit"), i.unit},
        {QStringLiteral("direction"), IndicatorDirections::key(i.direction)},
        {QStringLiteral("method"), i.method},
        {QStringLiteral("north_star"), i.northStar},
        {QStringLiteral("mandatory"), i.mandatory.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(i.mandatory)},
        {QStringLiteral("measurements"), measurements},
        {QStringLiteral("targets"), targets},
    };
}
} // namespace

void addProductKeys(Workspace &ws, qint64 productId, QJsonObject &product)
{
    const QList<IndicatorSeries> series = ws.indicators().seriesForProduct(productId);
    const QMap<QString, qint64> spending = ws.spending().actualByMonth(productId);
    QList<QDate> committees;
    for (const CommitteeReview &c : ws.committees().forProduct(productId))
        committees << c.date;

    QJsonArray indicators;
    for (const IndicatorSeries &s : series)
        indicators.append(indicatorJson(s));
    product.insert(QStringLiteral("indicators"), indicators);

    const EfficiencyFigures f = EfficiencyFigures::compute(spending, series, committees, ws.today());
    product.insert(QStringLiteral("efficiency"),
                   QJsonObject{
                       {QStringLiteral("spending_12_months"), f.spending ? QJsonValue(double(*f.spending)) : QJsonValue()},
                       {QStringLiteral("monthly_active_users"), rounded(f.activeUsers, 2)},
                       {QStringLiteral("cost_per_use"), rounded(f.costPerUse, 2)},
                       {QStringLiteral("cost_per_use_change_year"), rounded(f.costPerUseChangeYear(), 4)},
                       {QStringLiteral("cost_per_use_change_committee"), rounded(f.costPerUseChangeCommittee(), 4)},
                       {QStringLiteral("impact_indicator"),
                        f.impactIndicator.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.impactIndicator)},
                       {QStringLiteral("impact_value"), rounded(f.impactValue, 2)},
                       {QStringLiteral("cost_per_impact"), rounded(f.costPerImpact, 2)},
                       {QStringLiteral("cost_per_impact_change_year"), rounded(f.costPerImpactChangeYear(), 4)},
                       {QStringLiteral("cost_per_impact_change_committee"), rounded(f.costPerImpactChangeCommittee(), 4)},
                       {QStringLiteral("previous_committee"), dateOrNull(f.previousCommittee)},
                       {QStringLiteral("worsening_since_committee"), f.worseningSinceCommittee()},
                   });
    const IndicatorFacts facts = IndicatorFacts::from(series, spending, {}, ws.today());
    product.insert(QStringLiteral("missing_mandatory_indicators"), QJsonArray::fromStringList(facts.missingMandatory()));
}

} // namespace Comite::IndicatorJson
