#pragma once
// A tiny member space for tests: a local HTTP/1.1 server (QTcpServer) giving
// one canned JSON answer per API path, shaped as
// ../shared/reference/espace-membre-api.md describes, for the flat
// fixture's incubators (mon-service moved on, nouveau is co-incubated).

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

namespace Comite::Test {

inline const QByteArray goodKey = "cle-de-test";

// A tiny HTTP/1.1 server: one canned answer per path ("?query" included);
// an answer with status 0 is never sent (a silent server).
class FakeMemberSpace : public QObject
{
public:
    struct Answer {
        int status = 200;
        QByteArray body;
    };
    QHash<QString, Answer> answers;
    QStringList requested;

    FakeMemberSpace()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> lines = buffer.left(buffer.indexOf("\r\n\r\n")).split('\n');
        const QString path = QString::fromLatin1(lines.first().split(' ').value(1));
        buffer.clear();
        requested << path;
        QByteArray key;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("x-api-key:"))
                key = line.mid(10).trimmed();
        }
        Answer answer = answers.value(path, Answer{404, R"({"error": "Not found"})"});
        if (key != goodKey)
            answer = Answer{401, R"({"error": "Unauthorized"})"};
        if (answer.status == 0)
            return;  // never answers
        socket->write("HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\nContent-Type: application/json\r\n"
                      "Connection: close\r\nContent-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n"
                      + answer.body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

inline QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson() : QJsonDocument(value.toObject()).toJson();
}

inline QJsonObject phase(const char *name, const char *start, const char *end = nullptr)
{
    return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                       {QStringLiteral("start"), QLatin1String(start)},
                       {QStringLiteral("end"), end ? QJsonValue(QLatin1String(end)) : QJsonValue(QJsonValue::Null)}};
}

// The member space as the reference describes it, for the flat fixture's
// incubators: mon-service moved on, nouveau is co-incubated.
inline void fill(FakeMemberSpace &server)
{
    const QJsonArray incubators{
        QJsonObject{{QStringLiteral("uuid"), QStringLiteral("u-lab")}, {QStringLiteral("ghid"), QStringLiteral("lab-test")},
                    {QStringLiteral("title"), QStringLiteral("Le Lab d'essai")}, {QStringLiteral("website"), QJsonValue::Null}},
        QJsonObject{{QStringLiteral("uuid"), QStringLiteral("u-verte")},
                    {QStringLiteral("ghid"), QStringLiteral("fabrique-verte")},
                    {QStringLiteral("title"), QStringLiteral("La Fabrique verte")}},
        QJsonObject{{QStringLiteral("uuid"), QStringLiteral("u-neuf")}, {QStringLiteral("ghid"), QStringLiteral("neuf")},
                    {QStringLiteral("title"), QStringLiteral("L'incubateur neuf")}}};
    const QJsonArray startups{
        QJsonObject{{QStringLiteral("uuid"), QStringLiteral("s1")}, {QStringLiteral("ghid"), QStringLiteral("mon-service")},
                    {QStringLiteral("name"), QStringLiteral("Mon Service")},
                    {QStringLiteral("pitch"), QStringLiteral("Un nouveau pitch écrit dans l'espace membre")},
                    {QStringLiteral("incubator_id"), QStringLiteral("u-lab")},
                    {QStringLiteral("incubator_ids"), QJsonArray{QStringLiteral("u-lab")}},
                    {QStringLiteral("link"), QStringLiteral("https://mon-service.example.gouv.fr")},
                    {QStringLiteral("repository"), QStringLiteral("https://github.com/example/mon-service")},
                    {QStringLiteral("techno"), QJsonArray{}},
                    {QStringLiteral("phases"), QJsonArray{phase("investigation", "2021-01-04", "2021-03-01"),
                                                          phase("construction", "2021-03-01"),
                                                          phase("acceleration", "2022-09-15", "2026-06-01"),
                                                          phase("consolidation", "2026-06-01")}},
                    {QStringLiteral("current_phase"), QStringLiteral("consolidation")}},
        QJsonObject{{QStringLiteral("uuid"), QStringLiteral("s2")}, {QStringLiteral("ghid"), QStringLiteral("nouveau")},
                    {QStringLiteral("name"), QStringLiteral("Nouveau")}, {QStringLiteral("pitch"), QJsonValue::Null},
                    {QStringLiteral("incubator_id"), QStringLiteral("u-verte")},
                    {QStringLiteral("incubator_ids"), QJsonArray{QStringLiteral("u-neuf"), QStringLiteral("u-verte")}},
                    {QStringLiteral("phases"), QJsonArray{phase("investigation", "2026-09-07")}},
                    {QStringLiteral("current_phase"), QStringLiteral("investigation")}}};
    const QJsonArray members{QJsonObject{
        {QStringLiteral("username"), QStringLiteral("julie.guyot")},
        {QStringLiteral("fullname"), QStringLiteral("Julie Guyot")},
        {QStringLiteral("missions"),
         QJsonArray{QJsonObject{{QStringLiteral("start"), QStringLiteral("2025-01-01")}, {QStringLiteral("end"), QJsonValue::Null},
                                {QStringLiteral("startups"), QJsonArray{QJsonObject{{QStringLiteral("ghid"), QStringLiteral("nouveau")}}}}}}}}};
    server.answers.insert(QStringLiteral("/api/protected/incubators"), {200, json(incubators)});
    server.answers.insert(QStringLiteral("/api/protected/incubators/fabrique-verte"), {200, json(incubators[1])});
    server.answers.insert(QStringLiteral("/api/protected/startups"), {200, json(startups)});
    for (const char *ghid : {"lab-test", "fabrique-verte", "neuf"})
        server.answers.insert(QStringLiteral("/api/protected/incubators/%1/members?status=active").arg(QLatin1String(ghid)),
                              {200, json(members)});
}

} // namespace Comite::Test
