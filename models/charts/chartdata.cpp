#include "chartdata.h"

#include "domain/displayformat.h"

#include <QDateTime>
#include <cmath>

namespace Comite {

bool TimeChart::isEmpty() const
{
    for (const ChartLine &l : lines) {
        if (!l.points.isEmpty() && l.role != ChartLine::Reference)
            return false;
    }
    return true;
}

qreal ChartData::x(QDate date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

QDate ChartData::date(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(x)).date();
}

void ChartData::fitRange(TimeChart &chart, bool fromZero)
{
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    qreal first = std::numeric_limits<qreal>::max();
    qreal last = std::numeric_limits<qreal>::lowest();
    for (const ChartLine &l : std::as_const(chart.lines)) {
        for (const QPointF &p : l.points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
            first = std::min(first, p.x());
            last = std::max(last, p.x());
        }
    }
    if (lo > hi) {
        lo = 0;
        hi = 1;
    }
    if (fromZero && lo > 0)
        lo = 0;
    const double pad = (hi - lo) * 0.08;
    chart.yMin = lo < 0 || !fromZero ? lo - pad : lo;
    chart.yMax = hi > lo ? hi + pad : hi + 1;
    if (first <= last) {
        chart.from = date(first);
        chart.to = date(last);
    }
}

void ChartData::addCommittees(TimeChart &chart, const QList<CommitteeReview> &committees)
{
    for (const CommitteeReview &c : committees) {
        if (c.date >= chart.from && c.date <= chart.to)
            chart.markers << ChartMarker{c.date, tr("Committee %1").arg(DisplayFormat::date(c.date))};
    }
}

TimeChart ChartData::indicator(const IndicatorSeries &s, const QList<CommitteeReview> &committees, QDate today)
{
    TimeChart chart;
    const Indicator &i = s.indicator;
    chart.title = i.northStar ? tr("%1 (North Star)").arg(i.name) : i.name;
    chart.yTitle = i.unit;
    ChartLine measured{i.name, ChartLine::Measured, {}, i.northStar};
    for (const Measurement &m : s.measurements)
        measured.points << QPointF(x(m.date), m.value);
    ChartLine targets{tr("Target"), ChartLine::Target, {}, false};
    for (const IndicatorTarget &t : s.targets)
        targets.points << QPointF(x(t.date), t.value);
    chart.lines << measured << targets;
    QStringList facts;
    if (const auto latest = s.latest()) {
        facts << tr("latest %1 on %2").arg(DisplayFormat::number(latest->value, i.unit), DisplayFormat::date(latest->date));
        ChartLine trajectory{tr("Trajectory"), ChartLine::Trajectory, {QPointF(x(latest->date), latest->value)}, false};
        for (const IndicatorTarget &t : s.targets) {
            if (t.date > latest->date)
                trajectory.points << QPointF(x(t.date), t.value);
        }
        if (trajectory.points.size() > 1)
            chart.lines << trajectory;
    }
    if (const auto target = s.currentTarget(today))
        facts << tr("target %1 by %2").arg(DisplayFormat::number(target->value, i.unit), DisplayFormat::date(target->date));
    if (const auto a = s.attainment(today))
        facts << tr("%1 of the target").arg(DisplayFormat::percent(*a));
    chart.subtitle = facts.join(QStringLiteral(" · "));
    fitRange(chart, i.direction == IndicatorDirection::HigherIsBetter);
    addCommittees(chart, committees);
    return chart;
}

TimeChart ChartData::northStar(const IndicatorSeries &s, QDate today)
{
    TimeChart chart;
    const Indicator &i = s.indicator;
    chart.title = tr("North Star: %1").arg(i.name);
    chart.yTitle = i.unit;
    const QDate since = today.addMonths(-northStarMonths);
    const QList<Measurement> recent = s.between(since, today);
    ChartLine measured{i.name, ChartLine::Measured, {}, true};
    for (const Measurement &m : recent)
        measured.points << QPointF(x(m.date), m.value);
    chart.lines << measured;
    QStringList facts;
    if (!recent.isEmpty()) {
        facts << DisplayFormat::number(recent.last().value, i.unit);
        if (recent.size() > 1 && recent.first().value != 0)
            facts << tr("%1 since %2")
                         .arg(DisplayFormat::change((recent.last().value - recent.first().value) / std::abs(recent.first().value)),
                              DisplayFormat::date(recent.first().date));
    }
    if (const auto target = s.currentTarget(today)) {
        facts << tr("target %1 by %2").arg(DisplayFormat::number(target->value, i.unit), DisplayFormat::date(target->date));
        if (!recent.isEmpty())
            chart.lines << ChartLine{tr("Target"), ChartLine::Reference,
                                     {QPointF(x(recent.first().date), target->value), QPointF(x(recent.last().date), target->value)},
                                     false};
    }
    chart.subtitle = facts.join(QStringLiteral(" · "));
    fitRange(chart, i.direction == IndicatorDirection::HigherIsBetter);
    return chart;
}

TimeChart ChartData::progress(const QList<IndicatorSeries> &list, const QList<CommitteeReview> &committees, QDate today)
{
    TimeChart chart;
    chart.title = tr("Indicators against their targets");
    chart.yTitle = tr("% of the target");
    int shown = 0;
    for (const IndicatorSeries &s : list) {
        if (s.targets.isEmpty() || s.measurements.isEmpty())
            continue;
        ChartLine line{s.indicator.name, ChartLine::Measured, {}, s.indicator.northStar};
        for (const Measurement &m : s.measurements) {
            IndicatorSeries upToThen{s.indicator, {m}, s.targets};
            if (const auto a = upToThen.attainment(m.date))
                line.points << QPointF(x(m.date), std::round(*a * 1000) / 10);
        }
        chart.lines << line;
        ++shown;
    }
    chart.subtitle = tr("%n indicator(s) with targets; 100 %: target reached", nullptr, shown);
    fitRange(chart, true);
    if (chart.from.isValid()) {
        chart.lines << ChartLine{tr("Target reached"), ChartLine::Reference, {QPointF(x(chart.from), 100), QPointF(x(chart.to), 100)}, false};
        chart.yMax = std::max(chart.yMax, 110.0);
    }
    Q_UNUSED(today)
    addCommittees(chart, committees);
    return chart;
}

} // namespace Comite
