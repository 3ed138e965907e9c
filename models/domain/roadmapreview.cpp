#include "roadmapreview.h"

#include "indicatorseries.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPalette>

namespace Comite::RoadmapReview {

std::optional<double> attainment(std::optional<double> start, std::optional<double> reached, std::optional<double> target,
                                 IndicatorDirection direction)
{
    if (!reached || !target)
        return std::nullopt;
    double ratio = 0;
    if (start && !qFuzzyCompare(*target + 1.0, *start + 1.0)) {
        ratio = (*reached - *start) / (*target - *start);
    } else if (direction == IndicatorDirection::LowerIsBetter) {
        if (*reached <= 0)
            return *target <= 0 ? std::optional<double>(1.0) : std::nullopt;
        ratio = *target / *reached;
    } else {
        if (qFuzzyIsNull(*target))
            return std::nullopt;
        ratio = *reached / *target;
    }
    return std::max(0.0, ratio);
}

AttainmentStatus status(std::optional<double> attainment)
{
    if (!attainment)
        return AttainmentStatus::NotMeasured;
    // Rounded to the per cent shown, so 99.6 % reads as achieved.
    const double percent = std::round(*attainment * 100.0) / 100.0;
    if (percent >= achievedFrom)
        return AttainmentStatus::Achieved;
    if (percent >= partialFrom)
        return AttainmentStatus::Partial;
    return AttainmentStatus::Missed;
}

QList<ReviewRow> rows(const Roadmap &roadmap, const QHash<qint64, IndicatorSeries> &indicators, QDate today)
{
    QList<ReviewRow> result;
    const QDate until = roadmap.end.isValid() && roadmap.end < today ? roadmap.end : today;
    for (int p = 0; p < roadmap.priorities.size(); ++p) {
        const RoadmapPriority &priority = roadmap.priorities[p];
        for (int e = 0; e < priority.results.size(); ++e) {
            ReviewRow row;
            row.priority = p;
            row.result = e;
            row.priorityTitle = priority.title;
            row.expected = priority.results[e];
            row.start = row.expected.startValue;
            row.reached = row.expected.reachedValue;
            IndicatorDirection direction = IndicatorDirection::HigherIsBetter;
            const auto series = indicators.constFind(row.expected.indicatorId);
            if (row.expected.indicatorId > 0 && series != indicators.cend()) {
                direction = series->indicator.direction;
                if (!row.start) {
                    if (const auto m = series->at(roadmap.start)) {
                        row.start = m->value;
                        row.startMeasured = true;
                    }
                }
                if (!row.reached) {
                    const auto m = series->at(until);
                    if (m && m->date >= roadmap.start) {
                        row.reached = m->value;
                        row.reachedMeasured = true;
                    }
                }
            }
            row.attainment = attainment(row.start, row.reached, row.expected.target, direction);
            row.status = status(row.attainment);
            result << row;
        }
    }
    return result;
}

double coverage(const QList<ReviewRow> &rows)
{
    if (rows.isEmpty())
        return 0;
    const auto withValue = std::count_if(rows.cbegin(), rows.cend(), [](const ReviewRow &r) { return r.reached.has_value(); });
    return double(withValue) / double(rows.size());
}

QString percent(double attainment)
{
    return QCoreApplication::translate("Attainment", "%1 %", "per cent").arg(QLocale().toString(qRound(attainment * 100.0)));
}

QString statusKey(AttainmentStatus status)
{
    switch (status) {
    case AttainmentStatus::NotMeasured: return QStringLiteral("not-measured");
    case AttainmentStatus::Missed: return QStringLiteral("missed");
    case AttainmentStatus::Partial: return QStringLiteral("partial");
    case AttainmentStatus::Achieved: return QStringLiteral("achieved");
    }
    return {};
}

QString statusLabel(AttainmentStatus status)
{
    switch (status) {
    case AttainmentStatus::NotMeasured: return QCoreApplication::translate("Attainment", "Not measured");
    case AttainmentStatus::Missed: return QCoreApplication::translate("Attainment", "Missed");
    case AttainmentStatus::Partial: return QCoreApplication::translate("Attainment", "Partly reached");
    case AttainmentStatus::Achieved: return QCoreApplication::translate("Attainment", "Achieved");
    }
    return {};
}

QColor statusColor(AttainmentStatus status, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (status) {
    case AttainmentStatus::Achieved: return dark ? QColor(0x7d, 0xd8, 0x8f) : QColor(0x18, 0x75, 0x3c);
    case AttainmentStatus::Partial: return dark ? QColor(0xff, 0xc8, 0x5c) : QColor(0x8a, 0x5a, 0x00);
    case AttainmentStatus::Missed: return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case AttainmentStatus::NotMeasured: break;
    }
    return palette.color(QPalette::PlaceholderText);
}

} // namespace Comite::RoadmapReview
