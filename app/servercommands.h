#pragma once
// Commands for the shared database: `copy` between SQLite and PostgreSQL.

#include <QStringList>

namespace Comite::ServerCommands {
int copy(const QStringList &arguments);
}
