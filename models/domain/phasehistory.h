#pragma once
// Rules over a product's phase history: which phase is current, and whether
// a history or a new transition is valid.

#include "product.h"

#include <QStringList>

namespace Comite {

namespace PhaseHistory {

// The phase with the latest start; on a tie, the one listed last.
// -1 when there is no phase.
int currentIndex(const QList<PhaseRecord> &phases);
std::optional<PhaseRecord> current(const QList<PhaseRecord> &phases);

// Problems with a whole history, one translated message each, naming the
// row (1-based). Empty when valid.
QStringList problems(const QList<PhaseRecord> &phases);

// An investigation starting the same day as a construction: beta.gouv.fr's
// 2020 backfill, not a real zero-length investigation. Left out of phase
// durations.
bool isBackfillInvestigation(const QList<PhaseRecord> &phases, int index);

// The days each finished phase lasted (end − start), backfill
// investigations left out.
QList<std::pair<Phase, int>> finishedDurations(const QList<PhaseRecord> &phases);

// The member space's rules (each phase at most once, a phase ends strictly
// after it starts), one translated message each; a backfill investigation
// is not counted against them.
QStringList memberSpaceProblems(const QList<PhaseRecord> &phases);

// The history after moving to `next`: the running phase ends on the
// transition date. Problems of the result go to `errors`.
QList<PhaseRecord> withTransition(const QList<PhaseRecord> &phases, const PhaseRecord &next,
                                  QStringList *errors);

} // namespace PhaseHistory

} // namespace Comite
