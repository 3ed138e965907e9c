#include "espacemembreclient.h"

#include "betagouvmapping.h"
#include "domain/phasehistory.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(EspaceMembreClient)
};

const QString api = QStringLiteral("/api/protected");

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

Failure malformed(const QString &path, const QString &what)
{
    return makeFailure(Tr::tr("The member space's answer to %1 is not what its API describes: %2. Nothing was "
                              "imported.").arg(path, what),
                       path);
}

// A startup as the member space gives it, in the file import's terms.
std::optional<BetagouvProductRecord> startup(const QJsonObject &o, const QHash<QString, QString> &ghidOfUuid,
                                             const QString &path, QList<BetagouvIssue> &warnings)
{
    BetagouvProductRecord r;
    r.slug = text(o, "ghid");
    r.title = text(o, "name");
    if (r.slug.isEmpty() || r.title.isEmpty()) {
        warnings << BetagouvIssue{path, 0, Tr::tr("a startup without “ghid” or “name” was left out.")};
        return std::nullopt;
    }
    r.source.path = path + u'/' + r.slug;
    r.pitch = text(o, "pitch");
    QStringList incubators;
    if (const QString primary = ghidOfUuid.value(text(o, "incubator_id")); !primary.isEmpty())
        incubators << primary;
    if (o.value(QLatin1String("incubator")).isObject())
        incubators << text(o.value(QLatin1String("incubator")).toObject(), "ghid");
    for (const QJsonValue &v : o.value(QLatin1String("incubator_ids")).toArray())
        incubators << ghidOfUuid.value(v.toString());
    for (const QJsonValue &v : o.value(QLatin1String("incubators")).toArray())
        incubators << text(v.toObject(), "ghid");
    incubators.removeAll(QString());
    incubators.removeDuplicates();
    if (!incubators.isEmpty()) {
        r.incubator = incubators.takeFirst();
        r.coIncubators = incubators;
    }
    for (const auto &[key, kind] : {std::pair{"link", "site"}, std::pair{"repository", "repository"}}) {
        if (const QString url = text(o, key); !url.isEmpty())
            r.links << ProductLink{QString::fromLatin1(kind), url};
    }
    for (const QJsonValue &v : o.value(QLatin1String("phases")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString name = text(p, "name");
        const auto phase = Phases::fromKey(name);
        PhaseRecord record;
        record.start = BetagouvMapping::parseDate(text(p, "start"));
        record.end = BetagouvMapping::parseDate(text(p, "end"));
        if (!phase || !record.start.isValid()) {
            warnings << BetagouvIssue{r.source.path, 0, Tr::tr("the phase “%1” (start “%2”) is not one Comité knows; it "
                                                               "was left out.").arg(name, text(p, "start"))};
            continue;
        }
        record.phase = *phase;
        if (!r.phases.isEmpty() && Phases::isStop(r.phases.last().phase))
            record.restart = true;
        r.phases << record;
    }
    return r;
}
} // namespace

EspaceMembreClient::EspaceMembreClient(QUrl base, QByteArray apiKey)
    : m_base(std::move(base)), m_apiKey(std::move(apiKey))
{
}

