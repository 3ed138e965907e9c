#pragma once
// One portfolio row as read from storage: what the table, the filters and
// the summary need about a product, without its long texts.

#include "product.h"
#include "productstatus.h"

#include <QStringList>

namespace Comite {

struct ProductSummary {
    qint64 id = 0;
    QString slug;
    QString title;
    qint64 incubatorId = 0;
    QString incubatorSlug;
    QString incubatorName;
    QList<qint64> coIncubatorIds;  // co-incubation: the other incubators, primary excluded
    QStringList coIncubatorSlugs;
    QStringList coIncubatorNames;
    // Committees come from beta.gouv.fr's files, where they are sparse: with
    // none on record the first committee is unknown, not overdue.
    bool committeesFromFiles = false;
    QStringList sponsorSlugs;
    QStringList sponsorNames;  // acronym when there is one
    QList<PhaseRecord> phases;
    QDate lastCommittee;
    int committeeCount = 0;
    IndicatorFacts indicatorFacts;  // read with the summary (IndicatorFactsReader)
    QDate envelopeExhaustion;       // read with the summary (EnvelopeProjectionReader)
    QDate provisionalEnd;           // last decision provisional: the end of its period (FollowupRepository)
    int followupsPastDue = 0;       // open follow-up items past their due date (FollowupRepository)

    // The primary incubator then the co-incubators.
    QList<qint64> incubatorIds() const { return incubatorId ? QList<qint64>{incubatorId} + coIncubatorIds : coIncubatorIds; }
    QStringList incubatorSlugs() const
    {
        return incubatorSlug.isEmpty() ? coIncubatorSlugs : QStringList{incubatorSlug} + coIncubatorSlugs;
    }

    ProductStatus status(QDate today) const
    {
        ProductStatus s = ProductStatus::compute(phases, lastCommittee, today, indicatorFacts);
        s.applyEnvelope(envelopeExhaustion, today);
        if (committeesFromFiles && committeeCount == 0)
            s.applyNoCommitteeOnRecord(today);
        if (provisionalEnd.isValid()) {
            // A provisional decision plans the next committee at the end of
            // its period (not a margin before its own envelope runs out).
            s.nextCommitteeDue = CommitteeSchedule::withProvisional(CommitteeSchedule::dueDate(lastCommittee, {}), provisionalEnd);
            s.dueToEnvelope = false;
            s.committeeOverdue = CommitteeSchedule::isOverdue(s.nextCommitteeDue, today, s.currentPhase);
        }
        return s;
    }
};

} // namespace Comite
