#pragma once
// The review of a roadmap's period: for each expected result its target,
// the value six months ago and today, the attainment in per cent and a
// status with its colour. Values typed in the review win; otherwise they
// are read from the result's indicator measurements.

#include "indicatorseries.h"
#include "roadmap.h"

#include <QColor>
#include <QHash>

class QPalette;

namespace Comite {

enum class AttainmentStatus { NotMeasured, Missed, Partial, Achieved };

struct ReviewRow {
    int priority = 0;  // index in the roadmap
    int result = 0;    // index in the priority
    QString priorityTitle;
    ExpectedResult expected;
    std::optional<double> start;    // value six months ago
    std::optional<double> reached;  // value today
    bool startMeasured = false;     // read from the indicator, not typed
    bool reachedMeasured = false;
    std::optional<double> attainment;  // 1.0 = 100 %
    AttainmentStatus status = AttainmentStatus::NotMeasured;
    bool operator==(const ReviewRow &) const = default;
};

namespace RoadmapReview {
// Thresholds of the statuses: achieved from 100 %, partly from 50 %.
constexpr double achievedFrom = 1.0;
constexpr double partialFrom = 0.5;

// How far `reached` went towards `target`: from `start` when known
// ((reached − start) / (target − start)), else as a ratio (reached /
// target, or target / reached when lower is better). Never negative;
// may pass 1. Null when it cannot be computed.
std::optional<double> attainment(std::optional<double> start, std::optional<double> reached, std::optional<double> target,
                                 IndicatorDirection direction = IndicatorDirection::HigherIsBetter);
AttainmentStatus status(std::optional<double> attainment);

// The rows of `roadmap`'s review on `today`: `indicators` by id give the
// measurements of tied results (value on or before the start, and the
// latest on or before the end or today, whichever is earlier).
QList<ReviewRow> rows(const Roadmap &roadmap, const QHash<qint64, IndicatorSeries> &indicators, QDate today);
// Results with a value today, over all results (0 when there is none).
double coverage(const QList<ReviewRow> &rows);

// "60 %" in the user's language.
QString percent(double attainment);
QString statusKey(AttainmentStatus status);  // "not-measured", "missed", "partial", "achieved"
QString statusLabel(AttainmentStatus status);  // translated
// Green, amber, red or grey, readable on `palette`'s base (dark or light).
QColor statusColor(AttainmentStatus status, const QPalette &palette);
}

} // namespace Comite
