#pragma once
// Values by row id for a whole portfolio's set-based reads. Ids are
// INTEGER PRIMARY KEYs, dense in practice: when they span few enough ids
// the values sit in an array indexed by id, else (and for an id outside
// the range given) in a hash. A hash lookup or a binary search per row
// missed the processor's caches at 100,000 products and grew faster than
// the rows; an array index does not.

#include <QHash>

#include <algorithm>

#include <vector>

namespace Comite {

template<typename T>
class IdMap
{
public:
    // Ids the array may span: 16 MB of values at most.
    static constexpr qint64 denseLimit = qint64((16 << 20) / sizeof(T));

    IdMap() = default;
    // The ids expected within [firstId, lastId] (none: lastId < firstId),
    // `count` of them when known: the array is used when the range is
    // small enough, and no more than four times the count.
    IdMap(qint64 firstId, qint64 lastId, qint64 count = -1)
    {
        // Unsigned differences: defined for any two ids, and an id below
        // the first wraps to a large index, outside the array.
        const quint64 span = quint64(lastId) - quint64(firstId) + 1;
        const bool dense = lastId >= firstId && span <= quint64(denseLimit)
                           && (count < 0 || span <= quint64(std::max<qint64>(1024, 4 * count)));
        if (dense) {
            m_first = firstId;
            m_dense.resize(size_t(span));
            m_present.assign(m_dense.size(), false);
        }
    }

    const T *find(qint64 id) const
    {
        if (const quint64 i = index(id); i < m_dense.size())
            return m_present[i] ? &m_dense[i] : nullptr;
        const auto it = m_sparse.constFind(id);
        return it == m_sparse.cend() ? nullptr : &*it;
    }
    T value(qint64 id, const T &fallback) const
    {
        const T *v = find(id);
        return v ? *v : fallback;
    }
    T &operator[](qint64 id)  // a default value when absent
    {
        if (const quint64 i = index(id); i < m_dense.size()) {
            m_present[i] = true;
            return m_dense[i];
        }
        return m_sparse[id];
    }

    // The ids present and their values, in id order.
    template<typename Visit>
    void forEachInIdOrder(Visit visit) const
    {
        std::vector<std::pair<qint64, const T *>> sparse;
        sparse.reserve(size_t(m_sparse.size()));
        for (auto it = m_sparse.cbegin(); it != m_sparse.cend(); ++it)
            sparse.push_back({it.key(), &*it});
        std::sort(sparse.begin(), sparse.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        auto s = sparse.cbegin();
        for (size_t i = 0; i < m_dense.size(); ++i) {
            if (!m_present[i])
                continue;
            const qint64 id = m_first + qint64(i);
            for (; s != sparse.cend() && s->first < id; ++s)
                visit(s->first, *s->second);
            visit(id, m_dense[i]);
        }
        for (; s != sparse.cend(); ++s)
            visit(s->first, *s->second);
    }

private:
    quint64 index(qint64 id) const { return quint64(id) - quint64(m_first); }

    qint64 m_first = 0;
    std::vector<T> m_dense;
    std::vector<bool> m_present;
    QHash<qint64, T> m_sparse;
};

} // namespace Comite
