#pragma once
// Reads the follow-up register (the actions, conditions and blockers of the
// decisions of held sessions, with their status history) and writes its
// status changes (table `followup_changes`, migration 12). Inserts keep a
// change's id when it has one, so undo and redo restore it exactly.

#include "domain/followup.h"
#include "productfilter.h"

#include <QHash>
#include <optional>

namespace Comite {

class Database;
class HeldSessions;

class FollowupRepository
{
public:
    explicit FollowupRepository(Database &db) : m_db(db) {}

    // Every item of the decisions of held sessions, oldest committee first,
    // with its status and history; of one product when given.
    QList<FollowupItem> items(std::optional<qint64> productId = std::nullopt) const;
    std::optional<FollowupItem> item(const FollowupKey &key) const;
    std::optional<FollowupChange> loadChange(qint64 id) const;
    qint64 insertChange(const FollowupChange &change);
    void removeChange(qint64 id);
    // The product a decision is about (0 when it does not exist).
    qint64 productOfDecision(qint64 decisionId) const;

    // What the portfolio needs per product: the end of the period of its
    // last decision when provisional, and its open items past due.
    struct ProductFacts {
        QDate provisionalEnd;
        int pastDue = 0;
    };
    // `held`: the held sessions, read once by the caller (the summaries
    // read them for the committees too).
    static QHash<qint64, ProductFacts> productFacts(Database &db, QDate today, const HeldSessions &held,
                                                    const ProductFilter &products);

private:
    Database &m_db;
};

} // namespace Comite
