#include "productincubatorrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Comite {

namespace {
const QString coIncubatorSelect = QStringLiteral(
    "SELECT pi.product_id, i.id, i.slug, i.name FROM product_incubators pi "
    "JOIN incubators i ON i.id = pi.incubator_id");

CoIncubator readCoIncubator(const QSqlQuery &q)
{
    return CoIncubator{q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
}
} // namespace

QList<CoIncubator> ProductIncubatorRepository::coIncubators(qint64 productId) const
{
    QList<CoIncubator> result;
    QSqlQuery q = m_db.exec(coIncubatorSelect + QStringLiteral(" WHERE pi.product_id = ? ORDER BY pi.position"), {productId});
    while (q.next())
        result << readCoIncubator(q);
    return result;
}

QHash<qint64, QList<CoIncubator>> ProductIncubatorRepository::allCoIncubators() const
{
    QHash<qint64, QList<CoIncubator>> result;
    QSqlQuery q = m_db.exec(coIncubatorSelect + QStringLiteral(" ORDER BY pi.product_id, pi.position"));
    while (q.next())
        result[q.value(0).toLongLong()] << readCoIncubator(q);
    return result;
}

void ProductIncubatorRepository::setCoIncubators(qint64 productId, const QList<qint64> &incubatorIds)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("DELETE FROM product_incubators WHERE product_id = ?"), {productId});
        QSqlQuery insert = m_db.prepare(QStringLiteral("INSERT INTO product_incubators (product_id, incubator_id, position) "
                                                       "VALUES (?, ?, ?)"));
        for (int i = 0; i < incubatorIds.size(); ++i)
            Database::exec(insert, {productId, incubatorIds[i], i});
    });
}

ProductContacts ProductIncubatorRepository::contacts(qint64 productId) const
{
    ProductContacts result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT role, username FROM product_contacts WHERE product_id = ?"), {productId});
    while (q.next())
        (q.value(0).toString() == u"dinum" ? result.dinum : result.incubator) = q.value(1).toString();
    return result;
}

void ProductIncubatorRepository::setContacts(qint64 productId, const ProductContacts &contacts)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("DELETE FROM product_contacts WHERE product_id = ?"), {productId});
        for (const auto &[role, username] : {std::pair{QStringLiteral("dinum"), contacts.dinum},
                                             std::pair{QStringLiteral("incubator"), contacts.incubator}}) {
            if (!username.isEmpty())
                m_db.exec(QStringLiteral("INSERT INTO product_contacts (product_id, role, username) VALUES (?, ?, ?)"),
                          {productId, role, username});
        }
    });
}

} // namespace Comite
