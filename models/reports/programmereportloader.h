#pragma once
// Reads a portfolio's facts and computes its programme report, for the
// window and `comite report programme`: the whole portfolio or one
// incubator, from a cohort year on.

#include "domain/result.h"
#include "programmereport.h"

namespace Comite {

class Workspace;

namespace ProgrammeReportLoader {
// An empty `incubatorSlug`: every product. A failure (translated) when the
// incubator does not exist or the database cannot be read.
Result<ProgrammeReport> load(Workspace &ws, const QString &incubatorSlug = {}, int fromYear = 0);
}

} // namespace Comite
