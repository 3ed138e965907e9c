#pragma once
// Turns chart data computed in models/ (TimeChart, PortfolioChart) into Qt
// Charts objects styled for reading: the same chart on screen and in the
// exported PNG or SVG file.

#include "chartstyle.h"
#include "charts/chartdata.h"
#include "charts/chartdataportfolio.h"

class QChart;
class QScatterSeries;

namespace Comite {

namespace ChartBuilder {
// A new chart; the caller owns it (or gives it to a QChartView).
QChart *timeChart(const TimeChart &data, const ChartStyle &style);
// One scatter series per phase, in `data.phases` order (for tooltips).
QChart *portfolioChart(const PortfolioChart &data, const ChartStyle &style, QList<QScatterSeries *> *phaseSeries = nullptr);
// Labels of the value axis: "%.0f" or with decimals for small ranges.
QString labelFormat(double min, double max);
}

} // namespace Comite
