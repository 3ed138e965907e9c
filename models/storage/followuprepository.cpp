#include "followuprepository.h"

#include "database.h"
#include "heldsessions.h"
#include "rowscan.h"
#include "domain/sessiondecision.h"
#include "sqlvalue.h"

#include <QSqlQuery>
#include <tuple>

namespace Comite {

namespace {
QDate readDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

struct Decided {
    Decision decision;
    QString productSlug;
    QString productTitle;
    qint64 sessionId = 0;
    QDate day;
};

// The decisions of held sessions with their actions, conditions and
// blockers, oldest committee first.
// With `withItemsOnly`, only the decisions that ask for something (actions,
// conditions or blockers): the portfolio counts their items past due.
QList<Decided> heldDecisions(Database &db, const ProductFilter &products, bool withItemsOnly = false)
{
    QString only = products.andWhere(QStringLiteral("d.product_id"));
    if (withItemsOnly)
        // Each part a seek: the partial index decisions_with_conditions
        // (migration 15) and the items' own tables.
        only += QStringLiteral(" AND d.id IN (SELECT id FROM decisions WHERE conditions <> '' "
                               "UNION SELECT decision_id FROM decision_actions UNION SELECT decision_id FROM decision_blockers)");
    QList<Decided> result;
    QHash<qint64, int> at;
    QSqlQuery q = db.exec(QStringLiteral("SELECT d.id, d.product_id, p.slug, p.title, s.id, s.starts_at, d.option, d.period_start, "
                                         "d.period_end, d.conditions FROM decisions d JOIN sessions s ON s.id = d.session_id "
                                         "JOIN products p ON p.id = d.product_id WHERE s.status = 'held'")
                              + only + QStringLiteral(" ORDER BY s.starts_at, s.id, p.title, d.id"));
    while (q.next()) {
        Decided d;
        d.decision.id = q.value(0).toLongLong();
        d.decision.productId = q.value(1).toLongLong();
        d.productSlug = q.value(2).toString();
        d.productTitle = q.value(3).toString();
        d.sessionId = q.value(4).toLongLong();
        d.day = readDate(q.value(5));
        d.decision.option = DecisionOptions::fromKey(q.value(6).toString()).value_or(DecisionOption::Recorded);
        d.decision.periodStart = readDate(q.value(7));
        d.decision.periodEnd = readDate(q.value(8));
        d.decision.conditions = q.value(9).toString();
        at.insert(d.decision.id, int(result.size()));
        result << d;
    }
    q = db.exec(QStringLiteral("SELECT a.decision_id, a.text, a.owner, a.due_on FROM decision_actions a "
                               "JOIN decisions d ON d.id = a.decision_id JOIN sessions s ON s.id = d.session_id "
                               "WHERE s.status = 'held'")
                    + only + QStringLiteral(" ORDER BY a.decision_id, a.position"));
    while (q.next()) {
        if (const int i = at.value(q.value(0).toLongLong(), -1); i >= 0)
            result[i].decision.actions << DecisionAction{q.value(1).toString(), q.value(2).toString(), readDate(q.value(3))};
    }
    q = db.exec(QStringLiteral("SELECT b.decision_id, b.text, b.owner FROM decision_blockers b "
                               "JOIN decisions d ON d.id = b.decision_id JOIN sessions s ON s.id = d.session_id "
                               "WHERE s.status = 'held'")
                    + only + QStringLiteral(" ORDER BY b.decision_id, b.position"));
    while (q.next()) {
        if (const int i = at.value(q.value(0).toLongLong(), -1); i >= 0)
            result[i].decision.blockers << DecisionBlocker{q.value(1).toString(), q.value(2).toString()};
    }
    return result;
}

FollowupChange readChange(const QSqlQuery &q)
{
    FollowupChange c;
    c.id = q.value(0).toLongLong();
    c.key.decisionId = q.value(1).toLongLong();
    c.key.kind = FollowupKinds::fromKey(q.value(2).toString()).value_or(FollowupKind::Action);
    c.key.position = q.value(3).toInt();
    c.itemText = q.value(4).toString();
    c.status = FollowupStatuses::fromKey(q.value(5).toString()).value_or(FollowupStatus::Open);
    c.changedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    c.changedBy = q.value(7).toString();
    c.note = q.value(8).toString();
    return c;
}

const QString changeColumns = QStringLiteral("c.id, c.decision_id, c.kind, c.position, c.item_text, c.status, c.changed_at, "
                                             "c.changed_by, c.note");

QList<FollowupItem> itemsOf(Database &db, const ProductFilter &products, bool withItemsOnly = false)
{
    QList<FollowupItem> items;
    for (const Decided &d : heldDecisions(db, products, withItemsOnly)) {
        for (FollowupItem i : Followups::itemsOf(d.decision)) {
            i.productSlug = d.productSlug;
            i.productTitle = d.productTitle;
            i.sessionId = d.sessionId;
            i.decidedOn = d.day;
            items << i;
        }
    }
    QList<FollowupChange> changes;
    QSqlQuery q = db.exec(QStringLiteral("SELECT ") + changeColumns
                              + QStringLiteral(" FROM followup_changes c JOIN decisions d ON d.id = c.decision_id")
                              + products.where(QStringLiteral("d.product_id"))
                              + QStringLiteral(" ORDER BY c.id"));
    while (q.next())
        changes << readChange(q);
    Followups::applyHistory(items, changes);
    return items;
}
} // namespace

QList<FollowupItem> FollowupRepository::items(std::optional<qint64> productId) const
{
    return itemsOf(m_db, productId);
}

std::optional<FollowupItem> FollowupRepository::item(const FollowupKey &key) const
{
    const qint64 product = productOfDecision(key.decisionId);
    if (!product)
        return std::nullopt;
    for (const FollowupItem &i : items(product)) {
        if (i.key == key)
            return i;
    }
    return std::nullopt;
}

std::optional<FollowupChange> FollowupRepository::loadChange(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + changeColumns + QStringLiteral(" FROM followup_changes c WHERE c.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readChange(q);
}

qint64 FollowupRepository::insertChange(const FollowupChange &c)
{
    return m_db.insert(QStringLiteral("followup_changes"),
                       {QStringLiteral("decision_id"), QStringLiteral("kind"), QStringLiteral("position"), QStringLiteral("item_text"),
                        QStringLiteral("status"), QStringLiteral("changed_at"), QStringLiteral("changed_by"), QStringLiteral("note")},
                       {c.key.decisionId, FollowupKinds::key(c.key.kind), c.key.position, Database::text(c.itemText),
                        FollowupStatuses::key(c.status), c.changedAt.toString(Qt::ISODate), Database::text(c.changedBy),
                        Database::text(c.note)},
                       c.id);
}

void FollowupRepository::removeChange(qint64 id)
{
    m_db.exec(QStringLiteral("DELETE FROM followup_changes WHERE id = ?"), {id});
}

qint64 FollowupRepository::productOfDecision(qint64 decisionId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT product_id FROM decisions WHERE id = ?"), {decisionId});
    return q.next() ? q.value(0).toLongLong() : 0;
}

QHash<qint64, FollowupRepository::ProductFacts> FollowupRepository::productFacts(Database &db, QDate today,
                                                                                 const HeldSessions &held,
                                                                                 const ProductFilter &products)
{
    // Each product's last held decision (latest committee, then session,
    // then decision) in one pass over decisions, the sessions looked up in
    // `held`: a provisional one plans the next committee at its period's end.
    struct Last {
        const HeldSessions::Session *session = nullptr;
        qint64 decision = 0;
        bool provisional = false;
        QDate periodEnd;
    };
    QHash<qint64, Last> last;
    const QByteArray provisional = DecisionOptions::key(DecisionOption::Provisional).toUtf8();
    RowScan decisions(db, QStringLiteral("SELECT id, session_id, product_id, option, period_end FROM decisions")
                              + products.where(QStringLiteral("product_id")));
    while (decisions.next()) {
        const HeldSessions::Session *session = held.find(decisions.integer(1));
        if (!session)
            continue;
        const qint64 id = decisions.integer(0);
        Last &l = last[decisions.integer(2)];
        const bool later = !l.session || HeldSessions::before(*l.session, *session)
                           || (l.session->id == session->id && l.decision < id);
        if (!later)
            continue;
        l.session = session;
        l.decision = id;
        l.provisional = decisions.utf8(3) == provisional;
        l.periodEnd = l.provisional ? decisions.date(4) : QDate();
    }
    QHash<qint64, ProductFacts> facts;
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        if (it->provisional)
            facts[it.key()].provisionalEnd = it->periodEnd;
    }
    for (const FollowupItem &i : itemsOf(db, products, true)) {
        if (i.isPastDue(today))
            ++facts[i.productId].pastDue;
    }
    return facts;
}

} // namespace Comite
