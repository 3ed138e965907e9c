#pragma once
// An indicator of a product (effort, usage or impact; DESIGN.md §1) with
// its measurements and targets, as stored and edited, and the stable keys
// of its kinds and directions.

#include "impactmatrix.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace Comite {

enum class IndicatorKind { Effort, Usage, Impact };

// Whether a rising value is good news (users) or bad news (delay, cost).
enum class IndicatorDirection { HigherIsBetter, LowerIsBetter };

struct Indicator {
    qint64 id = 0;
    qint64 productId = 0;
    int position = 0;
    QString name;
    IndicatorKind kind = IndicatorKind::Usage;
    MatrixPrinciple principle = MatrixPrinciple::Used;
    QString unit;
    IndicatorDirection direction = IndicatorDirection::HigherIsBetter;
    QString method;     // how it is measured and where the figure comes from
    bool northStar = false;
    QString mandatory;  // key of the mandatory matrix indicator it fills, or empty
    bool operator==(const Indicator &) const = default;
};

struct Measurement {
    qint64 id = 0;
    qint64 indicatorId = 0;
    QDate date;
    double value = 0;
    QString comment;
    bool operator==(const Measurement &) const = default;
};

struct IndicatorTarget {
    qint64 id = 0;
    qint64 indicatorId = 0;
    QDate date;
    double value = 0;
    bool operator==(const IndicatorTarget &) const = default;
};

namespace IndicatorKinds {
QList<IndicatorKind> all();
QString key(IndicatorKind kind);  // "effort", "usage", "impact"
std::optional<IndicatorKind> fromKey(QStringView key);
QString label(IndicatorKind kind);  // translated
}

namespace IndicatorDirections {
QString key(IndicatorDirection direction);  // "higher", "lower"
std::optional<IndicatorDirection> fromKey(QStringView key);
QString label(IndicatorDirection direction);  // translated
}

} // namespace Comite
