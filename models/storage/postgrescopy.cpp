#include "postgrescopy.h"

#include "database.h"
#include "domain/logging.h"
#include "serverrefusal.h"
#include "sqlvalue.h"
#include "statementdetail.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

#include <cmath>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// The QPSQL driver's connection: QSqlDriver::handle() holds a PGconn*
// (Qt 6 names the type after the struct: pg_conn*).
PGconn *connectionOf(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    const char *type = handle.isValid() ? handle.typeName() : nullptr;
    if (!type || (qstrcmp(type, "PGconn*") != 0 && qstrcmp(type, "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

void appendEscaped(QByteArray &line, const QByteArray &text)
{
    for (const char c : text) {
        switch (c) {
        case '\\': line += "\\\\"; break;
        case '\t': line += "\\t"; break;
        case '\n': line += "\\n"; break;
        case '\r': line += "\\r"; break;
        default: line += c;
        }
    }
}

// The server's refusal as Database::exec reports it: ServerRefusal's words
// when they apply, else the server's own; the COPY and the failing line
// (PostgreSQL's CONTEXT) in the detail.
[[noreturn]] void fail(const Database &db, const QString &statement, PGresult *result, PGconn *conn)
{
    const QString text = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn)).trimmed();
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QSqlError error(QStringLiteral("Unable to copy rows"), text, QSqlError::StatementError,
                          QString::fromLatin1(state ? state : ""));
    if (result)
        PQclear(result);
    const QString detail = statementDetail(statement, {}, error);
    qCDebug(lcStorage).noquote() << "statement failed in" << db.displayName() << detail;
    if (const auto refusal = ServerRefusal::explain(error))
        throw StorageError(*refusal, detail);
    throw StorageError(Tr::tr("Database error in “%1”: %2").arg(db.displayName(), text), detail);
}
} // namespace

PostgresCopy::PostgresCopy(Database &db, const QString &table, const QStringList &columns)
    : m_db(db), m_statement(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", "))))
{
}

void PostgresCopy::appendField(QByteArray &line, const QVariant &value)
{
    if (SqlValue::isNull(value)) {
        line += "\\N";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        line += value.toBool() ? '1' : '0';  // integer and boolean columns both read 1/0
        return;
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
        line += QByteArray::number(value.toLongLong());
        return;
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
    case QMetaType::UChar:
        line += QByteArray::number(value.toULongLong());
        return;
    case QMetaType::Float:
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (std::isnan(d))
            line += "NaN";
        else if (std::isinf(d))
            line += d > 0 ? "Infinity" : "-Infinity";
        else if (d == std::trunc(d) && std::fabs(d) < 9007199254740992.0)
            line += QByteArray::number(qint64(d));  // whole: an integer column reads it too
        else
            line += QString::number(d, 'g', QLocale::FloatingPointShortest).toLatin1();
        return;
    }
    case QMetaType::QDate:
        line += value.toDate().toString(Qt::ISODate).toLatin1();
        return;
    case QMetaType::QDateTime:
        line += value.toDateTime().toString(Qt::ISODateWithMs).toLatin1();
        return;
    case QMetaType::QByteArray:
        appendEscaped(line, value.toByteArray());
        return;
    default:
        appendEscaped(line, value.toString().toUtf8());
    }
}

void PostgresCopy::add(const QVariantList &row)
{
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i)
            m_data += '\t';
        appendField(m_data, row[i]);
    }
    m_data += '\n';
    ++m_rows;
}

void PostgresCopy::send()
{
    if (m_rows == 0)
        return;
    PGconn *conn = connectionOf(m_db);
    if (!conn)
        throw StorageError(Tr::tr("Database error in “%1”: %2").arg(m_db.displayName(), QStringLiteral("no PostgreSQL connection (%1)").arg(QLatin1String(m_db.connection().driver()->handle().typeName()))),
                           m_statement);
    PGresult *start = PQexec(conn, m_statement.toUtf8().constData());
    if (PQresultStatus(start) != PGRES_COPY_IN)
        fail(m_db, m_statement, start, conn);
    PQclear(start);

    // The rows in pieces of at most 1 MiB; a failed piece ends the COPY.
    constexpr qsizetype piece = 1 << 20;
    bool sent = true;
    for (qsizetype at = 0; sent && at < m_data.size(); at += piece)
        sent = PQputCopyData(conn, m_data.constData() + at, int(std::min(piece, m_data.size() - at))) == 1;
    const bool ended = PQputCopyEnd(conn, sent ? nullptr : "client failed to send the rows") == 1;
    PGresult *failed = nullptr;
    while (PGresult *r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && !failed)
            failed = r;
        else
            PQclear(r);
    }
    if (failed || !sent || !ended)
        fail(m_db, m_statement, failed, conn);
    m_data.clear();
    m_rows = 0;
}

} // namespace Comite
