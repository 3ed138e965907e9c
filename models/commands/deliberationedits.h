#pragma once
// The narrow API for a session's written deliberation: mark it final
// (locks the session's decisions, scores and notes) and correct it (a new
// numbered draft version with its reason, earlier versions kept). Undoable;
// a refused edit returns the failure (its message translated).

#include "domain/result.h"
#include "storage/workspace.h"

#include <functional>

namespace Comite {
struct DeliberationData;
}

namespace Comite::Edit {

// Renders the record a final version keeps (ui/ draws the charts into it).
using DeliberationFreezer = std::function<QString(DeliberationData &data)>;

// Refused unless the session is held and its deliberation is a draft. The
// version keeps the record as it is made final (deliberationsnapshot.h):
// `freeze`'s, else the documents without charts; every later export of
// the version reads from it.
Result<void> markDeliberationFinal(Workspace &ws, qint64 sessionId, const DeliberationFreezer &freeze = {});
// The approval workflow: the secretary submits the draft to the chair
// (`by`: who submits; empty: the session's secretary), then the chair
// approves it, which records who and when and makes it final as
// markDeliberationFinal does. Submitting is refused unless the session is
// held and the version is a draft not yet submitted; approving unless it
// is submitted and `by` is the session's chair (when one is listed).
Result<void> submitDeliberation(Workspace &ws, qint64 sessionId, const QString &by);
Result<void> approveDeliberation(Workspace &ws, qint64 sessionId, const QString &by, const DeliberationFreezer &freeze = {});
// Refused unless the deliberation is final and `reason` says why.
Result<void> correctDeliberation(Workspace &ws, qint64 sessionId, const QString &reason);

} // namespace Comite::Edit
