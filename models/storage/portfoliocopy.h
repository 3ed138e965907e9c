#pragma once
// Copies a whole portfolio from one database to another (SQLite file or
// PostgreSQL server, either way): every table of the schema, ids kept, in
// one transaction on the target, which must be empty.

#include <QList>
#include <QString>

namespace Comite {

class Database;

namespace PortfolioCopy {
struct TableCount {
    QString table;
    qint64 source = 0;
    qint64 target = 0;
};
// The tables of the schema, parents before children (migration order).
QStringList tables();
// Throws StorageError (nothing written) when the target is not empty or a
// write fails. Returns the record counts read and written, table by table.
QList<TableCount> copy(Database &from, Database &to);
}

} // namespace Comite
