#pragma once
// Value types of the portfolio: organisations, incubators and products with
// their phase history and links, as stored and edited.

#include "decisionoption.h"
#include "phase.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Comite {

struct Organisation {
    qint64 id = 0;
    QString slug;
    QString name;
    QString acronym;
    QString kind;  // "ministere", "operateur", "administration-centrale"… as published
    QString displayName() const { return acronym.isEmpty() ? name : acronym; }
    bool operator==(const Organisation &) const = default;
};

struct Incubator {
    qint64 id = 0;
    QString slug;
    QString name;
    qint64 ownerId = 0;               // organisation, 0 when unknown
    std::optional<qint64> yearlyBudget;  // euros
    bool operator==(const Incubator &) const = default;
};

struct PhaseRecord {
    Phase phase = Phase::Investigation;
    QDate start;
    QDate end;        // null while the phase runs
    QString comment;
    bool restart = false;  // explicitly restarts a product after a stop
    bool operator==(const PhaseRecord &) const = default;
};

struct ProductLink {
    QString kind;  // site, repository, stats, budget, dashlord, impact, other
    QString url;
    bool operator==(const ProductLink &) const = default;
};

struct Product {
    qint64 id = 0;
    QString slug;
    QString title;
    QString pitch;
    qint64 incubatorId = 0;
    QList<qint64> sponsorIds;
    QString intrapreneur;
    QString coach;
    QString description;  // Markdown
    QList<ProductLink> links;
    QList<PhaseRecord> phases;
    bool operator==(const Product &) const = default;
};

// A committee the product went through: a held session's decision.
struct CommitteeReview {
    qint64 sessionId = 0;
    qint64 productId = 0;
    QDate date;
    DecisionOption decision = DecisionOption::Recorded;
    QString comment;
    bool operator==(const CommitteeReview &) const = default;
};

} // namespace Comite
