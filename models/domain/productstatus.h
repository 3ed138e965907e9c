#pragma once
// What a product's phases and committees say on a given day: the current
// phase and how long it has run, when the next committee is due, and the
// warnings the portfolio shows. Pure computation, no storage.

#include "committeeschedule.h"
#include "indicatorfacts.h"
#include "product.h"

#include <QStringList>

namespace Comite {

// Warning codes are a contract (`product --json` "warnings").
namespace WarningCode {
inline const QString PhaseOverrun = QStringLiteral("phase-overrun");
inline const QString CommitteeOverdue = QStringLiteral("committee-overdue");
// Still incubated, imported from beta.gouv.fr with no committee on record:
// the last committee is unknown (the files hold few), so it is not overdue.
inline const QString CommitteeUnknown = QStringLiteral("committee-unknown");
// Indicators (construction and later, while incubated): no impact measured
// in 6 months while usage is; mandatory matrix indicators missing; cost per
// impact (or per use) rose since the last committee.
inline const QString UsageOnly = QStringLiteral("usage-only");
inline const QString MissingMandatoryIndicators = QStringLiteral("missing-mandatory-indicators");
inline const QString EfficiencyWorsening = QStringLiteral("efficiency-worsening");
QString label(const QString &code);
}

struct ProductStatus {
    std::optional<Phase> currentPhase;
    QDate phaseStart;
    QDate lastCommittee;
    QDate nextCommitteeDue;
    bool committeeOverdue = false;
    bool committeeUnknown = false;  // no committee on record (imported product): due date unknown
    bool phaseOverrun = false;
    int daysInPhase = 0;
    bool usageOnly = false;
    bool efficiencyWorsening = false;
    QStringList missingMandatory;  // mandatory matrix indicator keys
    QDate envelopeExhaustion;      // when the current envelope runs out, if known
    bool dueToEnvelope = false;    // the due date comes from the envelope

    QStringList warnings() const;

    // `firstPhaseStart` and `lastCommittee` may be null dates.
    static ProductStatus compute(const QList<PhaseRecord> &phases, QDate lastCommittee, QDate today);
    // With the indicator warnings, for products in construction or later
    // still incubated.
    static ProductStatus compute(const QList<PhaseRecord> &phases, QDate lastCommittee, QDate today,
                                 const IndicatorFacts &indicators);
    // Brings the envelope into the due date (CommitteeSchedule::withEnvelope)
    // and the overdue warning.
    void applyEnvelope(QDate exhaustion, QDate today);
    // No committee on record for an imported product: the committee is
    // unknown rather than overdue; only a running-out envelope makes it due.
    void applyNoCommitteeOnRecord(QDate today);

private:
    // Stopped, abandoned, transferred or operated (out of incubation): no
    // committee is due any more, so no next date anywhere (issue #20).
    void settleOutOfIncubation();
};

} // namespace Comite
