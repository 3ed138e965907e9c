#include "committeerepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Comite {

QList<CommitteeReview> CommitteeRepository::forProduct(qint64 productId) const
{
    QList<CommitteeReview> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT s.id, s.starts_at, d.option, d.comment FROM session_products sp "
                                           "JOIN sessions s ON s.id = sp.session_id "
                                           "LEFT JOIN decisions d ON d.session_id = s.id AND d.product_id = sp.product_id "
                                           "WHERE sp.product_id = ? AND s.status = 'held' ORDER BY s.starts_at, s.id"),
                            {productId});
    while (q.next()) {
        CommitteeReview r;
        r.sessionId = q.value(0).toLongLong();
        r.productId = productId;
        r.date = QDate::fromString(q.value(1).toString().left(10), Qt::ISODate);
        r.decision = DecisionOptions::fromKey(q.value(2).toString()).value_or(DecisionOption::Recorded);
        r.comment = q.value(3).toString();
        result << r;
    }
    return result;
}

QList<EnvelopeDecision> CommitteeRepository::decisionsOfProduct(qint64 productId) const
{
    QList<EnvelopeDecision> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT d.id, s.starts_at, d.option FROM decisions d JOIN sessions s ON s.id = d.session_id "
                                           "WHERE d.product_id = ? ORDER BY s.starts_at, d.id"),
                            {productId});
    while (q.next())
        result << EnvelopeDecision{q.value(0).toLongLong(), QDate::fromString(q.value(1).toString().left(10), Qt::ISODate),
                                   q.value(2).toString()};
    return result;
}

bool CommitteeRepository::isImported(qint64 sessionId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT origin FROM sessions WHERE id = ?"), {sessionId});
    return q.next() && q.value(0).toString() == QLatin1String("betagouv");
}

int CommitteeRepository::heldReviewCount() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT count(*) FROM session_products sp JOIN sessions s "
                                           "ON s.id = sp.session_id WHERE s.status = 'held'"));
    return q.next() ? q.value(0).toInt() : 0;
}

qint64 CommitteeRepository::record(const CommitteeReview &review, qint64 incubatorId)
{
    qint64 sessionId = 0;
    m_db.transaction([&] {
        sessionId = m_db.insert(QStringLiteral("sessions"),
                                {QStringLiteral("incubator_id"), QStringLiteral("starts_at"), QStringLiteral("status")},
                                {incubatorId > 0 ? QVariant(incubatorId) : QVariant(QMetaType(QMetaType::LongLong)),
                                 review.date.toString(Qt::ISODate), QStringLiteral("held")},
                                review.sessionId);
        m_db.exec(QStringLiteral("INSERT INTO session_products (session_id, product_id, position) VALUES (?, ?, 0)"),
                  {sessionId, review.productId});
        m_db.exec(QStringLiteral("INSERT INTO decisions (session_id, product_id, option, comment) VALUES (?, ?, ?, ?)"),
                  {sessionId, review.productId, DecisionOptions::key(review.decision), Database::text(review.comment)});
    });
    return sessionId;
}

std::optional<CommitteeReview> CommitteeRepository::recorded(qint64 sessionId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT sp.product_id FROM session_products sp JOIN sessions s ON s.id = sp.session_id "
                                           "WHERE sp.session_id = ? AND s.status = 'held' ORDER BY sp.position, sp.product_id"),
                            {sessionId});
    if (!q.next())
        return std::nullopt;
    for (const CommitteeReview &r : forProduct(q.value(0).toLongLong())) {
        if (r.sessionId == sessionId)
            return r;
    }
    return std::nullopt;
}

void CommitteeRepository::updateRecorded(const CommitteeReview &review)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE sessions SET starts_at = ? WHERE id = ?"),
                  {review.date.toString(Qt::ISODate), review.sessionId});
        m_db.exec(QStringLiteral("UPDATE decisions SET option = ?, comment = ? WHERE session_id = ? AND product_id = ?"),
                  {DecisionOptions::key(review.decision), Database::text(review.comment), review.sessionId, review.productId});
    });
}

int CommitteeRepository::productCount(qint64 sessionId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT count(*) FROM session_products WHERE session_id = ?"), {sessionId});
    return q.next() ? q.value(0).toInt() : 0;
}

void CommitteeRepository::attach(const CommitteeReview &review)
{
    m_db.transaction([&] {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT count(*) FROM sessions WHERE id = ?"), {review.sessionId});
        if (!q.next() || q.value(0).toInt() == 0) {
            record(review);
            return;
        }
        m_db.exec(QStringLiteral("INSERT INTO session_products (session_id, product_id, position) VALUES (?, ?, ?)"),
                  {review.sessionId, review.productId, productCount(review.sessionId)});
        m_db.exec(QStringLiteral("INSERT INTO decisions (session_id, product_id, option, comment) VALUES (?, ?, ?, ?)"),
                  {review.sessionId, review.productId, DecisionOptions::key(review.decision), Database::text(review.comment)});
    });
}

void CommitteeRepository::removeRecorded(qint64 sessionId)
{
    m_db.transaction([&] { m_db.exec(QStringLiteral("DELETE FROM sessions WHERE id = ?"), {sessionId}); });
}

} // namespace Comite
