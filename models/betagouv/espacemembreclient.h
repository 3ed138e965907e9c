#pragma once
// Reads beta.gouv.fr's member space (« espace-membre ») through its read-only
// API (facts: ../shared/reference/espace-membre-api.md): the incubators, the
// startups with their phases and incubators, and the members of each
// incubator, over HTTP(S) with an X-Api-Key header. Every answer is checked
// before anything is returned: a refused key (401), an unknown incubator
// (404), no answer within the timeout or an answer that is not the JSON the
// API describes is one Failure saying which, and nothing is read.
// Synchronous: runs a local event loop while waiting.

#include "betagouvrecords.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QUrl>

namespace Comite {

struct EspaceMembreIncubator {
    QString uuid;
    QString ghid;
    QString title;
};

struct EspaceMembreMember {
    QString username;
    QString fullname;
    QStringList startups;  // ghids of the startups of the member's current missions
};

struct EspaceMembreData {
    QList<EspaceMembreIncubator> incubators;
    QList<BetagouvProductRecord> startups;  // slug = ghid; no source bytes
    QList<EspaceMembreMember> members;
    QList<BetagouvIssue> warnings;  // entries left out (path: the API path)
    int requests = 0;
};

class EspaceMembreClient
{
public:
    // `base`: the member space's address, e.g. https://espace-membre.incubateur.net
    EspaceMembreClient(QUrl base, QByteArray apiKey);

    // Milliseconds to wait for each answer (30 s by default).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Reads everything, or only what concerns incubator `ghid`.
    Result<EspaceMembreData> read(const QString &incubatorGhid = {}, QDate today = QDate::currentDate()) const;

    // One GET of the API, its JSON (an object or an array) or the failure.
    Result<QJsonValue> get(const QString &path) const;

private:
    QUrl m_base;
    QByteArray m_apiKey;
    int m_timeoutMs = 30000;
};

} // namespace Comite
