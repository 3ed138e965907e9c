#pragma once
// The narrow API widgets call to edit products: each function checks the
// edit, then pushes the matching undo command. On a refused edit it returns
// false with a translated message in `error` and changes nothing.

#include "storage/workspace.h"

namespace Comite::Edit {

// `expected` is the value the user started from (the form as loaded): when
// someone else changed the field since, the edit is refused and `error`
// shows both values (optimistic locking on a shared database).
bool setField(Workspace &ws, qint64 productId, ProductField field, const QVariant &value, QString *error = nullptr,
              const QVariant &expected = {});
bool setSponsors(Workspace &ws, qint64 productId, const QList<qint64> &organisationIds, QString *error = nullptr);
bool setLinks(Workspace &ws, qint64 productId, const QList<ProductLink> &links, QString *error = nullptr);
bool addPhaseTransition(Workspace &ws, qint64 productId, const PhaseRecord &next, QString *error = nullptr);
// Replaces the history (a row edited or removed); `text` names the edit.
bool setPhases(Workspace &ws, qint64 productId, const QList<PhaseRecord> &phases, const QString &text,
               QString *error = nullptr);
// Returns the new product's id, or 0.
qint64 addProduct(Workspace &ws, const Product &product, QString *error = nullptr);
bool removeProduct(Workspace &ws, qint64 productId, QString *error = nullptr);
bool recordCommittee(Workspace &ws, const CommitteeReview &review, QString *error = nullptr);
bool removeCommittee(Workspace &ws, const CommitteeReview &review, QString *error = nullptr);

// Problems with a product before it is added (title, slug), translated.
QStringList productProblems(Workspace &ws, const Product &product);

} // namespace Comite::Edit
