#pragma once
// The funding pool commands of `comite`: allocate (the solver's proposal
// for a pool, or a stored scenario, with its figures) and pools (the
// list). Registered in commandline.cpp's table.

#include <QStringList>

namespace Comite::CommandLine::AllocationCommands {
int allocate(const QStringList &arguments);
int pools(const QStringList &arguments);
}
