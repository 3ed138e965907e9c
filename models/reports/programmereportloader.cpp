#include "programmereportloader.h"

#include "storage/programmefactsreader.h"
#include "storage/storageerror.h"
#include "storage/workspace.h"

namespace Comite::ProgrammeReportLoader {

Result<ProgrammeReport> load(Workspace &ws, const QString &incubatorSlug, int fromYear)
{
    const Result<Result<ProgrammeReport>> read = attempt([&]() -> Result<ProgrammeReport> {
        std::optional<qint64> incubatorId;
        QString scope;
        if (!incubatorSlug.isEmpty()) {
            const auto incubator = ProgrammeFactsReader::incubator(ws.database(), incubatorSlug);
            if (!incubator)
                return makeFailure(ProgrammeReport::tr("No incubator “%1” in %2.").arg(incubatorSlug, ws.database().displayName()));
            incubatorId = incubator->first;
            scope = incubator->second;
        }
        ProgrammeFacts facts = ProgrammeFactsReader::read(ws.database(), ws.today(), incubatorId);
        facts.scope = scope;
        return ProgrammeReport::compute(facts, ws.today(), fromYear);
    });
    if (!read)
        return read.error();
    return read.value();
}

} // namespace Comite::ProgrammeReportLoader
