#pragma once
// Committees a product went through, as held sessions with a decision. This
// is the part of sessions the portfolio needs; the sessions feature extends
// it with agendas, participants and scores.

#include "domain/product.h"

#include <optional>

namespace Comite {

class Database;

// A committee decision a budget envelope can point to.
struct EnvelopeDecision {
    qint64 id = 0;
    QDate date;
    QString option;  // decision option key
};

class CommitteeRepository
{
public:
    explicit CommitteeRepository(Database &db) : m_db(db) {}

    // Held committees of a product, oldest first.
    QList<CommitteeReview> forProduct(qint64 productId) const;
    int heldReviewCount() const;  // one per product per held session
    // Every decision taken on the product, by session date.
    QList<EnvelopeDecision> decisionsOfProduct(qint64 productId) const;
    // Whether the session came from the beta.gouv.fr files (not held in Comité).
    bool isImported(qint64 sessionId) const;

    // Records a committee held on `review.date` as a held one-product
    // session with its decision. Keeps review.sessionId when set (undo).
    qint64 record(const CommitteeReview &review, qint64 incubatorId = 0);
    // The committee held in that session (its first product's decision),
    // none when there is no such held session.
    std::optional<CommitteeReview> recorded(qint64 sessionId) const;
    // Writes a recorded committee's date and decision over the stored ones.
    void updateRecorded(const CommitteeReview &review);
    // Removes a committee recorded with record() (its whole session).
    void removeRecorded(qint64 sessionId);
    // How many products the session reviews.
    int productCount(qint64 sessionId) const;
    // Puts a product back into an existing session with its decision (undo
    // of a product's deletion from a multi-product session).
    void attach(const CommitteeReview &review);

private:
    Database &m_db;
};

} // namespace Comite
