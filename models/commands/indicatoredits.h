#pragma once
// The narrow API widgets and the command line call to edit indicators,
// their measurements and targets: each function checks the edit, then
// pushes the matching undo command. On a refused edit it returns false
// (or 0) with a translated message in `error` and changes nothing.

#include "storage/workspace.h"

namespace Comite::Edit {

// Problems with an indicator before it is added or saved (name, matrix
// indicator it fills), translated.
QStringList indicatorProblems(Workspace &ws, const Indicator &indicator);

// Returns the new indicator's id, or 0. Setting the North Star moves it
// from the product's current one.
qint64 addIndicator(Workspace &ws, const Indicator &indicator, QString *error = nullptr);
bool updateIndicator(Workspace &ws, const Indicator &indicator, QString *error = nullptr);
bool removeIndicator(Workspace &ws, qint64 indicatorId, QString *error = nullptr);

// One value per indicator and day; a measurement cannot be dated after
// today. Returns the new measurement's id, or 0.
qint64 addMeasurement(Workspace &ws, const Measurement &measurement, QString *error = nullptr);
bool updateMeasurement(Workspace &ws, const Measurement &measurement, QString *error = nullptr);
bool removeMeasurement(Workspace &ws, const Measurement &measurement, QString *error = nullptr);
// Adds many measurements of a product's indicators as one undoable step;
// a value on a day that already has one replaces it.
bool importMeasurements(Workspace &ws, qint64 productId, const QList<Measurement> &measurements, QString *error = nullptr);

qint64 addTarget(Workspace &ws, const IndicatorTarget &target, QString *error = nullptr);
bool updateTarget(Workspace &ws, const IndicatorTarget &target, QString *error = nullptr);
bool removeTarget(Workspace &ws, const IndicatorTarget &target, QString *error = nullptr);

} // namespace Comite::Edit
