#pragma once
// The narrow API widgets and the command line call to edit roadmaps: each
// function checks the edit, then pushes a ChangeRoadmap. A refused edit
// returns the failure (its message translated) and changes nothing.

#include "domain/result.h"
#include "domain/roadmap.h"
#include "storage/workspace.h"

namespace Comite::Edit {

// Problems with a roadmap before it is saved: its own rules, its period
// against the product's other roadmaps, its indicators and session.
QStringList roadmapProblems(Workspace &ws, const Roadmap &roadmap);

// Adds the roadmap; returns its id.
Result<qint64> addRoadmap(Workspace &ws, const Roadmap &roadmap);
// Adds the roadmap of the period after the product's last one (carrying
// over its vision, potential and team), or of six months from `start`
// when there is none. Returns its id.
Result<qint64> addNextRoadmap(Workspace &ws, qint64 productId, QDate start);
// Saves an edited roadmap; `text` names the step in the undo history and
// consecutive edits with the same `mergeKey` merge into one step.
Result<void> saveRoadmap(Workspace &ws, const Roadmap &roadmap, const QString &text, const QString &mergeKey = {});
// Saves only `parts` of `roadmap` over the stored roadmap: a view showing
// those parts edits them and leaves the others as stored.
Result<void> saveRoadmapParts(Workspace &ws, const Roadmap &roadmap, RoadmapParts parts, const QString &text,
                              const QString &mergeKey = {});
// `shown` with `parts` read again from the database (the roadmap's own row
// comes with them); null when the roadmap no longer exists. Throws
// StorageError.
std::optional<Roadmap> reloadRoadmapParts(Workspace &ws, const Roadmap &shown, RoadmapParts parts);
Result<void> removeRoadmap(Workspace &ws, qint64 roadmapId);

} // namespace Comite::Edit
