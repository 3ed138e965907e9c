#include "serverlocation.h"

#include <QCoreApplication>
#include <QUrl>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};
} // namespace

bool ServerLocation::looksLikeServer(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

std::optional<ServerLocation> ServerLocation::parse(const QString &location, QString *error)
{
    auto refuse = [&](const QString &why) -> std::optional<ServerLocation> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || !looksLikeServer(location))
        return refuse(Tr::tr("“%1” is not a server address; write postgresql://USER@HOST:PORT/DBNAME.").arg(location));
    ServerLocation s;
    s.user = url.userName();
    s.host = url.host();
    s.port = url.port(5432);
    s.database = url.path().mid(1);
    if (s.host.isEmpty() || s.database.isEmpty() || s.database.contains(u'/'))
        return refuse(Tr::tr("“%1” lacks a host or a database name; write postgresql://USER@HOST:PORT/DBNAME.")
                          .arg(url.toString(QUrl::RemovePassword)));
    if (!url.password().isEmpty())
        return refuse(Tr::tr("Do not write the password in the address: use PGPASSWORD, ~/.pgpass or the window's prompt."));
    return s;
}

QString ServerLocation::toString() const
{
    return QStringLiteral("postgresql://%1%2:%3/%4")
        .arg(user.isEmpty() ? QString() : user + u'@', host)
        .arg(port)
        .arg(database);
}

} // namespace Comite
