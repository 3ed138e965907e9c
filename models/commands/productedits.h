#pragma once
// The narrow API widgets call to edit products: each function checks the
// edit, then pushes the matching undo command. A refused edit returns the
// failure (a translated message) and changes nothing.

#include "domain/result.h"
#include "storage/workspace.h"

namespace Comite::Edit {

// `expected` is the value the user started from (the form as loaded): when
// someone else changed the field since, the edit is refused and the failure
// shows both values (optimistic locking on a shared database).
Result<void> setField(Workspace &ws, qint64 productId, ProductField field, const QVariant &value,
                      const QVariant &expected = {});
Result<void> setSponsors(Workspace &ws, qint64 productId, const QList<qint64> &organisationIds);
Result<void> setLinks(Workspace &ws, qint64 productId, const QList<ProductLink> &links);
Result<void> addPhaseTransition(Workspace &ws, qint64 productId, const PhaseRecord &next);
// Replaces the history (a row edited or removed); `text` names the edit.
Result<void> setPhases(Workspace &ws, qint64 productId, const QList<PhaseRecord> &phases, const QString &text);
// Returns the new product's id.
Result<qint64> addProduct(Workspace &ws, const Product &product);
Result<void> removeProduct(Workspace &ws, qint64 productId);
Result<void> recordCommittee(Workspace &ws, const CommitteeReview &review);
Result<void> removeCommittee(Workspace &ws, const CommitteeReview &review);

// Problems with a product before it is added (title, slug), translated.
QStringList productProblems(Workspace &ws, const Product &product);

} // namespace Comite::Edit
