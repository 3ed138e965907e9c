#pragma once
// Undo and redo that keep the history true when the database refuses the
// step (a constraint, a permission, a colleague's change on a shared
// database): QUndoStack moves its index whatever the command did, so these
// step it back over a refused command without writing. The refusal is
// reported once, through Workspace::errorOccurred.

#include "storage/workspace.h"

namespace Comite::Edit {

// Undoes the last step; false (stack unchanged) when it was refused.
bool undo(Workspace &ws);
// Redoes the next step; false (stack unchanged) when it was refused.
bool redo(Workspace &ws);

} // namespace Comite::Edit
