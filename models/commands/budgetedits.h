#pragma once
// The narrow API widgets and the command line call to edit a product's
// budget: envelopes and monthly spending by line. Each function checks
// the edit, then pushes the matching undo command; a refused edit returns
// the failure (a translated message) and changes nothing.

#include "domain/budgetenvelope.h"
#include "domain/result.h"
#include "storage/workspace.h"

namespace Comite::Edit {

// Returns the new envelope's id.
Result<qint64> addEnvelope(Workspace &ws, const Envelope &envelope);
Result<void> updateEnvelope(Workspace &ws, const Envelope &envelope);
Result<void> removeEnvelope(Workspace &ws, qint64 envelopeId);

// Sets what a product spent (or plans to spend, `forecast`) on a budget
// line in a month ("YYYY-MM"); no amount clears it.
Result<void> setSpending(Workspace &ws, qint64 productId, const QString &month, const QString &line, bool forecast,
                         std::optional<qint64> amount);

} // namespace Comite::Edit
