#pragma once
// A shared database on a PostgreSQL server, written
// postgresql://USER@HOST:PORT/DBNAME?option=value&…, where the options are
// libpq's connection parameters (sslmode, sslrootcert, connect_timeout, …),
// every one handed to the server's client library. The password is never
// part of it: it comes from PGPASSWORD, ~/.pgpass or a prompt.

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace Comite {

struct ServerLocation {
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QList<QPair<QString, QString>> options;  // libpq parameters, in the order written

    static bool looksLikeServer(const QString &location);
    // Nothing when `location` is not a valid server address, or names an
    // option libpq does not know; `error` says why (never with a password).
    static std::optional<ServerLocation> parse(const QString &location, QString *error = nullptr);
    // The libpq parameters our options stand for.
    static QStringList knownOptions();
    QString toString() const;  // without any password
    // For QSqlDatabase::setConnectOptions: the options, quoted for libpq,
    // with Comité's defaults (connect_timeout, application_name) unless given.
    QString connectOptions() const;
    // `location` with any password in it masked, for messages.
    static QString masked(const QString &location);
};

} // namespace Comite
