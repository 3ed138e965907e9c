#pragma once
// The schema as numbered migrations (resources/sql/NNNN_name.sql), applied in
// order. The schema version is PRAGMA user_version on SQLite.

#include <QString>
#include <QStringList>

namespace Comite {

namespace Migrations {
int latestVersion();
// The statements of migration `version`, with dialect placeholders filled.
QStringList statements(int version, const QString &driverName);
}

} // namespace Comite
