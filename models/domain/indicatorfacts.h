#pragma once
// What the portfolio needs to know about a product's indicators and
// spending to raise its warnings (usage only, missing mandatory matrix
// indicators, efficiency worsening), read in a few set-based queries for
// every product at once (IndicatorRepository::readFacts).

#include "efficiency.h"

#include <QStringList>

namespace Comite {

struct IndicatorFacts {
    int indicatorCount = 0;
    QStringList filledMandatory;  // mandatory keys the indicators fill
    QDate lastUsageMeasurement;   // latest measurement of a usage indicator
    QDate lastImpactMeasurement;  // latest measurement of an impact indicator
    // Inputs of the efficiency: on the day the facts were read ("now") and
    // on the day of the last committee.
    std::optional<qint64> spendingNow;
    std::optional<qint64> spendingAtCommittee;
    std::optional<double> usersNow;
    std::optional<double> usersAtCommittee;
    std::optional<double> impactNow;
    std::optional<double> impactAtCommittee;

    std::optional<double> costPerUse() const { return Efficiency::cost(spendingNow, usersNow); }
    std::optional<double> costPerImpact() const { return Efficiency::cost(spendingNow, impactNow); }
    QStringList missingMandatory() const;
    // Usage measured in the six months before `today`, impact not.
    bool usageOnly(QDate today) const;
    // Same rule as EfficiencyFigures::worseningSinceCommittee.
    bool efficiencyWorsening() const;

    // The same facts from a product's full data (the product view, tests).
    static IndicatorFacts from(const QList<IndicatorSeries> &indicators, const QMap<QString, qint64> &actualMonthly,
                               QDate lastCommittee, QDate today);
    static constexpr int recentMonths = 6;
};

} // namespace Comite
