// Database: the PostgreSQL side of opening (a shared incubator database).

#include "database.h"
#include "migrations.h"
#include "serverlocation.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};
} // namespace

std::unique_ptr<Database> Database::openServer(const QString &location, const QString &password)
{
    QString error;
    const auto server = ServerLocation::parse(location, &error);
    if (!server)
        throw StorageError(error);
    std::unique_ptr<Database> db(new Database(server->toString()));
    db->m_backend = Backend::PostgreSQL;
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    if (!conn.isValid())
        throw StorageError(Tr::tr("Qt's PostgreSQL driver is missing (Debian package libqt6sql6-psql)."));
    conn.setHostName(server->host);
    conn.setPort(server->port);
    conn.setDatabaseName(server->database);
    if (!server->user.isEmpty())
        conn.setUserName(server->user);
    if (!password.isEmpty())
        conn.setPassword(password);
    conn.setConnectOptions(server->connectOptions());
    if (!conn.open()) {
        QString reason = conn.lastError().databaseText().trimmed();
        if (!password.isEmpty())
            reason.replace(password, QStringLiteral("•••"));  // whatever libpq says, never the password
        if (reason.contains(QLatin1String("CONNECT privilege")))
            throw StorageError(Tr::tr("Cannot connect to %1: the login %2 has none of Comité's roles on this database. "
                                      "Ask its owner for comite_facilitator, comite_team or comite_sponsor.")
                                   .arg(server->toString(), server->user.isEmpty() ? qEnvironmentVariable("USER") : server->user));
        throw StorageError(Tr::tr("Cannot connect to %1: %2").arg(server->toString(), reason));
    }
    db->exec(QStringLiteral("SET client_min_messages TO WARNING"));
    db->checkServerSchema();
    db->migrate();
    return db;
}

// A server database is Comité's when it has the comite_schema table; an
// empty one is set up; anything else is refused untouched.
void Database::checkServerSchema()
{
    QSqlQuery q = exec(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                      "WHERE table_schema = current_schema() AND table_name = 'comite_schema'"));
    const bool ours = q.next() && q.value(0).toInt() > 0;
    if (!ours) {
        q = exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"));
        if (q.next() && q.value(0).toInt() > 0)
            throw StorageError(Tr::tr("%1 holds tables of another application, not a Comité database.").arg(m_location));
        transaction([&] {
            exec(QStringLiteral("CREATE TABLE comite_schema (version INTEGER NOT NULL)"));
            exec(QStringLiteral("INSERT INTO comite_schema (version) VALUES (0)"));
        });
        return;
    }
    const int version = schemaVersion();
    if (version > Migrations::latestVersion())
        throw StorageError(Tr::tr("%1 was written by a newer version of Comité (schema %2; this version reads up to %3). "
                                  "Update Comité to open it.")
                               .arg(m_location)
                               .arg(version)
                               .arg(Migrations::latestVersion()));
}

} // namespace Comite
