#pragma once
// The narrow API for a session's written deliberation: mark it final
// (locks the session's decisions, scores and notes) and correct it (a new
// numbered draft version with its reason, earlier versions kept). Undoable;
// a refused edit returns false with a translated message in `error`.

#include "storage/workspace.h"

namespace Comite::Edit {

// Refused unless the session is held and its deliberation is a draft. The
// version keeps the deliberation's text (Markdown) as it is made final.
bool markDeliberationFinal(Workspace &ws, qint64 sessionId, QString *error = nullptr);
// Refused unless the deliberation is final and `reason` says why.
bool correctDeliberation(Workspace &ws, qint64 sessionId, const QString &reason, QString *error = nullptr);

} // namespace Comite::Edit
