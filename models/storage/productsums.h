#pragma once
// Amounts summed by product over a whole portfolio's rows, read in any
// order (the spending of a window of months comes month by month).
// Product ids are INTEGER PRIMARY KEYs, dense in practice: when they span
// few enough ids the sums are kept in an array indexed by id, else in a
// hash. A hash update per row missed the processor's caches at 100,000
// products and grew faster than the rows.

#include <QHash>

#include <utility>
#include <vector>

namespace Comite {

class ProductSums
{
public:
    using Sums = std::vector<std::pair<qint64, qint64>>;  // (product id, sum), in id order

    // The ids the rows can carry are within [firstId, lastId] (the array's
    // range); an id outside it still counts, in the hash.
    ProductSums(qint64 firstId, qint64 lastId);

    void add(qint64 productId, qint64 amount);
    Sums inIdOrder() const;

    static constexpr qint64 denseLimit = 1 << 21;  // ids: 16 MB of sums at most

private:
    qint64 m_first = 0;
    std::vector<qint64> m_dense;
    std::vector<bool> m_seen;  // a product summing to 0 still has a total
    QHash<qint64, qint64> m_sparse;
};

} // namespace Comite
