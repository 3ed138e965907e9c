#include "sqlitestatement.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace Comite {

namespace {
sqlite3 *connectionOf(const Database &db)
{
    Q_ASSERT(db.backend() == Database::Backend::SQLite);
    const QVariant handle = db.connection().driver()->handle();
    // QSQLITE always holds one; anything else is a build linking another driver.
    Q_ASSERT(handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0);
    return *static_cast<sqlite3 *const *>(handle.constData());
}
} // namespace

SqliteStatement::SqliteStatement(const Database &db, const QString &sql) : m_db(db), m_connection(connectionOf(db)), m_sql(sql)
{
    db.noteStatement(sql);
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_connection, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK)
        fail(QStringLiteral("Unable to execute statement"));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::fail(const QString &what) const
{
    m_db.fail(m_sql, QSqlError(what, QString::fromUtf8(sqlite3_errmsg(m_connection)), QSqlError::StatementError,
                               QString::number(sqlite3_extended_errcode(m_connection))));
}

void SqliteStatement::bind(const QVariantList &values, int first)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        const int at = first + i + 1;
        int rc = SQLITE_OK;
        switch (v.isNull() ? QMetaType::UnknownType : v.typeId()) {
        case QMetaType::UnknownType:
            rc = sqlite3_bind_null(m_statement, at);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(m_statement, at, v.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_statement, at, v.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = v.toByteArray();
            rc = sqlite3_bind_blob(m_statement, at, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(m_statement, at, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        }
        if (rc != SQLITE_OK)
            fail(QStringLiteral("Unable to bind parameters"));
    }
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(QStringLiteral("Unable to fetch row"));
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

} // namespace Comite
