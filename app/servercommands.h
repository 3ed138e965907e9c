#pragma once
// Commands for the shared database: `init-server` and `copy` between SQLite
// and PostgreSQL.

#include <QStringList>

namespace Comite::ServerCommands {
int copy(const QStringList &arguments);
// Creates the schema and the three roles with their access rules.
int initServer(const QStringList &arguments);
}
