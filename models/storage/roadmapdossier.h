#pragma once
// Everything the roadmap, budget and preparation views, the JSON and the
// pre-read need about one product, read at once: the product and its
// status, roadmaps, envelopes, spending, indicators and next committee;
// with what is computed from them (budget projection, preparation).

#include "domain/budgetprojection.h"
#include "domain/followup.h"
#include "domain/preparation.h"
#include "domain/productsummary.h"
#include "roadmaprepository.h"
#include "spendingentry.h"

#include <optional>

namespace Comite {

class Workspace;

struct RoadmapDossier {
    Product product;
    ProductSummary summary;
    ProductStatus status;
    QList<Roadmap> roadmaps;  // by start
    QList<Envelope> envelopes;
    QList<SpendingEntry> spending;
    QMap<QString, MonthSpending> monthly;
    QList<IndicatorSeries> indicators;
    QList<CommitteeSessionRef> sessions;  // the product's, oldest first
    std::optional<CommitteeSessionRef> plannedSession;
    BudgetProjection budget;
    QList<FollowupItem> followups;  // the follow-up register of the product's decisions
    QDate today;

    // The next committee: the planned session, else the due date.
    QDate committeeDate() const;
    QHash<qint64, IndicatorSeries> indicatorsById() const;
    PreparationFacts preparationFacts() const;
    Preparation preparation() const { return Preparation::evaluate(preparationFacts()); }
    const Roadmap *roadmapAt(int index) const { return index >= 0 && index < roadmaps.size() ? &roadmaps[index] : nullptr; }

    // Throws StorageError; null when the product does not exist.
    static std::optional<RoadmapDossier> load(Workspace &ws, qint64 productId);
};

} // namespace Comite
