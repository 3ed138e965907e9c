#include "rowscan.h"

#include "database.h"
#include "sqlitestatement.h"

#include <sqlite3.h>

namespace Comite {

namespace {
int digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : -1;
}

int number(QByteArrayView text, qsizetype from, qsizetype length)
{
    int value = 0;
    for (qsizetype i = from; i < from + length; ++i) {
        const int d = digit(text[i]);
        if (d < 0)
            return -1;
        value = value * 10 + d;
    }
    return value;
}

bool isPunctuation(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}
} // namespace

QDate isoDate(QByteArrayView text)
{
    if (text.size() < 10 || !isPunctuation(text[4]) || !isPunctuation(text[7]) || (text.size() > 10 && digit(text[10]) >= 0))
        return {};
    const int year = number(text, 0, 4);
    const int month = number(text, 5, 2);
    const int day = number(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day);
}

RowScan::RowScan(const Database &db, const QString &sql, const QVariantList &bindings)
{
    if (db.backend() == Database::Backend::SQLite) {
        m_sqlite = std::make_unique<SqliteStatement>(db, sql);
        m_sqlite->bind(bindings);
    } else {
        m_query.emplace(db.exec(sql, bindings));
    }
}

RowScan::~RowScan() = default;

bool RowScan::next()
{
    return m_query ? m_query->next() : m_sqlite->step();
}

bool RowScan::isNull(int column) const
{
    return m_query ? m_query->isNull(column) : sqlite3_column_type(m_sqlite->handle(), column) == SQLITE_NULL;
}

qint64 RowScan::integer(int column) const
{
    return m_query ? m_query->value(column).toLongLong() : sqlite3_column_int64(m_sqlite->handle(), column);
}

double RowScan::real(int column) const
{
    return m_query ? m_query->value(column).toDouble() : sqlite3_column_double(m_sqlite->handle(), column);
}

std::optional<double> RowScan::optionalReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

QByteArrayView RowScan::utf8(int column) const
{
    if (m_query) {
        m_buffer = m_query->value(column).toString().toUtf8();
        return m_buffer;
    }
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_sqlite->handle(), column));
    return QByteArrayView(bytes, sqlite3_column_bytes(m_sqlite->handle(), column));
}

QString RowScan::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const QByteArrayView bytes = utf8(column);
    return bytes.isNull() ? QString() : QString::fromUtf8(bytes);
}

QDate RowScan::date(int column) const
{
    if (m_query) {
        // PostgreSQL's DATE columns come as QDate, text ones as strings.
        const QVariant v = m_query->value(column);
        return v.typeId() == QMetaType::QDate ? v.toDate() : isoDate(v.toString().toUtf8());
    }
    return isoDate(utf8(column));
}

} // namespace Comite
