#include "enveloperepository.h"

#include "database.h"
#include "sqlvalue.h"

#include <QSqlQuery>

namespace Comite {

namespace {
const QString columns = QStringLiteral("id, product_id, start_date, end_date, amount, source, label, decision_id, origin");
} // namespace

QList<Envelope> EnvelopeRepository::read(const QString &where, const QVariantList &bindings) const
{
    QList<Envelope> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM envelopes WHERE %2 ORDER BY product_id, start_date, id").arg(columns, where),
                            bindings);
    while (q.next()) {
        Envelope e;
        e.id = q.value(0).toLongLong();
        e.productId = q.value(1).toLongLong();
        e.start = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        e.end = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        e.amount = q.value(4).toLongLong();
        e.source = EnvelopeSources::fromKey(q.value(5).toString()).value_or(EnvelopeSource::Other);
        e.label = q.value(6).toString();
        e.decisionId = q.value(7).toLongLong();
        e.origin = q.value(8).toString();
        result << e;
    }
    return result;
}

QList<Envelope> EnvelopeRepository::forProduct(qint64 productId) const
{
    return read(QStringLiteral("product_id = ?"), {productId});
}

std::optional<Envelope> EnvelopeRepository::load(qint64 id) const
{
    const QList<Envelope> found = read(QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Envelope>(found.first());
}

QHash<qint64, QList<Envelope>> EnvelopeRepository::dated(const ProductFilter &products) const
{
    QHash<qint64, QList<Envelope>> byProduct;
    const QList<Envelope> all = read(QStringLiteral("start_date IS NOT NULL") + products.andWhere(QStringLiteral("product_id")), {});
    for (const Envelope &e : all)
        byProduct[e.productId] << e;
    return byProduct;
}

qint64 EnvelopeRepository::insert(const Envelope &e)
{
    qint64 id = e.id;
    m_db.transaction([&] {
        QVariantList values{e.productId, SqlValue::date(e.start), SqlValue::date(e.end), e.amount, EnvelopeSources::key(e.source),
                            Database::text(e.label), SqlValue::id(e.decisionId),
                            Database::text(e.origin.isEmpty() ? QStringLiteral("comite") : e.origin)};
        QString names = QStringLiteral("product_id, start_date, end_date, amount, source, label, decision_id, origin");
        QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?");
        if (e.id > 0) {
            names.prepend(QStringLiteral("id, "));
            marks.prepend(QStringLiteral("?, "));
            values.prepend(e.id);
        }
        QSqlQuery q = m_db.exec(QStringLiteral("INSERT INTO envelopes (%1) VALUES (%2)").arg(names, marks), values);
        if (e.id <= 0)
            id = m_db.lastInsertId(q);
    });
    return id;
}

void EnvelopeRepository::update(const Envelope &e)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE envelopes SET start_date = ?, end_date = ?, amount = ?, source = ?, label = ?, "
                                 "decision_id = ?, version = version + 1 WHERE id = ?"),
                  {SqlValue::date(e.start), SqlValue::date(e.end), e.amount, EnvelopeSources::key(e.source), Database::text(e.label),
                   SqlValue::id(e.decisionId), e.id});
    });
}

void EnvelopeRepository::remove(qint64 id)
{
    m_db.transaction([&] { m_db.exec(QStringLiteral("DELETE FROM envelopes WHERE id = ?"), {id}); });
}

} // namespace Comite
