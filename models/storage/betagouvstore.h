#pragma once
// Storage for what the beta.gouv.fr import adds to a product: the source
// files kept byte for byte, the timeline events, the funding records
// (envelopes) and the committees read from files (sessions of origin
// 'betagouv'). Only rows of that origin are ever replaced by a re-import.

#include "betagouv/betagouvrecords.h"
#include "domain/decisionoption.h"

#include <QHash>

namespace Comite {

class Database;

struct BetagouvStoredSource {
    qint64 entityId = 0;
    QString path;
    QByteArray content;
    QString fingerprint;
};

struct BetagouvTimelineEntry {
    BetagouvEvent event;
    bool imported = false;
};

struct BetagouvCommitteeEntry {
    qint64 sessionId = 0;
    QDate date;
    DecisionOption decision = DecisionOption::Recorded;
    QString comment;
    bool imported = false;
};

struct BetagouvFundingEntry {
    QString source;  // sponsor, fast, other
    qint64 amount = 0;
    QString label;
    QDate start;
    QDate end;
    bool imported = false;
};

class BetagouvStore
{
public:
    explicit BetagouvStore(Database &db) : m_db(db) {}

    static QString kindKey(BetagouvKind kind);

    // Entity id → fingerprint of the file it was last imported from.
    QHash<qint64, QString> fingerprints(BetagouvKind kind) const;
    std::optional<BetagouvStoredSource> source(BetagouvKind kind, qint64 entityId) const;
    QList<BetagouvStoredSource> sources(BetagouvKind kind) const;
    void saveSource(BetagouvKind kind, qint64 entityId, const BetagouvSource &source, const QString &fingerprint);

    QList<BetagouvTimelineEntry> timeline(qint64 productId) const;
    // Replaces the product's imported timeline events (others stay).
    void replaceImportedTimeline(qint64 productId, const QList<BetagouvEvent> &events);

    // Held committees of the product, oldest first, with their origin.
    QList<BetagouvCommitteeEntry> committees(qint64 productId) const;
    // Makes the product's imported committees those of the file: keeps the
    // sessions that match, adds and removes the others. A committee held in
    // Comité on the same day is the same committee and is not duplicated.
    void syncImportedCommittees(qint64 productId, qint64 incubatorId, const QList<BetagouvEvent> &committees);

    QList<BetagouvFundingEntry> fundings(qint64 productId) const;
    void replaceImportedFunding(qint64 productId, const std::optional<BetagouvFunding> &funding);
    static QString fundingLabel(const BetagouvFunding &funding);

    // What the import and the export look up by identifier. `table` is one
    // of products, incubators, organisations.
    // Identifier → id of every row.
    QHash<QString, qint64> slugIds(const char *table) const;
    // Every id, in id order.
    QList<qint64> ids(const char *table) const;
    // The identifier of the row `id`; empty when there is none.
    QString slugOf(const char *table, qint64 id) const;
    // Whether most kept files come from the site's repository (content/…)
    // rather than an export folder: new files follow the same layout.
    bool siteLayout() const;

private:
    Database &m_db;
};

} // namespace Comite
