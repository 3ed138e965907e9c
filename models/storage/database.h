#pragma once
// One open Comité database: checks a file before touching it, applies the
// migrations, and runs every write inside a transaction. Errors are thrown
// as StorageError with a message that names the file.

#include "storageerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <memory>

namespace Comite {

class Database
{
public:
    enum class Backend { SQLite, PostgreSQL };

    // Opens (creating if needed) the database at `location`: a file path, or
    // a server address postgresql://USER@HOST:PORT/DBNAME (`password` when
    // the user typed one; else libpq reads PGPASSWORD or ~/.pgpass).
    // A file that is not a Comité database, is damaged or comes from a newer
    // version is refused and left byte-for-byte untouched.
    static std::unique_ptr<Database> open(const QString &location, const QString &password = {});
    // Opens an existing database for reading only (commands that only
    // read): never creates, migrates or changes a file, not even SQLite's
    // -wal/-shm files; a database needing an update or an empty file is
    // reported. Any write through it is refused.
    static std::unique_ptr<Database> openReadOnly(const QString &location, const QString &password = {});
    // The default file: comite.sqlite in the user's data folder.
    static QString defaultLocation();
    static constexpr quint32 applicationId = 0x436f6d69;  // "Comi"

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString location() const { return m_location; }
    Backend backend() const { return m_backend; }
    bool isReadOnly() const { return m_readOnly; }
    // The file path (native separators) or the server address, for messages.
    QString displayName() const;
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // A prepared statement run with positional bindings; throws on error.
    QSqlQuery exec(const QString &sql, const QVariantList &bindings = {}) const;
    // Prepares once, for statements run many times in a loop.
    QSqlQuery prepare(const QString &sql) const;
    static void exec(QSqlQuery &query, const QVariantList &bindings);
    qint64 lastInsertId(QSqlQuery &query) const;
    // Inserts a row and returns its id. With `id` > 0 the row keeps that id
    // (undo restores a deleted record as it was); otherwise the id column is
    // left out so the database assigns one (portable to identity columns).
    qint64 insert(const QString &table, const QStringList &columns, const QVariantList &values, qint64 id = 0);
    // After rows were written with explicit ids (bulk writers): make the
    // server's id sequence continue past them. Nothing to do on SQLite.
    void syncIdSequence(const QString &table);
    // Text for a NOT NULL column: a null QString binds as SQL NULL.
    static QVariant text(const QString &value) { return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value); }

    // Runs `work` in a transaction (nested calls join the outer one);
    // rolls back and rethrows on any exception.
    template<typename Work>
    void transaction(Work &&work)
    {
        begin();
        try {
            work();
        } catch (...) {
            rollback();
            throw;
        }
        commit();
    }

    // Statements run through exec() on this connection so far and, while a
    // log is set, their SQL: tests check that an edit reads only what changed.
    quint64 statementCount() const { return m_statementCount; }
    void setStatementLog(QStringList *log) { m_statementLog = log; }
    // Counts (and logs) a statement run outside exec() (SqliteStatement).
    void noteStatement(const QString &sql) const;

    QString setting(const QString &key, const QString &fallback = {}) const;
    void setSetting(const QString &key, const QString &value);

private:
    friend class SqliteStatement;  // fails its statements through fail()
    explicit Database(QString location);
    static std::unique_ptr<Database> openServer(const QString &location, const QString &password);
    static void checkExistingFile(const QString &path);
    void checkServerSchema();
    void configure();
    void migrate();
    void begin();
    void commit();
    void rollback();
    [[noreturn]] void fail(const QString &what, const QSqlError &error, const QVariantList &bindings = {}) const;

    QString m_location;
    QString m_connectionName;
    Backend m_backend = Backend::SQLite;
    int m_depth = 0;
    bool m_readOnly = false;
    mutable quint64 m_statementCount = 0;
    QStringList *m_statementLog = nullptr;
};

} // namespace Comite
