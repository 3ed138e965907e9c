#include "allocationjson.h"

#include <QJsonArray>

namespace Comite::AllocationJson {

namespace {
QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue numberOrNull(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
} // namespace

QJsonObject pool(const FundingPool &p)
{
    QJsonArray incubators;
    for (qint64 id : p.incubatorIds)
        incubators.append(id);
    QJsonArray products;
    for (const PoolProduct &pp : p.products)
        products.append(QJsonObject{{"productId", pp.productId}, {"rule", PoolRules::key(pp.rule)}});
    return QJsonObject{{"id", p.id},
                       {"name", p.name},
                       {"source", p.source},
                       {"start", dateOrNull(p.start)},
                       {"end", dateOrNull(p.end)},
                       {"amount", p.amount},
                       {"maxPerProduct", p.maxPerProduct ? QJsonValue(*p.maxPerProduct) : QJsonValue()},
                       {"incubatorIds", incubators},
                       {"products", products},
                       {"chosenScenarioId", p.chosenScenarioId ? QJsonValue(p.chosenScenarioId) : QJsonValue()}};
}

QJsonObject scenario(const AllocationProblem &problem, const AllocationScenario &s, const std::optional<AllocationProposal> &proposal)
{
    const ScenarioFigures f = problem.figures(s);
    QJsonArray lines;
    QJsonArray unfunded;
    for (const AllocationCandidate &c : problem.candidates()) {
        const AllocationLine *l = s.line(c.productId);
        if (!l || l->amount <= 0) {
            unfunded.append(c.slug);
            continue;
        }
        lines.append(QJsonObject{{"product", c.slug},
                                 {"productId", c.productId},
                                 {"title", c.title},
                                 {"phase", Phases::key(c.phase)},
                                 {"rule", PoolRules::key(c.rule)},
                                 {"request", c.request},
                                 {"minimum", c.minimum},
                                 {"maximum", c.maximum},
                                 {"amount", l->amount},
                                 {"start", dateOrNull(l->start.isValid() ? l->start : problem.pool().start)},
                                 {"end", dateOrNull(l->end.isValid() ? l->end : problem.pool().end)},
                                 {"condition", l->condition},
                                 {"value", c.value}});
    }
    QJsonObject o{{"pool", pool(problem.pool())},
                  {"scenario", s.name},
                  {"scenarioId", s.id ? QJsonValue(s.id) : QJsonValue()},
                  {"origin", ScenarioOrigins::key(s.origin)},
                  {"candidates", int(problem.candidates().size())},
                  {"total", f.total},
                  {"remaining", f.remaining},
                  {"funded", f.funded},
                  {"expectedImpact", f.expectedImpact},
                  {"costPerUse", numberOrNull(f.costPerUse)},
                  {"costPerImpact", numberOrNull(f.costPerImpact)},
                  {"lines", lines},
                  {"unfunded", unfunded}};
    if (proposal) {
        o.insert("solver", QJsonObject{{"name", QStringLiteral("glpk")},
                                       {"status", proposal->optimal ? QStringLiteral("optimal") : QStringLiteral("time-limit")},
                                       {"objective", proposal->objective},
                                       {"seconds", proposal->seconds}});
    }
    return o;
}

QJsonObject failure(const AllocationProblem &problem, const Failure &failure)
{
    return QJsonObject{{"pool", pool(problem.pool())},
                       {"error", failure.message},
                       {"detail", failure.detail},
                       {"mustMinimum", problem.mustMinimum()},
                       {"shortfall", std::max<qint64>(0, problem.mustMinimum() - problem.pool().amount)}};
}

} // namespace Comite::AllocationJson
