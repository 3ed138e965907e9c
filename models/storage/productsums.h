#pragma once
// Amounts summed by product over a whole portfolio's rows, read in any
// order (the spending of a window of months comes month by month), kept
// by id in an IdMap.

#include "idmap.h"

#include <utility>
#include <vector>

namespace Comite {

class ProductSums
{
public:
    using Sums = std::vector<std::pair<qint64, qint64>>;  // (product id, sum), in id order

    // The ids the rows can carry are within [firstId, lastId] (the array's
    // range); an id outside it still counts, in the hash.
    ProductSums(qint64 firstId, qint64 lastId) : m_sums(firstId, lastId) {}

    void add(qint64 productId, qint64 amount) { m_sums[productId] += amount; }
    Sums inIdOrder() const
    {
        Sums sums;
        m_sums.forEachInIdOrder([&](qint64 id, qint64 sum) { sums.push_back({id, sum}); });
        return sums;
    }

    static constexpr qint64 denseLimit = IdMap<qint64>::denseLimit;

private:
    IdMap<qint64> m_sums;
};

} // namespace Comite
