#include "serverlocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// libpq's connection parameters (PostgreSQL 15) an address may carry. The
// host, port, database and user are the address itself; passwords never.
const QStringList libpqOptions = {
    QStringLiteral("application_name"), QStringLiteral("channel_binding"), QStringLiteral("client_encoding"),
    QStringLiteral("connect_timeout"), QStringLiteral("fallback_application_name"), QStringLiteral("gssencmode"),
    QStringLiteral("gsslib"), QStringLiteral("hostaddr"), QStringLiteral("keepalives"), QStringLiteral("keepalives_count"),
    QStringLiteral("keepalives_idle"), QStringLiteral("keepalives_interval"), QStringLiteral("krbsrvname"),
    QStringLiteral("options"), QStringLiteral("passfile"), QStringLiteral("requirepeer"), QStringLiteral("service"),
    QStringLiteral("ssl_max_protocol_version"), QStringLiteral("ssl_min_protocol_version"), QStringLiteral("sslcert"),
    QStringLiteral("sslcompression"), QStringLiteral("sslcrl"), QStringLiteral("sslcrldir"), QStringLiteral("sslkey"),
    QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslsni"), QStringLiteral("target_session_attrs"),
    QStringLiteral("tcp_user_timeout"),
};

// A value as libpq's key='value' syntax wants it.
QString quoted(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}
} // namespace

bool ServerLocation::looksLikeServer(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QStringList ServerLocation::knownOptions()
{
    return libpqOptions;
}

QString ServerLocation::masked(const QString &location)
{
    // scheme://user:password@… → scheme://user:•••@…, even when the rest is not a valid URL.
    static const QRegularExpression secret(QStringLiteral("^([a-z]+://[^:/@?#]*):[^@/?#]*@"));
    QString s = location;
    s.replace(secret, QStringLiteral("\\1:•••@"));
    static const QRegularExpression passwordOption(QStringLiteral("([?&](?:ssl)?password=)[^&#]*"));
    s.replace(passwordOption, QStringLiteral("\\1•••"));
    return s;
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
        return refuse(Tr::tr("“%1” is not a server address; write postgresql://USER@HOST:PORT/DBNAME.").arg(masked(location)));
    if (!url.password().isEmpty())
        return refuse(Tr::tr("Do not write the password in the address: use PGPASSWORD, ~/.pgpass or the window's prompt."));
    ServerLocation s;
    s.user = url.userName();
    s.host = url.host();
    s.port = url.port(5432);
    s.database = url.path().mid(1);
    if (s.host.isEmpty() || s.database.isEmpty() || s.database.contains(u'/'))
        return refuse(Tr::tr("“%1” lacks a host or a database name; write postgresql://USER@HOST:PORT/DBNAME.")
                          .arg(url.toString(QUrl::RemovePassword | QUrl::RemoveQuery)));
    const QList<QPair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("password") || key == QLatin1String("sslpassword"))
            return refuse(Tr::tr("Do not write the password in the address: use PGPASSWORD, ~/.pgpass or the window's prompt."));
        if (key == QLatin1String("host") || key == QLatin1String("port") || key == QLatin1String("dbname")
            || key == QLatin1String("user"))
            return refuse(Tr::tr("Write the %1 in the address itself (postgresql://USER@HOST:PORT/DBNAME), not as an option.")
                              .arg(key));
        if (!libpqOptions.contains(key))
            return refuse(Tr::tr("Unknown server address option “%1”; the options are PostgreSQL's connection "
                                 "parameters: %2.")
                              .arg(key, libpqOptions.join(QStringLiteral(", "))));
        // Qt hands the options to libpq separated by ';'.
        if (value.contains(u';'))
            return refuse(Tr::tr("The server address option “%1” may not contain “;”.").arg(key));
        for (const auto &other : std::as_const(s.options)) {
            if (other.first == key)
                return refuse(Tr::tr("The server address gives the option “%1” twice.").arg(key));
        }
        s.options.append({key, value});
    }
    return s;
}

QString ServerLocation::toString() const
{
    QString s = QStringLiteral("postgresql://%1%2:%3/%4")
                    .arg(user.isEmpty() ? QString() : user + u'@', host)
                    .arg(port)
                    .arg(database);
    if (!options.isEmpty()) {
        QUrlQuery query;
        for (const auto &[key, value] : options)
            query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
        s += u'?' + query.toString(QUrl::FullyEncoded);
    }
    return s;
}

QString ServerLocation::connectOptions() const
{
    QList<QPair<QString, QString>> all = options;
    auto given = [&](const QString &key) {
        return std::any_of(options.cbegin(), options.cend(), [&](const auto &o) { return o.first == key; });
    };
    if (!given(QStringLiteral("connect_timeout")))
        all.append({QStringLiteral("connect_timeout"), QStringLiteral("5")});
    if (!given(QStringLiteral("application_name")))
        all.append({QStringLiteral("application_name"), QStringLiteral("comite")});
    QStringList parts;
    for (const auto &[key, value] : std::as_const(all))
        parts << key + u'=' + quoted(value);
    return parts.join(u';');
}

} // namespace Comite
