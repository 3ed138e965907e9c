#pragma once
// Reads and writes the budget envelopes granted to products (table
// `envelopes`, created by the beta.gouv.fr import's migration). Inserts
// keep an envelope's id when it has one, so undo restores it exactly.

#include "domain/budgetenvelope.h"
#include "productfilter.h"

#include <QHash>
#include <optional>

namespace Comite {

class Database;

class EnvelopeRepository
{
public:
    explicit EnvelopeRepository(Database &db) : m_db(db) {}

    // A product's envelopes by start date (undated ones first).
    QList<Envelope> forProduct(qint64 productId) const;
    std::optional<Envelope> load(qint64 id) const;
    // Every dated envelope, by product (set-based, for the portfolio).
    QHash<qint64, QList<Envelope>> dated(const ProductFilter &products = {}) const;

    qint64 insert(const Envelope &envelope);
    void update(const Envelope &envelope);
    void remove(qint64 id);

private:
    QList<Envelope> read(const QString &where, const QVariantList &bindings) const;
    Database &m_db;
};

} // namespace Comite
