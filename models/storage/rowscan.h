#pragma once
// Reads the rows of a large set-based query (a whole portfolio's phases,
// committees, indicator facts…) without QSqlQuery's QVariant and UTF-16
// copy of every value: on SQLite straight from the driver's own sqlite3
// connection (the same library, the same transaction), on PostgreSQL
// through QSqlQuery. Statements are counted and logged like Database::exec
// and fail with the same StorageError.

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace Comite {

class Database;
class SqliteStatement;

class RowScan
{
public:
    RowScan(const Database &db, const QString &sql, const QVariantList &bindings = {});
    ~RowScan();
    RowScan(const RowScan &) = delete;
    RowScan &operator=(const RowScan &) = delete;

    bool next();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    std::optional<double> optionalReal(int column) const;
    QString text(int column) const;
    // 'YYYY-MM-DD', or a timestamp starting with it; invalid when NULL or
    // not a date (as QDate::fromString with Qt::ISODate).
    QDate date(int column) const;
    // The text's bytes, for comparing keys without making a QString.
    QByteArrayView utf8(int column) const;

private:
    std::unique_ptr<SqliteStatement> m_sqlite;  // SQLite
    std::optional<QSqlQuery> m_query;           // PostgreSQL
    mutable QByteArray m_buffer;          // PostgreSQL: utf8()'s bytes
};

// ISO 8601 calendar date at the start of `text` (QDate::fromString's
// Qt::ISODate rule: 'YYYY-MM-DD', then nothing or a non-digit).
QDate isoDate(QByteArrayView text);

} // namespace Comite
