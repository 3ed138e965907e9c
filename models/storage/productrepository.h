#pragma once
// Reads and writes products with their sponsors, links and phase history.

#include "domain/product.h"
#include "domain/productsummary.h"
#include "indicatorfactsreader.h"
#include "productfilter.h"

#include <QHash>
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

// What summaries() reads beyond a product's identity, incubators, phases,
// committees and envelope (what the committee figures need): readers that
// do not show sponsors or indicator warnings leave them out.
enum class SummaryPart : quint8 {
    Sponsors = 0x1,
    IndicatorFacts = 0x2,  // the indicator warnings and the cost figures
};
Q_DECLARE_FLAGS(SummaryParts, SummaryPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(SummaryParts)

class ProductRepository
{
public:
    // `clock` dates the indicator facts of the summaries (today's
    // warnings); without one, the system date.
    explicit ProductRepository(Database &db, const Clock *clock = nullptr) : m_db(db), m_clock(clock) {}

    std::optional<Product> load(qint64 id) const;
    std::optional<qint64> idForSlug(const QString &slug) const;
    int count() const;

    // Every product's summary, in id order; a list's; or only `id`'s (all parts).
    QList<ProductSummary> summaries(SummaryParts parts = {SummaryPart::Sponsors, SummaryPart::IndicatorFacts}) const;
    QList<ProductSummary> summaries(const ProductFilter &products, SummaryParts parts) const;
    std::optional<ProductSummary> summary(qint64 id) const;
    // The indicator facts summaries() reads with SummaryPart::IndicatorFacts,
    // alone: every product's, one's or a list's (lazy readers).
    IndicatorFactsByProduct indicatorFacts(const ProductFilter &products = {}) const;

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
    QList<ProductSummary> readSummaries(const ProductFilter &products, SummaryParts parts) const;
    QDate today() const;
    Database &m_db;
    const Clock *m_clock = nullptr;
};

} // namespace Comite