Result<QJsonValue> EspaceMembreClient::get(const QString &path) const
{
    QUrl url = m_base;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(m_base.path().chopped(m_base.path().endsWith(u'/') ? 1 : 0) + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setRawHeader("X-Api-Key", m_apiKey);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer guard;  // transfer timeout covers a silent server; this covers the rest
    guard.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&guard, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    guard.start(m_timeoutMs + 1000);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    const QString where = url.toString(QUrl::RemoveUserInfo);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (timedOut || reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError)
        return makeFailure(Tr::tr("The member space did not answer within %n second(s) (%1). Nothing was imported.",
                                  nullptr, (m_timeoutMs + 999) / 1000).arg(where), where);
    if (status == 401 || status == 403)
        return makeFailure(Tr::tr("The member space refused the API key (HTTP %1): check the key, or ask the member "
                                  "space for one. Nothing was imported.").arg(status),
                           where);
    if (status == 404) {
        const QString error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toString();
        return makeFailure(Tr::tr("The member space has no %1 (HTTP 404%2). Nothing was imported.")
                               .arg(path.left(query), error.isEmpty() ? QString() : QStringLiteral(": ") + error),
                           where);
    }
    if (reply->error() != QNetworkReply::NoError && status == 0)
        return makeFailure(Tr::tr("The member space could not be reached: %1. Nothing was imported.").arg(reply->errorString()),
                           where);
    if (status < 200 || status >= 300)
        return makeFailure(Tr::tr("The member space answered HTTP %1 to %2. Nothing was imported.").arg(status).arg(path),
                           where + u'\n' + QString::fromUtf8(body.left(500)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return malformed(path, Tr::tr("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

Result<EspaceMembreData> EspaceMembreClient::read(const QString &incubatorGhid, QDate today) const
{
    EspaceMembreData data;
    // Incubators: all of them, to name co-incubators by their ghid.
    const QString incubatorsPath = api + QStringLiteral("/incubators");
    const Result<QJsonValue> incubators = get(incubatorsPath);
    ++data.requests;
    if (!incubators)
        return incubators.error();
    if (!incubators->isArray())
        return malformed(incubatorsPath, Tr::tr("a list of incubators was expected"));
    QHash<QString, QString> ghidOfUuid;
    for (const QJsonValue &v : incubators->toArray()) {
        const QJsonObject o = v.toObject();
        EspaceMembreIncubator i{text(o, "uuid"), text(o, "ghid"), text(o, "title")};
        if (!v.isObject() || i.ghid.isEmpty() || i.title.isEmpty())
            return malformed(incubatorsPath, Tr::tr("an incubator without “ghid” or “title”"));
        ghidOfUuid.insert(i.uuid, i.ghid);
        data.incubators << i;
    }
    if (!incubatorGhid.isEmpty()) {
        // An unknown ghid is the member space's 404.
        const Result<QJsonValue> one = get(incubatorsPath + u'/' + incubatorGhid);
        ++data.requests;
        if (!one)
            return one.error();
    }
    const QString startupsPath = api + QStringLiteral("/startups");
    const Result<QJsonValue> startups = get(startupsPath);
    ++data.requests;
    if (!startups)
        return startups.error();
    if (!startups->isArray())
        return malformed(startupsPath, Tr::tr("a list of startups was expected"));
    for (const QJsonValue &v : startups->toArray()) {
        if (!v.isObject() || !v.toObject().value(QLatin1String("phases")).isArray())
            return malformed(startupsPath, Tr::tr("a startup without its list of phases"));
        auto record = startup(v.toObject(), ghidOfUuid, startupsPath, data.warnings);
        if (!record)
            continue;
        if (!incubatorGhid.isEmpty() && record->incubator != incubatorGhid && !record->coIncubators.contains(incubatorGhid))
            continue;
        data.startups << std::move(*record);
    }
    // Members of each incubator read (active missions only).
    for (const EspaceMembreIncubator &i : std::as_const(data.incubators)) {
        if (!incubatorGhid.isEmpty() && i.ghid != incubatorGhid)
            continue;
        const QString membersPath = incubatorsPath + u'/' + i.ghid + QStringLiteral("/members?status=active");
        const Result<QJsonValue> members = get(membersPath);
        ++data.requests;
        if (!members)
            return members.error();
        if (!members->isArray())
            return malformed(membersPath, Tr::tr("a list of members was expected"));
        for (const QJsonValue &v : members->toArray()) {
            const QJsonObject o = v.toObject();
            EspaceMembreMember m{text(o, "username"), text(o, "fullname"), {}};
            if (m.username.isEmpty())
                return malformed(membersPath, Tr::tr("a member without “username”"));
            for (const QJsonValue &mission : o.value(QLatin1String("missions")).toArray()) {
                const QDate end = BetagouvMapping::parseDate(text(mission.toObject(), "end"));
                if (end.isValid() && end < today)
                    continue;
                for (const QJsonValue &s : mission.toObject().value(QLatin1String("startups")).toArray())
                    m.startups << text(s.toObject(), "ghid");
            }
            m.startups.removeAll(QString());
            m.startups.removeDuplicates();
            data.members << m;
        }
    }
    return data;
}

} // namespace Comite
