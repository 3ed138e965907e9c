#pragma once
// Everything the written deliberation of one session says, read at once
// from the workspace: the session, its incubator, the deliberation's
// versions and, for each product, what the committee looked at on the
// session's date (phase, impact matrix, North Star, the roadmap reviewed
// and the one requested) and the next committee. The North Star chart is
// given as data; the caller in ui/ or app/ draws it into `northStarImage`.

#include "domain/deliberation.h"
#include "domain/impactmatrixoverview.h"
#include "domain/roadmapreview.h"
#include "domain/session.h"
#include "charts/chartdata.h"
#include "storage/spendingentry.h"

#include <QImage>
#include <optional>

namespace Comite {

class Workspace;

struct DeliberationProduct {
    SessionProduct ref;
    Product product;
    QStringList payers;  // the sponsor administrations that pay (names)
    std::optional<Phase> phase;  // when the committee met
    QList<IndicatorSeries> indicators;
    QList<MatrixColumn> matrix;
    std::optional<Roadmap> reviewed;   // the period that ends: its attainment
    QList<ReviewRow> review;
    std::optional<Roadmap> requested;  // the team's request for the next period
    // Actual spending over the last period: the months from the previous
    // committee's (or the first month spent) up to the session's month,
    // which is left out; `spendingFrom` is that committee's day (null
    // when the product had none), `spendingMonths` the months covered
    // ("YYYY-MM", first and last; empty when nothing was spent).
    QList<SpendingEntry> spending;
    QDate spendingFrom;
    QString spendingFirstMonth;
    QString spendingLastMonth;
    QDate nextCommittee;
    bool nextCommitteePlanned = false;  // a session is planned, not just due
    TimeChart northStar;   // empty without a North Star
    QImage northStarImage;  // drawn by the caller; null: none
};

struct DeliberationData {
    Session session;
    QString incubator;
    QList<DeliberationVersion> versions;
    DeliberationVersion version;  // in force
    QList<DeliberationProduct> products;
    QDate today;

    const Participant *secretary() const;
    const Participant *chair() const;
    // Throws StorageError; none when the session does not exist.
    static std::optional<DeliberationData> load(Workspace &ws, qint64 sessionId);
    // The product's side of the document, as loaded for a session on `date`.
    static DeliberationProduct loadProduct(Workspace &ws, const SessionProduct &ref, const Session &session);
};

} // namespace Comite
