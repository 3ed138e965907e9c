#include "portfoliocopy.h"

#include "storage/bulkinsert.h"
#include "storage/bulkschema.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlRecord>

namespace Comite::PortfolioCopy {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PortfolioCopy)
};

qint64 count(Database &db, const QString &table)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toLongLong() : 0;
}
} // namespace

QStringList tables()
{
    QStringList result;
    static const QRegularExpression create(QStringLiteral("^CREATE TABLE (\\w+)"), QRegularExpression::CaseInsensitiveOption);
    for (int v = 1; v <= Migrations::latestVersion(); ++v) {
        for (const QString &statement : Migrations::statements(v, QStringLiteral("QSQLITE"))) {
            const auto m = create.match(statement);
            if (m.hasMatch())
                result << m.captured(1);
        }
    }
    return result;
}

QList<TableCount> copy(Database &from, Database &to)
{
    const QStringList names = tables();
    QList<TableCount> counts;
    const BulkJournal journal(to);
    to.transaction([&] {
        BulkLoad load(to);
        for (const QString &table : names) {
            if (count(to, table) > 0)
                throw StorageError(Tr::tr("%1 already holds data (table %2): copy into an empty database.")
                                       .arg(to.displayName(), table));
        }
        BulkSchema schema(to, names);  // on a server: indexes and foreign keys built once, after the rows
        for (const QString &table : names) {
            QSqlQuery read = from.exec(QStringLiteral("SELECT * FROM %1").arg(table));
            const QSqlRecord record = read.record();
            QStringList columns;
            for (int i = 0; i < record.count(); ++i)
                columns << record.fieldName(i);
            // Tables in the order the migrations create them: a table's
            // parents are written before it.
            BulkInsert write(to, table, columns);
            TableCount tc{table, 0, 0};
            QVariantList values;
            values.reserve(columns.size());
            try {
                while (read.next()) {
                    values.clear();
                    for (int i = 0; i < columns.size(); ++i)
                        values << read.value(i);
                    write.add(values);
                    ++tc.source;
                }
                write.finish();
            } catch (const StorageError &e) {
                // The whole copy is rolled back: say which table refused it.
                throw StorageError(Tr::tr("Nothing was copied into %1: the rows of table %2 were refused (%3).")
                                       .arg(to.displayName(), table, e.message()),
                                   e.detail());
            }
            if (columns.contains(QStringLiteral("id")))
                to.syncIdSequence(table);
            tc.target = count(to, table);
            counts << tc;
        }
        schema.restore();
    });
    return counts;
}

} // namespace Comite::PortfolioCopy
