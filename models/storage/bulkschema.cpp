#include "bulkschema.h"

#include "database.h"

#include <QSqlQuery>

namespace Comite {

namespace {
// The table names as SQL string literals, comma-separated (our own names,
// quoted anyway).
QString nameLiterals(const QStringList &tables)
{
    QStringList literals;
    for (const QString &t : tables)
        literals << u'\'' + QString(t).replace(u'\'', QStringLiteral("''")) + u'\'';
    return literals.join(u',');
}

// The tables as a regclass[] literal.
QString tableArray(const QStringList &tables)
{
    return QStringLiteral("ARRAY[%1]::regclass[]").arg(nameLiterals(tables));
}

bool allEmpty(Database &db, const QStringList &tables)
{
    QStringList tests;
    for (const QString &t : tables)
        tests << QStringLiteral("NOT EXISTS (SELECT 1 FROM %1)").arg(t);
    QSqlQuery q = db.exec(QStringLiteral("SELECT ") + tests.join(QStringLiteral(" AND ")));
    return q.next() && q.value(0).toBool();
}
} // namespace

BulkSchema::BulkSchema(Database &db, const QStringList &tables) : m_db(db)
{
    if (tables.isEmpty() || !allEmpty(db, tables))
        return;
    if (db.backend() == Database::Backend::SQLite) {
        setAsideSqliteIndexes(tables);
        return;
    }
    const QString t = tableArray(tables);
    // Foreign keys of the tables and into them (a key cannot go while one
    // points at it), then their keys, then the indexes no constraint uses.
    const QString involved =
        QStringLiteral("(c.contype = 'f' AND (c.conrelid = ANY(%1) OR c.confrelid = ANY(%1))) "
                       "OR (c.contype IN ('p', 'u') AND c.conrelid = ANY(%1))")
            .arg(t);
    // Only the owner may drop and recreate them; anyone else loads row by row.
    QSqlQuery owner = db.exec(QStringLiteral("SELECT bool_and(pg_has_role(r.relowner, 'USAGE')) FROM pg_class r "
                                             "WHERE r.oid = ANY(%1) OR r.oid IN (SELECT c.conrelid FROM pg_constraint c WHERE %2)")
                                  .arg(t, involved));
    if (!owner.next() || !owner.value(0).toBool())
        return;

    QStringList drop;
    QStringList addKeys, addForeignKeys;
    QSqlQuery constraints = db.exec(QStringLiteral("SELECT c.contype, c.conrelid::regclass::text, quote_ident(c.conname), "
                                                   "pg_get_constraintdef(c.oid) FROM pg_constraint c WHERE %1 "
                                                   "ORDER BY c.contype = 'f' DESC, c.conrelid, c.conname")
                                        .arg(involved));
    while (constraints.next()) {
        const QString table = constraints.value(1).toString();
        const QString name = constraints.value(2).toString();
        drop << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, name);
        (constraints.value(0).toString() == QLatin1String("f") ? addForeignKeys : addKeys)
            << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(table, name, constraints.value(3).toString());
    }
    QStringList addIndexes;
    QSqlQuery indexes = db.exec(QStringLiteral("SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                                               "WHERE i.indrelid = ANY(%1) AND NOT EXISTS "
                                               "(SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) "
                                               "ORDER BY i.indrelid, i.indexrelid")
                                    .arg(t));
    while (indexes.next()) {
        drop << QStringLiteral("DROP INDEX %1").arg(indexes.value(0).toString());
        addIndexes << indexes.value(1).toString();
    }
    for (const QString &statement : std::as_const(drop))
        db.exec(statement);
    // Fresh statistics too: the first reads after the load plan with them.
    m_restore = addIndexes + addKeys + addForeignKeys + QStringList{QStringLiteral("ANALYZE ") + tables.join(QStringLiteral(", "))};
}

// SQLite: the named secondary indexes only (a UNIQUE constraint's own index
// cannot be dropped; foreign keys are checked per statement, not rebuilt).
// Each is rebuilt by its own CREATE INDEX statement, a sorted build.
void BulkSchema::setAsideSqliteIndexes(const QStringList &tables)
{
    QSqlQuery indexes = m_db.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                                                 "AND tbl_name IN (%1) ORDER BY tbl_name, name")
                                      .arg(nameLiterals(tables)));
    QStringList drop;
    while (indexes.next()) {
        drop << QStringLiteral("DROP INDEX \"%1\"").arg(indexes.value(0).toString());
        m_restore << indexes.value(1).toString();
    }
    for (const QString &statement : std::as_const(drop))
        m_db.exec(statement);
}

void BulkSchema::restore()
{
    if (m_restore.isEmpty())
        return;
    // Sorting a whole table's keys in memory (the transaction's setting only).
    if (m_db.backend() == Database::Backend::PostgreSQL)
        m_db.exec(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"));
    for (const QString &statement : std::as_const(m_restore))
        m_db.exec(statement);
    m_restore.clear();
}

} // namespace Comite
