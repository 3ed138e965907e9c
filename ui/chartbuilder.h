#pragma once
// Turns chart data computed in models/ (TimeChart, PortfolioChart) into Qt
// Charts objects styled for reading: the same chart on screen and in the
// exported PNG or SVG file.

#include "chartstyle.h"
#include "charts/chartdata.h"
#include "charts/chartdataportfolio.h"

class QChart;

namespace Comite {

class ChartPointsLayer;

namespace ChartBuilder {
// A new chart; the caller owns it (or gives it to a QChartView).
QChart *timeChart(const TimeChart &data, const ChartStyle &style);
// The products' points, in one layer keyed by their index in `data.points`
// (for tooltips); a legend entry per phase, the median of each phase.
QChart *portfolioChart(const PortfolioChart &data, const ChartStyle &style, ChartPointsLayer **points = nullptr);
// Labels of the value axis: "%.0f" or with decimals for small ranges.
QString labelFormat(double min, double max);
}

} // namespace Comite
