#pragma once
// The report commands of `comite`: `report programme` (issue 18, item 3),
// the programme's results — funnel per cohort, survival and time in each
// phase, launches and stops per year, six-month objectives reached — as
// PDF, ODT, CSV or HTML, and as JSON with --json. Registered in
// commandline.cpp's table; runs with a GUI application (fonts), offscreen.

#include <QStringList>

namespace Comite::CommandLine::ReportCommands {
// `report programme [--incubator SLUG] [--from YEAR] [--format pdf|odt|csv|html --out FILE] [--json]`
int report(const QStringList &arguments);
}
