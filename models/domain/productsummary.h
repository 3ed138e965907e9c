#pragma once
// One portfolio row as read from storage: what the table, the filters and
// the summary need about a product, without its long texts.

#include "product.h"
#include "productstatus.h"

#include <QStringList>

namespace Comite {

struct ProductSummary {
    qint64 id = 0;
    QString slug;
    QString title;
    qint64 incubatorId = 0;
    QString incubatorSlug;
    QString incubatorName;
    QStringList sponsorSlugs;
    QStringList sponsorNames;  // acronym when there is one
    QList<PhaseRecord> phases;
    QDate lastCommittee;
    int committeeCount = 0;
    IndicatorFacts indicatorFacts;  // read with the summary (IndicatorFactsReader)
    QDate envelopeExhaustion;       // read with the summary (EnvelopeProjectionReader)

    ProductStatus status(QDate today) const
    {
        ProductStatus s = ProductStatus::compute(phases, lastCommittee, today, indicatorFacts);
        s.applyEnvelope(envelopeExhaustion, today);
        return s;
    }
};

} // namespace Comite
