#include "fundingpool.h"

#include <QCoreApplication>

#include <cmath>

namespace Comite {

namespace PoolRules {
QString key(PoolRule rule)
{
    switch (rule) {
    case PoolRule::Must:
        return QStringLiteral("must");
    case PoolRule::MustNot:
        return QStringLiteral("must-not");
    case PoolRule::Eligible:
        break;
    }
    return QStringLiteral("eligible");
}

std::optional<PoolRule> fromKey(QStringView key)
{
    for (PoolRule r : {PoolRule::Eligible, PoolRule::Must, PoolRule::MustNot}) {
        if (key == PoolRules::key(r))
            return r;
    }
    return std::nullopt;
}

QString label(PoolRule rule)
{
    switch (rule) {
    case PoolRule::Must:
        return QCoreApplication::translate("PoolRule", "Must be funded");
    case PoolRule::MustNot:
        return QCoreApplication::translate("PoolRule", "Must not be funded");
    case PoolRule::Eligible:
        break;
    }
    return QCoreApplication::translate("PoolRule", "Eligible");
}
} // namespace PoolRules

int FundingPool::months() const
{
    if (!start.isValid() || !end.isValid() || end < start)
        return 1;
    return std::max(1, int(std::lround(start.daysTo(end.addDays(1)) / 30.44)));
}

PoolRule FundingPool::ruleOf(qint64 productId) const
{
    for (const PoolProduct &p : products) {
        if (p.productId == productId)
            return p.rule;
    }
    return PoolRule::Eligible;
}

bool FundingPool::lists(qint64 productId) const
{
    return std::any_of(products.begin(), products.end(), [productId](const PoolProduct &p) { return p.productId == productId; });
}

qint64 AllocationScenario::total() const
{
    qint64 sum = 0;
    for (const AllocationLine &l : lines)
        sum += l.amount;
    return sum;
}

const AllocationLine *AllocationScenario::line(qint64 productId) const
{
    for (const AllocationLine &l : lines) {
        if (l.productId == productId)
            return &l;
    }
    return nullptr;
}

namespace ScenarioOrigins {
QString key(ScenarioOrigin origin)
{
    return origin == ScenarioOrigin::Solver ? QStringLiteral("solver") : QStringLiteral("manual");
}

ScenarioOrigin fromKey(QStringView key)
{
    return key == u"solver" ? ScenarioOrigin::Solver : ScenarioOrigin::Manual;
}
} // namespace ScenarioOrigins

} // namespace Comite
