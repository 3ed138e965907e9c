#pragma once
// Reads what the programme report needs (reports/programmefacts.h) in a
// handful of set-based queries: products with their phases and held
// committees, the roadmaps whose period is over with their quantified
// results, and the measurements of the indicators those results follow.
// Throws StorageError.

#include "reports/programmefacts.h"

#include <optional>

namespace Comite {

class Database;

namespace ProgrammeFactsReader {
// The incubator's id and name by its slug; none when there is no such incubator.
std::optional<std::pair<qint64, QString>> incubator(Database &db, const QString &slug);
// Every product, or those of `incubatorId` (primary or co-incubated).
ProgrammeFacts read(Database &db, QDate today, std::optional<qint64> incubatorId = std::nullopt);
}

} // namespace Comite
