#pragma once
// Reads IndicatorFacts for every product at once (or one product, or a
// list) in three set-based queries, so the portfolio of thousands of
// products keeps loading in milliseconds with its indicator warnings.

#include "domain/indicatorfacts.h"
#include "productfilter.h"

#include <vector>

namespace Comite {

class Database;

// Facts per product, in product id order. A caller walking products in id
// order takes them in one pass, and a lookup is a binary search in one
// array: a hash of 100,000 facts no longer fits the processor's caches,
// and filling and merging it grew faster than the portfolio.
class IndicatorFactsByProduct
{
public:
    struct Entry {
        qint64 productId = 0;
        IndicatorFacts facts;
    };
    using Entries = std::vector<Entry>;

    IndicatorFactsByProduct() = default;
    explicit IndicatorFactsByProduct(Entries entries);  // sorted here if not in id order

    bool isEmpty() const { return m_entries.empty(); }
    qsizetype size() const { return qsizetype(m_entries.size()); }
    bool contains(qint64 productId) const { return find(productId) != nullptr; }
    const IndicatorFacts *find(qint64 productId) const;
    IndicatorFacts value(qint64 productId) const;  // empty facts for a product without any
    QList<qint64> keys() const;

    Entries::const_iterator begin() const { return m_entries.cbegin(); }
    Entries::const_iterator end() const { return m_entries.cend(); }
    Entries::iterator begin() { return m_entries.begin(); }
    Entries::iterator end() { return m_entries.end(); }

private:
    Entries m_entries;
};

namespace IndicatorFactsReader {
// Facts as of `today` for the products that have indicators or spending
// (of every product, one or a list).
IndicatorFactsByProduct read(Database &db, QDate today, const ProductFilter &products = {});
}

} // namespace Comite
