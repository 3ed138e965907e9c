#include "database.h"

#include "domain/logging.h"
#include "migrations.h"
#include "serverlocation.h"
#include "serverrefusal.h"
#include "sqlvalue.h"
#include "statementdetail.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Points `conn` at the file for reading only, creating no file. SQLite's
// read-only mode still creates (and leaves) the -wal and -shm files of a
// WAL database when they are absent. They are absent only when no
// connection has the file open (SQLite removes them when the last one
// closes; Comité always writes in WAL mode), so the main file then holds
// every committed change and can be read as immutable: no lock, no side
// file, and it also works in a read-only folder. A writer starting during
// the read writes to its own -wal; only a checkpoint could change pages
// under us, which a short read does not wait for. When the side files
// exist, the usual read-only mode uses them as they are.
void pointForReading(QSqlDatabase &conn, const QString &path, int busyMs)
{
    QString options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyMs);
    QByteArray header;
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            header = file.read(20);
    }
    const bool walFormat = header.size() == 20 && header.at(18) == 2 && header.at(19) == 2;
    const bool sideFiles = QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-shm"));
    if (walFormat && !sideFiles) {
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        conn.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                             + QStringLiteral("?immutable=1"));
    } else {
        conn.setDatabaseName(path);
    }
    conn.setConnectOptions(options);
}

// `sql` with each ? outside quotes replaced by its value as a quoted
// literal, written by the driver as QPSQL writes the values of its EXECUTE
// (so escaped the same way); quoted, a number or a boolean stays of unknown
// type and takes the type of its place as a bound parameter does. Nothing
// when the marks and the values do not match. On PostgreSQL this spares the
// PREPARE and DEALLOCATE round trips QPSQL adds around each statement run
// once: a third of the round trips of a window reading row by row.
std::optional<QString> withLiterals(const QString &sql, const QVariantList &bindings, const QSqlDriver &driver)
{
    QString result;
    result.reserve(sql.size() + 16 * bindings.size());
    qsizetype next = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?') {
            if (next == bindings.size())
                return std::nullopt;
            const QVariant &value = bindings[next++];
            QSqlField field(QString(), value.metaType());
            if (!SqlValue::isNull(value))
                field.setValue(value);
            const QString literal = driver.formatValue(field);
            if (literal == QLatin1String("NULL") || literal.startsWith(u'\'') || literal.startsWith(QLatin1String("E'")))
                result += literal;
            else if (literal.contains(u'\'') || literal.contains(u'\\'))
                return std::nullopt;
            else
                result += u'\'' + literal + u'\'';
            continue;
        }
        result += c;
    }
    if (next != bindings.size() || !quote.isNull())
        return std::nullopt;
    return result;
}

// Closes and removes a connection when it goes out of scope.
struct ScopedConnection {
    QString name;
    ~ScopedConnection()
    {
        { QSqlDatabase db = QSqlDatabase::database(name, false); db.close(); }
        QSqlDatabase::removeDatabase(name);
    }
};
} // namespace

Database::Database(QString location)
    : m_location(std::move(location))
    , m_connectionName(QStringLiteral("comite-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/comite.sqlite");
}

std::unique_ptr<Database> Database::open(const QString &location, const QString &password)
{
    if (location.isEmpty())
        throw StorageError(Tr::tr("No database file was given."));
    if (ServerLocation::looksLikeServer(location))
        return openServer(location, password);
    const QFileInfo info(location);
    if (info.exists() && info.isDir())
        throw StorageError(Tr::tr("“%1” is a folder, not a Comité database.").arg(nativeName(location)));
    if (info.exists() && info.size() > 0)
        checkExistingFile(location);
    else if (!QDir().mkpath(info.absolutePath()))
        throw StorageError(Tr::tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(info.absolutePath())));

    std::unique_ptr<Database> db(new Database(location));
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    conn.setDatabaseName(location);
    conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!conn.open())
        throw StorageError(Tr::tr("Cannot open “%1”: %2").arg(nativeName(location), conn.lastError().text()));
    db->configure();
    db->migrate();
    return db;
}

