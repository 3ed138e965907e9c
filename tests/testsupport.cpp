#include "testsupport.h"

#include "domain/slug.h"
#include "storage/serverlocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Comite::Test {

TempWorkspace::TempWorkspace()
{
    ws = std::make_unique<Workspace>(Database::open(path()), clock);
}

Run comite(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(COMITE_BINARY), arguments);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QString freshServerDatabase(const QString &adminUrl, const QString &name)
{
    const auto server = ServerLocation::parse(adminUrl);
    if (!server)
        qFatal("not a server address: %s", qPrintable(adminUrl));
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        admin.setHostName(server->host);
        admin.setPort(server->port);
        admin.setUserName(server->user);
        admin.setDatabaseName(server->database);
        if (!admin.open())
            qFatal("cannot reach the test server: %s", qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("cannot create %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    ServerLocation location = *server;
    location.database = name;
    return location.toString();
}

Product sampleProduct(const QString &slug, const QString &title)
{
    Product p;
    p.slug = slug;
    p.title = title.isEmpty() ? slug : title;
    p.phases << PhaseRecord{Phase::Investigation, fixedToday.addDays(-20), {}, {}, false};
    return p;
}

} // namespace Comite::Test
