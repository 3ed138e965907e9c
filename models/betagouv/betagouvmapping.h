#pragma once
// Reads one beta.gouv.fr file (YAML front matter + Markdown body) into a
// record in Comité's terms: `mission` becomes the pitch, `phases` the phase
// history, `events` committees and timeline, `fast` a funding record, the
// body the description. Bad entries are left out with a warning naming the
// line; a file that cannot be read at all is skipped with its reason.
// Pure and thread-safe: no storage involved.

#include "betagouvrecords.h"

namespace Comite {

class BetagouvMapping
{
public:
    // What reading one file gave besides its record.
    struct Outcome {
        std::optional<BetagouvIssue> skip;  // set when the file is left out
        QList<BetagouvIssue> warnings;
        QList<BetagouvIssue> notes;
        QList<BetagouvPhaseRename> renames;  // old phase names read as today's
        // Warnings that do not stop --strict: the member space's rules, the
        // 2020 backfill; the entries are read as they are.
        QList<BetagouvIssue> advisories;
    };

    static std::optional<BetagouvOrganisationRecord> organisation(const BetagouvSource &source, const QString &slug,
                                                                  Outcome &outcome);
    static std::optional<BetagouvIncubatorRecord> incubator(const BetagouvSource &source, const QString &slug,
                                                            Outcome &outcome);
    static std::optional<BetagouvProductRecord> product(const BetagouvSource &source, const QString &slug,
                                                        Outcome &outcome);

    // The identifier a file name stands for: the name without ".md".
    static QString slugForFileName(const QString &fileName);
    // "/organisations/dinum" → "dinum"; a bare "dinum" stays as is.
    static QString referencedSlug(const QString &reference, const QString &folder);
    // The event kinds beta.gouv.fr knows; others are kept but noted.
    static bool isKnownEventKind(const QString &kind);
    // The phase names rewritten on 2026-05-11 and 2026-05-28 (alumni,
    // success, transfer, perennisation); see oldPhaseRule().
    static bool isOldPhaseName(const QString &name);
    // How old phase names are read, one translated sentence (README, report).
    static QString oldPhaseRule();
    // "2024-05-02", also with a time after it; null when not a date.
    static QDate parseDate(const QString &text);
};

} // namespace Comite
