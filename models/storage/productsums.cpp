#include "productsums.h"

#include <algorithm>

namespace Comite {

ProductSums::ProductSums(qint64 firstId, qint64 lastId)
{
    // Unsigned differences: defined for any two ids, and an id below the
    // first wraps to a large index, outside the array.
    if (lastId >= firstId && quint64(lastId) - quint64(firstId) < quint64(denseLimit)) {
        m_first = firstId;
        m_dense.assign(size_t(lastId - firstId + 1), 0);
        m_seen.assign(m_dense.size(), false);
    }
}

void ProductSums::add(qint64 productId, qint64 amount)
{
    const quint64 index = quint64(productId) - quint64(m_first);
    if (index < m_dense.size()) {
        m_dense[index] += amount;
        m_seen[index] = true;
    } else {
        m_sparse[productId] += amount;
    }
}

ProductSums::Sums ProductSums::inIdOrder() const
{
    Sums sums;
    for (size_t i = 0; i < m_dense.size(); ++i) {
        if (m_seen[i])
            sums.push_back({m_first + qint64(i), m_dense[i]});
    }
    if (!m_sparse.isEmpty()) {
        for (auto it = m_sparse.cbegin(); it != m_sparse.cend(); ++it)
            sums.push_back({it.key(), it.value()});
        std::sort(sums.begin(), sums.end());
    }
    return sums;
}

} // namespace Comite
