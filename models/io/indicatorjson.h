#pragma once
// A product's indicators and efficiency as JSON for `product SLUG --json`
// (keys `indicators`, `efficiency`, `missing_mandatory_indicators`). Key
// names and types are a contract: extend, never rename.

#include "storage/workspace.h"

#include <QJsonObject>

namespace Comite::IndicatorJson {
// Adds the keys to the product's object.
void addProductKeys(Workspace &ws, qint64 productId, QJsonObject &product);
}
