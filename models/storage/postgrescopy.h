#pragma once
// Writes rows into one PostgreSQL table with COPY … FROM STDIN (text
// format) through the QPSQL driver's libpq connection, inside the caller's
// transaction: the bulk path of BulkInsert on a server (`generate`, `copy`).

#include <QByteArray>
#include <QStringList>
#include <QVariantList>

namespace Comite {

class Database;

class PostgresCopy
{
public:
    PostgresCopy(Database &db, const QString &table, const QStringList &columns);

    // One row, its values in the order of the columns: encoded at once and
    // kept until send().
    void add(const QVariantList &row);
    qsizetype rows() const { return m_rows; }
    qsizetype bytes() const { return m_data.size(); }
    // Copies the waiting rows in one COPY (throws StorageError like
    // Database::exec, with the server's words and the failing line).
    void send();

    // One value in COPY's text format: \N for NULL (a null QString too, as
    // Database::text says), backslash, tab, newline and carriage return
    // escaped, numbers and dates as PostgreSQL reads them.
    static void appendField(QByteArray &line, const QVariant &value);

private:
    Database &m_db;
    QString m_statement;
    QByteArray m_data;
    qsizetype m_rows = 0;
};

} // namespace Comite
