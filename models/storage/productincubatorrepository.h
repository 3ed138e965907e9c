#pragma once
// Reads and writes what beta.gouv.fr says about a product besides its
// primary incubator: the other incubators of a co-incubated product (in
// file order, the primary one staying products.incubator_id) and the member
// space usernames it names as contacts at DINUM and at its incubator.

#include <QHash>
#include <QList>
#include <QString>

namespace Comite {

class Database;

// An incubator a product is co-incubated by.
struct CoIncubator {
    qint64 id = 0;
    QString slug;
    QString name;
    bool operator==(const CoIncubator &) const = default;
};

// `contact_dinum` and `contact_incubator`: member space usernames.
struct ProductContacts {
    QString dinum;
    QString incubator;
    bool isEmpty() const { return dinum.isEmpty() && incubator.isEmpty(); }
    bool operator==(const ProductContacts &) const = default;
};

class ProductIncubatorRepository
{
public:
    explicit ProductIncubatorRepository(Database &db) : m_db(db) {}

    // The co-incubators of a product, primary excluded, in order.
    QList<CoIncubator> coIncubators(qint64 productId) const;
    // Every product's co-incubators (products without any are absent).
    QHash<qint64, QList<CoIncubator>> allCoIncubators() const;
    void setCoIncubators(qint64 productId, const QList<qint64> &incubatorIds);

    ProductContacts contacts(qint64 productId) const;
    void setContacts(qint64 productId, const ProductContacts &contacts);

private:
    Database &m_db;
};

} // namespace Comite
