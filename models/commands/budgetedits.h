#pragma once
// The narrow API widgets and the command line call to edit a product's
// budget: envelopes and monthly spending by line. Each function checks
// the edit, then pushes the matching undo command; a refused edit returns
// false (or 0) with a translated message in `error` and changes nothing.

#include "domain/budgetenvelope.h"
#include "storage/workspace.h"

namespace Comite::Edit {

// Returns the new envelope's id, or 0.
qint64 addEnvelope(Workspace &ws, const Envelope &envelope, QString *error = nullptr);
bool updateEnvelope(Workspace &ws, const Envelope &envelope, QString *error = nullptr);
bool removeEnvelope(Workspace &ws, qint64 envelopeId, QString *error = nullptr);

// Sets what a product spent (or plans to spend, `forecast`) on a budget
// line in a month ("YYYY-MM"); no amount clears it.
bool setSpending(Workspace &ws, qint64 productId, const QString &month, const QString &line, bool forecast,
                 std::optional<qint64> amount, QString *error = nullptr);

} // namespace Comite::Edit
