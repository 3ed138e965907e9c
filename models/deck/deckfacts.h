#pragma once
// What the committee deck of one product shows, read at once and cut at
// the committee's date: the product and its roadmaps, indicators, spending
// and follow-up statuses as they stood that day (later measurements,
// spending and status changes are left out, so the deck of a past session
// does not change), the session with its arbitration scores when one is
// given, and the efficiency figures.

#include "domain/efficiency.h"
#include "domain/session.h"
#include "storage/roadmapdossier.h"

#include <optional>

namespace Comite {

class Workspace;

struct DeckFacts {
    RoadmapDossier dossier;          // its `today` is the committee date
    std::optional<Session> session;  // the committee presented, when given
    QString incubatorName;
    EfficiencyFigures efficiency;

    QDate asOf() const { return dossier.today; }
    const Product &product() const { return dossier.product; }
    // The committee's date: the session's, else the next planned or due one.
    QDate committeeDate() const;

    // The facts of `productId` as of `sessionId`'s date, or today without a
    // session. Throws StorageError; null when the product or the session
    // does not exist (`error` says which), or the session does not hold
    // the product.
    static std::optional<DeckFacts> load(Workspace &ws, qint64 productId, qint64 sessionId = 0, QString *error = nullptr);
    // The same facts cut at `day`: measurements, targets reached, actual
    // spending and follow-up status changes after it are dropped and what
    // is computed is computed again.
    static void cutAt(RoadmapDossier &dossier, QDate day);
};

} // namespace Comite
