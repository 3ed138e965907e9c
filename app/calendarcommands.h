#pragma once
// The calendar command of `comite`: export-ics, a session as a calendar
// invitation. Registered in commandline.cpp's table.

#include <QStringList>

namespace Comite::CommandLine::CalendarCommands {
int exportIcs(const QStringList &arguments);
}
