#pragma once
// The narrow API for editing organisations and incubators: checks, then
// pushes an undo command. A refused edit returns the failure (a translated
// reason) and changes nothing.

#include "domain/result.h"
#include "storage/workspace.h"

namespace Comite::Edit {

// The add functions return the new record's id.
Result<qint64> addOrganisation(Workspace &ws, const Organisation &organisation);
Result<void> updateOrganisation(Workspace &ws, const Organisation &organisation);
// Refused while it sponsors a product or owns an incubator.
Result<void> removeOrganisation(Workspace &ws, qint64 id);

Result<qint64> addIncubator(Workspace &ws, const Incubator &incubator);
Result<void> updateIncubator(Workspace &ws, const Incubator &incubator);
// Refused while products belong to it.
Result<void> removeIncubator(Workspace &ws, qint64 id);

} // namespace Comite::Edit
