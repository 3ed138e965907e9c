#pragma once
// What a beta.gouv.fr content folder holds once read: one record per
// organisation, incubator and product file (mapped to Comité's terms, with
// the file's original bytes kept for export), and the files or entries that
// could not be taken in, each with its reason.

#include "domain/product.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Comite {

enum class BetagouvKind { Organisation, Incubator, Startup };

// A problem or a remark about one file, with the line when known.
struct BetagouvIssue {
    QString path;     // relative to the imported folder, '/' separators
    int line = 0;     // 1-based line in the file, 0 when unknown
    QString message;  // translated, one sentence
    QString text() const
    {
        return line > 0 ? QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(message)
                        : QStringLiteral("%1: %2").arg(path, message);
    }
    bool operator==(const BetagouvIssue &) const = default;
};

// A phase name of the files before May 2026 (alumni, success, transfer,
// perennisation) read as today's name; counted in the import report.
struct BetagouvPhaseRename {
    QString from;  // the old name as written
    QString to;    // today's key it was read as
    bool operator==(const BetagouvPhaseRename &) const = default;
};

// One entry of a product's `events` list: `committee` or a timeline event
// (product_launch, national_impact, end, fast, other… kept as published).
struct BetagouvEvent {
    QString kind;
    QDate date;
    QString comment;
    bool operator==(const BetagouvEvent &) const = default;
};

// The `fast` block: the FAST fund's promotion and the amount in euros.
struct BetagouvFunding {
    int promotion = 0;
    qint64 amount = 0;
    bool operator==(const BetagouvFunding &) const = default;
};

// The file a record was read from: its path relative to the folder and its
// bytes exactly as read.
struct BetagouvSource {
    QString path;
    QByteArray content;
};

struct BetagouvOrganisationRecord {
    QString slug;
    BetagouvSource source;
    QString name;
    QString acronym;
    QString kind;  // the file's `type`
};

struct BetagouvIncubatorRecord {
    QString slug;
    BetagouvSource source;
    QString name;   // the file's `title`
    QString owner;  // organisation slug, empty when none
};

struct BetagouvProductRecord {
    QString slug;
    BetagouvSource source;
    QString title;
    QString pitch;        // `mission`
    QString description;  // the Markdown body
    QString incubator;    // incubator slug, empty when none
    QStringList coIncubators;  // `incubators:` besides the primary one, in file order
    QString contactDinum;      // `contact_dinum`: a member space username
    QString contactIncubator;  // `contact_incubator`: a member space username
    QStringList sponsors;  // organisation slugs, in file order
    QList<ProductLink> links;
    QList<PhaseRecord> phases;
    QList<BetagouvEvent> events;  // committees and timeline, in file order
    std::optional<BetagouvFunding> funding;

    QList<BetagouvEvent> committees() const;
    QList<BetagouvEvent> timeline() const;
};

inline const QString betagouvCommitteeKind = QStringLiteral("committee");

inline QList<BetagouvEvent> BetagouvProductRecord::committees() const
{
    QList<BetagouvEvent> result;
    for (const BetagouvEvent &e : events) {
        if (e.kind == betagouvCommitteeKind)
            result << e;
    }
    return result;
}

inline QList<BetagouvEvent> BetagouvProductRecord::timeline() const
{
    QList<BetagouvEvent> result;
    for (const BetagouvEvent &e : events) {
        if (e.kind != betagouvCommitteeKind)
            result << e;
    }
    return result;
}

// Everything read from one folder.
struct BetagouvBatch {
    QString root;
    QString error;  // the folder could not be read at all (translated)
    bool siteLayout = false;  // content/_startups… rather than startups/…
    QList<BetagouvOrganisationRecord> organisations;
    QList<BetagouvIncubatorRecord> incubators;
    QList<BetagouvProductRecord> products;
    QList<BetagouvIssue> skipped;   // files left out, with the reason
    QList<BetagouvIssue> warnings;  // entries left out or doubtful; the file was read
    QList<BetagouvIssue> notes;     // handled as the user would expect, said for the record
    QList<BetagouvPhaseRename> renames;  // old phase names read as today's, one per phase entry
    QList<BetagouvIssue> advisories;  // the member space's rules and the 2020 backfill: read as they are
    int files = 0;                  // files looked at
    bool cancelled = false;

    int recordCount() const { return int(organisations.size() + incubators.size() + products.size()); }
};

} // namespace Comite
