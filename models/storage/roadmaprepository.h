#pragma once
// Reads and writes products' roadmaps whole: the roadmap row with its
// priorities, expected results, listed texts, team, budget request,
// support needs and standards. Saving keeps every id it is given, so undo
// restores a roadmap exactly as it was.

#include "domain/roadmap.h"
#include "domain/roadmapparts.h"

#include <optional>

namespace Comite {

class Database;

// A committee session a product is on, for choosing the one that approved
// a roadmap.
struct CommitteeSessionRef {
    qint64 id = 0;
    QDate date;
    bool held = false;
    bool operator==(const CommitteeSessionRef &) const = default;
};

class RoadmapRepository
{
public:
    explicit RoadmapRepository(Database &db) : m_db(db) {}

    // A product's roadmaps, by start date.
    QList<Roadmap> forProduct(qint64 productId) const;
    std::optional<Roadmap> load(qint64 id) const;
    // Only `parts` (and the roadmap's own row): what a view re-reads after a
    // change to those parts. Other lists are left empty.
    std::optional<Roadmap> load(qint64 id, RoadmapParts parts) const;
    int count() const;

    // Inserts the roadmap (keeping its id when set) or replaces the stored
    // one with the same id, children included. Returns it with the ids the
    // database gave to new rows.
    Roadmap save(const Roadmap &roadmap);
    void remove(qint64 id);

    // The product's committee sessions, oldest first.
    QList<CommitteeSessionRef> sessionsOfProduct(qint64 productId) const;
    // The first planned session of the product on or after `today`.
    std::optional<CommitteeSessionRef> nextPlannedSession(qint64 productId, QDate today) const;

private:
    QList<Roadmap> read(const QString &where, const QVariantList &bindings, RoadmapParts parts = allRoadmapParts) const;
    void writeChildren(Roadmap &roadmap);
    Database &m_db;
};

} // namespace Comite
