#pragma once
// The narrow API widgets and the command line call to follow up decisions:
// set an item's status (open, done, dropped), one undoable step recorded in
// the item's history with who and when.

#include "domain/followup.h"
#include "domain/result.h"
#include "storage/workspace.h"

namespace Comite::Edit {

// Refused (nothing written) when the item no longer exists or already has
// that status. `by` defaults to the system user's name.
Result<void> setFollowupStatus(Workspace &ws, const FollowupKey &key, FollowupStatus status, const QString &note = {},
                               const QString &by = {});

} // namespace Comite::Edit