std::unique_ptr<Database> Database::openReadOnly(const QString &location, const QString &password)
{
    if (location.isEmpty())
        throw StorageError(Tr::tr("No database file was given."));
    if (ServerLocation::looksLikeServer(location)) {
        std::unique_ptr<Database> db = openServer(location, password);
        db->exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
        db->m_readOnly = true;
        return db;
    }
    const QString name = nativeName(location);
    const QFileInfo info(location);
    if (!info.exists())
        throw StorageError(Tr::tr("There is no Comité database at “%1”.").arg(name));
    if (info.isDir())
        throw StorageError(Tr::tr("“%1” is a folder, not a Comité database.").arg(name));
    if (info.size() == 0)
        throw StorageError(Tr::tr("“%1” is an empty file: it holds no Comité portfolio yet.").arg(name));
    checkExistingFile(location);

    std::unique_ptr<Database> db(new Database(location));
    db->m_readOnly = true;
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    pointForReading(conn, location, 5000);
    if (!conn.open())
        throw StorageError(Tr::tr("Cannot open “%1”: %2").arg(name, conn.lastError().text()));
    // Reading never migrates: an older file is reported, not changed.
    const int version = db->schemaVersion();
    if (version == 0)
        throw StorageError(Tr::tr("“%1” holds no Comité portfolio yet.").arg(name));
    if (version < Migrations::latestVersion())
        throw StorageError(Tr::tr("“%1” was written by an older version of Comité (schema %2; this version uses %3). "
                                  "Open it in Comité, or run a command that changes it, to update it first.")
                               .arg(name)
                               .arg(version)
                               .arg(Migrations::latestVersion()));
    db->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return db;
}

// Reads the file without writing to it: a SQLite file of ours (or an empty
// one), not damaged, not from a newer version. Throws otherwise.
void Database::checkExistingFile(const QString &path)
{
    const QString name = nativeName(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(Tr::tr("Cannot read “%1”: %2").arg(name, file.errorString()));
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        throw StorageError(Tr::tr("“%1” is not a Comité database: it is not a SQLite file.").arg(name));
    const qint64 fileSize = file.size();
    file.close();
    // A full quick_check reads every page: seconds for a portfolio of 100,000
    // products (issue #19). Up to `fullCheckBytes` the whole file is checked;
    // beyond, the header's page count against the file's size (truncation),
    // then the schema's and the products' b-trees.
    constexpr qint64 fullCheckBytes = 64 * 1024 * 1024;
    const bool fullCheck = fileSize <= fullCheckBytes;
    if (!fullCheck && header.size() == 100) {
        auto bigEndian = [&](int offset, int bytes) {
            quint64 v = 0;
            for (int i = 0; i < bytes; ++i)
                v = (v << 8) | quint8(header[offset + i]);
            return v;
        };
        const quint64 pageSize = bigEndian(16, 2) == 1 ? 65536 : bigEndian(16, 2);
        if (quint64(fileSize) < pageSize * bigEndian(28, 4))
            throw StorageError(Tr::tr("“%1” is damaged: %2").arg(name, QStringLiteral("truncated")));
    }

    ScopedConnection scope{QStringLiteral("comite-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces)};
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), scope.name);
    pointForReading(conn, path, 2000);
    if (!conn.open())
        throw StorageError(Tr::tr("Cannot open “%1”: %2").arg(name, conn.lastError().text()));

    QSqlQuery q(conn);
    auto scalar = [&](const QString &sql) -> QVariant {
        if (!q.exec(sql) || !q.next()) {
            const QString reason = q.lastError().text();
            if (reason.contains(QLatin1String("locked"), Qt::CaseInsensitive))
                throw StorageError(Tr::tr("“%1” is locked by another program; try again when it is done.").arg(name));
            throw StorageError(Tr::tr("“%1” is damaged or is not a Comité database (%2).").arg(name, reason));
        }
        return q.value(0);
    };
    const QString check = scalar(fullCheck ? QStringLiteral("PRAGMA quick_check(1)") : QStringLiteral("PRAGMA quick_check(sqlite_schema)")).toString();
    if (check != QLatin1String("ok"))
        throw StorageError(Tr::tr("“%1” is damaged: %2").arg(name, check));
    const quint32 appId = scalar(QStringLiteral("PRAGMA application_id")).toUInt();
    const int version = scalar(QStringLiteral("PRAGMA user_version")).toInt();
    const int tables = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
    // Ours, or a blank SQLite file (no id, no table, no version) to set up.
    if (appId != applicationId && (appId != 0 || tables > 0 || version != 0))
        throw StorageError(Tr::tr("“%1” is a SQLite database of another application, not a Comité database.").arg(name));
    if (version > Migrations::latestVersion())
        throw StorageError(Tr::tr("“%1” was written by a newer version of Comité (schema %2; this version reads up "
                              "to %3). Update Comité to open it.")
                               .arg(name)
                               .arg(version)
                               .arg(Migrations::latestVersion()));
    if (!fullCheck && tables > 0) {
        const QString products = scalar(QStringLiteral("PRAGMA quick_check(products)")).toString();
        if (products != QLatin1String("ok"))
            throw StorageError(Tr::tr("“%1” is damaged: %2").arg(name, products));
    }
}

void Database::configure()
{
    if (m_backend == Backend::PostgreSQL)
        return;
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

void Database::migrate()
{
    const int current = schemaVersion();
    for (int v = current + 1; v <= Migrations::latestVersion(); ++v) {
        transaction([&] {
            for (const QString &statement : Migrations::statements(v, connection().driverName()))
                exec(statement);
            if (m_backend == Backend::PostgreSQL) {
                exec(QStringLiteral("UPDATE comite_schema SET version = ?"), {v});
            } else {
                exec(QStringLiteral("PRAGMA user_version = %1").arg(v));
                exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
            }
        });
    }
}

QString Database::displayName() const
{
    return m_backend == Backend::PostgreSQL ? m_location : nativeName(m_location);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q = exec(m_backend == Backend::PostgreSQL ? QStringLiteral("SELECT version FROM comite_schema")
                                                        : QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : 0;
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery q(connection());
    if (!q.prepare(sql))
        fail(sql, q.lastError());
    return q;
}

void Database::exec(QSqlQuery &query, const QVariantList &bindings)
{
    for (int i = 0; i < bindings.size(); ++i)
        query.bindValue(i, bindings[i]);
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        const QString detail = statementDetail(query.lastQuery(), bindings, error);
        qCDebug(lcStorage).noquote() << "statement failed:" << detail;
        throw StorageError(ServerRefusal::explain(error).value_or(Tr::tr("The database refused a change: %1").arg(error.text())),
                           detail);
    }
}

void Database::noteStatement(const QString &sql) const
{
    ++m_statementCount;
    if (m_statementLog)
        m_statementLog->append(sql);
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &bindings) const
{
    noteStatement(sql);
    QSqlQuery q(connection());
    // Forward-only saves memory on SQLite; on PostgreSQL it streams rows
    // one by one and a second query would discard the rest of the first.
    q.setForwardOnly(m_backend == Backend::SQLite);
    if (bindings.isEmpty()) {
        if (!q.exec(sql))
            fail(sql, q.lastError());
        return q;
    }
    if (m_backend == Backend::PostgreSQL) {
        if (const auto inlined = withLiterals(sql, bindings, *connection().driver())) {
            if (!q.exec(*inlined))
                fail(sql, q.lastError(), bindings);
            return q;
        }
    }
    if (!q.prepare(sql))
        fail(sql, q.lastError(), bindings);
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings[i]);
    if (!q.exec())
        fail(sql, q.lastError(), bindings);
    return q;
}

qint64 Database::insert(const QString &table, const QStringList &columns, const QVariantList &values, qint64 id)
{
    QStringList names = columns;
    QVariantList bindings = values;
    if (id > 0) {
        names.prepend(QStringLiteral("id"));
        bindings.prepend(id);
    }
    const QString marks = QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "));
    QSqlQuery q = exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(QStringLiteral(", ")), marks),
                       bindings);
    if (id > 0 && m_backend == Backend::PostgreSQL)
        syncIdSequence(table);
    return id > 0 ? id : lastInsertId(q);
}

