#include "roadmapdossier.h"

#include "envelopeprojectionreader.h"
#include "followuprepository.h"
#include "workspace.h"

namespace Comite {

QDate RoadmapDossier::committeeDate() const
{
    return plannedSession ? plannedSession->date : status.nextCommitteeDue;
}

QHash<qint64, IndicatorSeries> RoadmapDossier::indicatorsById() const
{
    QHash<qint64, IndicatorSeries> byId;
    for (const IndicatorSeries &s : indicators)
        byId.insert(s.indicator.id, s);
    return byId;
}

PreparationFacts RoadmapDossier::preparationFacts() const
{
    PreparationFacts f;
    f.phase = status.currentPhase;
    f.pitch = product.pitch;
    f.description = product.description;
    f.sponsorCount = int(product.sponsorIds.size());
    f.roadmaps = roadmaps;
    f.indicators = indicators;
    f.monthly = monthly;
    f.envelopes = envelopes;
    f.committeeDate = committeeDate();
    f.today = today;
    return f;
}

std::optional<RoadmapDossier> RoadmapDossier::load(Workspace &ws, qint64 productId)
{
    auto product = ws.products().load(productId);
    auto summary = ws.products().summary(productId);
    if (!product || !summary)
        return std::nullopt;
    RoadmapDossier d;
    d.today = ws.today();
    d.product = std::move(*product);
    d.summary = std::move(*summary);
    d.status = d.summary.status(d.today);
    d.roadmaps = ws.roadmaps().forProduct(productId);
    d.envelopes = ws.envelopes().forProduct(productId);
    d.spending = ws.spending().forProduct(productId);
    d.monthly = EnvelopeProjectionReader::monthly(d.spending);
    d.indicators = ws.indicators().seriesForProduct(productId);
    d.sessions = ws.roadmaps().sessionsOfProduct(productId);
    d.plannedSession = ws.roadmaps().nextPlannedSession(productId, d.today);
    d.budget = BudgetProjection::compute(d.envelopes, d.monthly, d.today);
    d.followups = FollowupRepository(ws.database()).items(productId);
    return d;
}

} // namespace Comite
