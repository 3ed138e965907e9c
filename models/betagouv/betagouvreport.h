#pragma once
// The outcome of a beta.gouv.fr import: how many records were created,
// updated or left unchanged, which files were skipped and why, and the
// warnings and notes about single entries. Printed by the command line and
// shown by the import dialog.

#include "betagouvrecords.h"
#include "storage/memberrepository.h"

#include <QJsonObject>
#include <QMap>

namespace Comite {

struct BetagouvCounts {
    int organisations = 0;
    int incubators = 0;
    int products = 0;
    int total() const { return organisations + incubators + products; }
    void add(BetagouvKind kind)
    {
        ++(kind == BetagouvKind::Organisation ? organisations : kind == BetagouvKind::Incubator ? incubators : products);
    }
    bool operator==(const BetagouvCounts &) const = default;
};

struct BetagouvReport {
    QString root;
    QString error;             // the import failed as a whole; nothing written
    bool strict = false;
    bool strictRefused = false;  // --strict and bad files: nothing written
    bool cancelled = false;      // nothing written
    int files = 0;               // files looked at
    BetagouvCounts created;
    BetagouvCounts updated;
    BetagouvCounts unchanged;
    QList<BetagouvIssue> skipped;
    QList<BetagouvIssue> warnings;
    QList<BetagouvIssue> notes;
    QList<BetagouvPhaseRename> renames;  // old phase names read as today's, one per phase entry
    // Warnings that do not make --strict refuse: the member space's rules
    // (each phase once, end after start) and the 2020 backfill's
    // zero-length investigations; the entries were read as they are.
    QList<BetagouvIssue> advisories;
    // The member space import only: the members read (-1 otherwise) and the
    // team logins it added to or removed from the imported products.
    int membersRead = -1;
    TeamChanges teams;

    // How many phase entries each old name → today's name mapping read,
    // keyed "alumni → abandon".
    QMap<QString, int> renameCounts() const;

    bool hasProblems() const { return !skipped.isEmpty() || !warnings.isEmpty(); }
    // Files skipped or with warnings.
    int problemFiles() const;
    // True when the import went through (possibly changing nothing).
    bool succeeded() const { return error.isEmpty() && !strictRefused && !cancelled; }
    // Something in the database changed.
    bool changedDatabase() const { return succeeded() && created.total() + updated.total() > 0; }
    // 0 done (even with files skipped), 1 failed, refused by --strict, or
    // no file could be read at all.
    int exitCode() const;
    // The report for people, translated, one fact per line.
    QString text() const;
    // The report for scripts (`--json`): counts, issues with path and line,
    // renames; the member space import adds `members_read` and `teams`.
    QJsonObject json() const;
};

} // namespace Comite