void Database::syncIdSequence(const QString &table)
{
    if (m_backend != Backend::PostgreSQL)
        return;
    // Rows written with their own id (undo, copy, generate) must not be
    // handed out again by the identity sequence.
    exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), GREATEST((SELECT MAX(id) FROM %1), 1))").arg(table));
}

qint64 Database::lastInsertId(QSqlQuery &query) const
{
    return query.lastInsertId().toLongLong();
}

void Database::fail(const QString &what, const QSqlError &error, const QVariantList &bindings) const
{
    const QString reason = error.text();
    // The statement and its values go to the detail and the debug log, not
    // to the message the user reads.
    const QString detail = statementDetail(what, bindings, error);
    qCDebug(lcStorage).noquote() << "statement failed in" << displayName() << detail;
    // The shared server's access rules and locks, said in the user's language.
    if (const auto refusal = ServerRefusal::explain(error))
        throw StorageError(*refusal, detail);
    if (reason.contains(QLatin1String("locked"), Qt::CaseInsensitive))
        throw StorageError(Tr::tr("“%1” is locked by another program; the change was not saved.").arg(displayName()),
                           detail);
    throw StorageError(Tr::tr("Database error in “%1”: %2").arg(displayName(), reason), detail);
}

void Database::begin()
{
    if (m_depth++ > 0)
        return;
    if (!connection().transaction()) {
        m_depth = 0;
        fail(QStringLiteral("BEGIN"), connection().lastError());
    }
}

void Database::commit()
{
    if (--m_depth > 0)
        return;
    if (!connection().commit()) {
        const QSqlError error = connection().lastError();
        connection().rollback();
        fail(QStringLiteral("COMMIT"), error);
    }
}

void Database::rollback()
{
    if (--m_depth > 0)
        return;
    connection().rollback();
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q = exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return q.next() ? q.value(0).toString() : fallback;
}

void Database::setSetting(const QString &key, const QString &value)
{
    transaction([&] {
        exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
        exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), {key, value});
    });
}

} // namespace Comite
