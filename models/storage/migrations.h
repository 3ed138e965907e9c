#pragma once
// The schema as numbered migrations (resources/sql/NNNN_name.sql), applied in
// order. The schema version is PRAGMA user_version on SQLite, the
// comite_schema table on a server. Numbers run 1, 2, 3… without a gap: a
// missing or doubled number is refused with a message, never skipped.

#include <QMap>
#include <QString>
#include <QStringList>

namespace Comite {

namespace Migrations {
int latestVersion();
// The statements of migration `version`, with dialect placeholders filled.
// Throws StorageError when the migrations have a gap.
QStringList statements(int version, const QString &driverName);
// version → file of the migrations in `folder` (NNNN_name.sql). Throws
// StorageError naming the missing or doubled number.
QMap<int, QString> scan(const QString &folder);
}

} // namespace Comite
