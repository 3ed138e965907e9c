#pragma once
// What the indicator charts show, computed here and drawn by ui/chartview
// (Subsurface's statsvariables vs statsview): an indicator over time with
// its targets and the committee dates; the North Star over the last six
// months; every indicator as a share of its target. Texts are formatted
// for the current locale (French number formats on a French system).

#include "domain/indicatorseries.h"
#include "domain/product.h"

#include <QCoreApplication>
#include <QPointF>

namespace Comite {

struct ChartLine {
    enum Role {
        Measured,    // the values, line with points
        Target,      // targets, markers
        Trajectory,  // from the latest value to the targets ahead, dashed
        Reference,   // a horizontal reference (100 % of the target), dashed
    };
    QString name;
    Role role = Measured;
    QList<QPointF> points;  // x: ChartData::x(date), y: value
    bool emphasised = false;  // the North Star
};

struct ChartMarker {
    QDate date;
    QString label;  // "Committee 15/03/2026"
};

struct TimeChart {
    QString title;
    QString subtitle;
    QString yTitle;
    QList<ChartLine> lines;
    QList<ChartMarker> markers;  // committees, drawn as vertical lines
    QDate from;
    QDate to;
    double yMin = 0;
    double yMax = 1;
    bool isEmpty() const;
};

class ChartData
{
    Q_DECLARE_TR_FUNCTIONS(ChartData)
public:
    static qreal x(QDate date);  // milliseconds since the epoch, start of day
    static QDate date(qreal x);

    static TimeChart indicator(const IndicatorSeries &series, const QList<CommitteeReview> &committees, QDate today);
    static TimeChart northStar(const IndicatorSeries &series, QDate today);
    // Each indicator with targets as a share of the target it works towards
    // on each day (100 %: reached).
    static TimeChart progress(const QList<IndicatorSeries> &series, const QList<CommitteeReview> &committees, QDate today);
    static constexpr int northStarMonths = 6;

private:
    static void fitRange(TimeChart &chart, bool fromZero);
    static void addCommittees(TimeChart &chart, const QList<CommitteeReview> &committees);
};

} // namespace Comite
