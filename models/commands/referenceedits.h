#pragma once
// The narrow API for editing organisations and incubators: checks, then
// pushes an undo command. Refused edits return false (or 0) with a
// translated reason in `error` and change nothing.

#include "storage/workspace.h"

namespace Comite::Edit {

qint64 addOrganisation(Workspace &ws, const Organisation &organisation, QString *error = nullptr);
bool updateOrganisation(Workspace &ws, const Organisation &organisation, QString *error = nullptr);
// Refused while it sponsors a product or owns an incubator.
bool removeOrganisation(Workspace &ws, qint64 id, QString *error = nullptr);

qint64 addIncubator(Workspace &ws, const Incubator &incubator, QString *error = nullptr);
bool updateIncubator(Workspace &ws, const Incubator &incubator, QString *error = nullptr);
// Refused while products belong to it.
bool removeIncubator(Workspace &ws, qint64 id, QString *error = nullptr);

} // namespace Comite::Edit
