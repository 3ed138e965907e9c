#pragma once
// A funding pool (a fixed envelope from one source over one period, shared
// among the products it may fund) and its allocation scenarios: one line
// per product with an amount, a period and a condition. Value types, as
// stored by AllocationRepository and edited through ChangeRecord.

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace Comite {

// What a pool says about one product.
enum class PoolRule { Eligible, Must, MustNot };

namespace PoolRules {
QString key(PoolRule rule);  // "eligible", "must", "must-not"
std::optional<PoolRule> fromKey(QStringView key);
QString label(PoolRule rule);  // translated
}

struct PoolProduct {
    qint64 productId = 0;
    PoolRule rule = PoolRule::Eligible;
    bool operator==(const PoolProduct &) const = default;
};

struct FundingPool {
    qint64 id = 0;
    QString name;
    QString source;  // who funds it: a call, a ministry's line…
    QDate start;
    QDate end;
    qint64 amount = 0;                     // euros
    std::optional<qint64> maxPerProduct;   // euros; none: the request
    QList<qint64> incubatorIds;            // may fund their products
    QList<PoolProduct> products;           // listed products and their rule
    qint64 chosenScenarioId = 0;           // 0: none chosen yet

    // Months covered, rounded to the nearest (at least 1).
    int months() const;
    PoolRule ruleOf(qint64 productId) const;  // Eligible when not listed
    bool lists(qint64 productId) const;
    bool operator==(const FundingPool &) const = default;
};

struct AllocationLine {
    qint64 id = 0;
    qint64 productId = 0;
    qint64 amount = 0;  // euros
    QDate start;        // null: the pool's
    QDate end;
    QString condition;  // e.g. "pending proof of impact by March"
    bool operator==(const AllocationLine &) const = default;
};

enum class ScenarioOrigin { Manual, Solver };

struct AllocationScenario {
    qint64 id = 0;
    qint64 poolId = 0;
    QString name;
    ScenarioOrigin origin = ScenarioOrigin::Manual;
    QList<AllocationLine> lines;  // by product id

    qint64 total() const;
    // The line of `productId`, or nullptr.
    const AllocationLine *line(qint64 productId) const;
    bool operator==(const AllocationScenario &) const = default;
};

namespace ScenarioOrigins {
QString key(ScenarioOrigin origin);  // "manual", "solver"
ScenarioOrigin fromKey(QStringView key);
}

} // namespace Comite
