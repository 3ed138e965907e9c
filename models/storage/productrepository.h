#pragma once
// Reads and writes products with their sponsors, links and phase history.

#include "domain/product.h"
#include "domain/productsummary.h"

#include <optional>

namespace Comite {

class Clock;
class Database;

// The product fields that can change one at a time (undo commands, change
// notifications). Sponsors, links and phases are lists with their own calls.
enum class ProductField {
    Slug,
    Title,
    Pitch,
    Incubator,
    Intrapreneur,
    Coach,
    Description,
};

class ProductRepository
{
public:
    // `clock` dates the indicator facts of the summaries (today's
    // warnings); without one, the system date.
    explicit ProductRepository(Database &db, const Clock *clock = nullptr) : m_db(db), m_clock(clock) {}

    std::optional<Product> load(qint64 id) const;
    std::optional<qint64> idForSlug(const QString &slug) const;
    int count() const;

    // Every product's summary, in id order; or only `id`'s.
    QList<ProductSummary> summaries() const;
    std::optional<ProductSummary> summary(qint64 id) const;

    // Inserts the product and its lists; keeps product.id when set (undo of
    // a delete restores the same id). Returns the id.
    qint64 insert(const Product &product);
    void remove(qint64 id);

    QVariant field(qint64 id, ProductField field) const;
    // With `expected`, writes only if the stored value is still that one,
    // else throws ConflictError naming both values (shared database).
    void setField(qint64 id, ProductField field, const QVariant &value, const std::optional<QVariant> &expected = {});
    void setSponsors(qint64 id, const QList<qint64> &organisationIds);
    void setLinks(qint64 id, const QList<ProductLink> &links);
    void setPhases(qint64 id, const QList<PhaseRecord> &phases);

private:
    QList<ProductSummary> readSummaries(const QString &where, const QVariantList &bindings) const;
    Database &m_db;
    const Clock *m_clock = nullptr;
};

} // namespace Comite
