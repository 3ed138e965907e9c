#pragma once
// The follow-up register on the command line: `comite followups [--product
// SLUG] [--open] --json` lists the actions, conditions and blockers of the
// decisions with their status, due date and history. Registered in
// commandline.cpp's table.

#include "commandsupport.h"

namespace Comite::CommandLine::FollowupCommands {
int followups(const QStringList &arguments);
}
