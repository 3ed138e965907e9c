#pragma once
// The narrow API widgets and the command line call to edit indicators,
// their measurements and targets: each function checks the edit, then
// pushes the matching undo command. A refused edit returns the failure
// (a translated message) and changes nothing.

#include "domain/result.h"
#include "storage/workspace.h"

namespace Comite::Edit {

// Problems with an indicator before it is added or saved (name, matrix
// indicator it fills), translated.
QStringList indicatorProblems(Workspace &ws, const Indicator &indicator);

// Returns the new indicator's id. Setting the North Star moves it from the
// product's current one.
Result<qint64> addIndicator(Workspace &ws, const Indicator &indicator);
Result<void> updateIndicator(Workspace &ws, const Indicator &indicator);
Result<void> removeIndicator(Workspace &ws, qint64 indicatorId);

// One value per indicator and day; a measurement cannot be dated after
// today. Returns the new measurement's id.
Result<qint64> addMeasurement(Workspace &ws, const Measurement &measurement);
Result<void> updateMeasurement(Workspace &ws, const Measurement &measurement);
Result<void> removeMeasurement(Workspace &ws, const Measurement &measurement);
// Adds many measurements of a product's indicators as one undoable step;
// a value on a day that already has one replaces it.
Result<void> importMeasurements(Workspace &ws, qint64 productId, const QList<Measurement> &measurements);

// Returns the new target's id.
Result<qint64> addTarget(Workspace &ws, const IndicatorTarget &target);
Result<void> updateTarget(Workspace &ws, const IndicatorTarget &target);
Result<void> removeTarget(Workspace &ws, const IndicatorTarget &target);

} // namespace Comite::Edit
