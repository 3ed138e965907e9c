#pragma once
// A shared database on a PostgreSQL server, written
// postgresql://USER@HOST:PORT/DBNAME. The password is never part of it: it
// comes from PGPASSWORD, ~/.pgpass or a prompt.

#include <QString>
#include <optional>

namespace Comite {

struct ServerLocation {
    QString user;
    QString host;
    int port = 5432;
    QString database;

    static bool looksLikeServer(const QString &location);
    // Nothing when `location` is not a valid server address; `error` says why.
    static std::optional<ServerLocation> parse(const QString &location, QString *error = nullptr);
    QString toString() const;  // without any password
};

} // namespace Comite
