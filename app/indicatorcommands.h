#pragma once
// The indicator commands of `comite`: import-measurements (a CSV file of
// measurements, all or nothing) and export-chart (a product's charts as
// PNG or SVG, rendered offscreen). Registered in commandline.cpp's table.

#include <QStringList>

namespace Comite::CommandLine::IndicatorCommands {
int importMeasurements(const QStringList &arguments);
int exportChart(const QStringList &arguments);
}
