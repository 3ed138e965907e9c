#pragma once
// What the programme report's charts show, computed here and drawn by
// ui/programmereportwindow (Qt Charts) and ProgrammeChartPainter (the
// documents): the funnel per cohort and the launches/stops per year as
// grouped bars, the Kaplan–Meier curve of each phase as steps.

#include "programmereport.h"

#include <QColor>
#include <QPointF>
#include <QStringList>

namespace Comite {

struct ProgrammeChart {
    enum Kind { Bars, Steps };
    Kind kind = Bars;
    QString title;
    QString xTitle;
    QString yTitle;
    QStringList series;       // one name per bar of a group, or per line
    QList<QColor> colours;    // one per series
    // Bars: one label per group and, per series, its values in group order.
    QStringList groups;
    QList<QList<double>> values;
    // Steps: per series, the curve's corners (x: months, y: per cent).
    QList<QList<QPointF>> lines;
    double xMax = 1;
    double yMax = 1;
    bool isEmpty() const;
};

class ProgrammeCharts
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeCharts)
public:
    static ProgrammeChart funnel(const ProgrammeReport &report);
    static ProgrammeChart survival(const ProgrammeReport &report);
    static ProgrammeChart years(const ProgrammeReport &report);
    // Days as months (30.44 days), for the x axis.
    static double months(int days) { return days / 30.4375; }
};

} // namespace Comite
