#pragma once
// The one way an item model follows a fresh list of its rows: compares the
// rows it shows with the new ones by key and emits exactly what happened —
// rows removed, rows moved, rows inserted (contiguous runs in one signal),
// and dataChanged for the rows whose content differs (only the columns
// that differ when a column comparator is given). Never a reset.
//
//     RowSync::sync(*this, {}, m_rows, fresh, [](const Envelope &e) { return e.id; });
//
// Rows with equal keys would make the signals ambiguous: the sync refuses
// them (returns false and changes nothing).

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <functional>

namespace Comite::RowSync {

namespace Detail {
// QAbstractItemModel's row signals are protected; the sync is called from
// inside the model, and reaches them through this public alias.
struct Access : QAbstractItemModel {
    using QAbstractItemModel::beginInsertRows;
    using QAbstractItemModel::beginMoveRows;
    using QAbstractItemModel::beginResetModel;
    using QAbstractItemModel::endResetModel;
    using QAbstractItemModel::beginRemoveRows;
    using QAbstractItemModel::endInsertRows;
    using QAbstractItemModel::endMoveRows;
    using QAbstractItemModel::endRemoveRows;
};

template<typename T, typename KeyOf>
bool uniqueKeys(const QList<T> &rows, KeyOf keyOf)
{
    QHash<std::invoke_result_t<KeyOf, const T &>, int> seen;
    for (const T &r : rows) {
        if (seen.contains(keyOf(r)))
            return false;
        seen.insert(keyOf(r), 1);
    }
    return true;
}
} // namespace Detail

// Which columns of a row changed: the first and last, or {-1, -1} for none.
template<typename T>
using ChangedColumns = std::function<std::pair<int, int>(const T &, const T &)>;

// Brings `rows` (what `model` shows under `parent`) to `next`. `keyOf` names
// a row; `same` compares two rows with the same key (operator== by
// default); `columns`, when given, says which columns changed.
template<typename T, typename KeyOf, typename Same = std::equal_to<T>>
bool sync(QAbstractItemModel &model, const QModelIndex &parent, QList<T> &rows, const QList<T> &next, KeyOf keyOf,
          Same same = {}, const ChangedColumns<T> &columns = {})
{
    if (!Detail::uniqueKeys(rows, keyOf) || !Detail::uniqueKeys(next, keyOf))
        return false;
    using Key = std::invoke_result_t<KeyOf, const T &>;
    QHash<Key, int> wanted;  // key → row in `next`
    for (int i = 0; i < next.size(); ++i)
        wanted.insert(keyOf(next[i]), i);

    // Removals, last first, contiguous runs together.
    for (int i = int(rows.size()) - 1; i >= 0;) {
        if (wanted.contains(keyOf(rows[i]))) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !wanted.contains(keyOf(rows[first - 1])))
            --first;
        (model.*&Detail::Access::beginRemoveRows)(parent, first, i);
        rows.remove(first, i - first + 1);
        (model.*&Detail::Access::endRemoveRows)();
        i = first - 1;
    }

    auto indexIn = [&](const Key &key, int from) {
        for (int j = from; j < rows.size(); ++j) {
            if (keyOf(rows[j]) == key)
                return j;
        }
        return -1;
    };
    for (int i = 0; i < next.size(); ++i) {
        const Key key = keyOf(next[i]);
        int at = indexIn(key, i);
        if (at < 0) {
            // Insert the run of new rows starting here.
            int last = i;
            while (last + 1 < next.size() && indexIn(keyOf(next[last + 1]), i) < 0)
                ++last;
            (model.*&Detail::Access::beginInsertRows)(parent, i, last);
            for (int k = i; k <= last; ++k)
                rows.insert(k, next[k]);
            (model.*&Detail::Access::endInsertRows)();
            i = last;
            continue;
        }
        if (at != i) {
            // One row moved down reads as "the others moved up": move the
            // one row to where it goes, not each of the others.
            const int target = wanted.value(keyOf(rows[i]));
            if (at == i + 1 && target > i) {
                const int to = std::min(target, int(rows.size()) - 1);
                (model.*&Detail::Access::beginMoveRows)(parent, i, i, parent, to + 1);
                rows.move(i, to);
                (model.*&Detail::Access::endMoveRows)();
                at = indexIn(key, i);
            }
            if (at != i) {
                (model.*&Detail::Access::beginMoveRows)(parent, at, at, parent, i);
                rows.move(at, i);
                (model.*&Detail::Access::endMoveRows)();
            }
        }
        if (!same(rows[i], next[i])) {
            const auto [first, last] = columns ? columns(rows[i], next[i]) : std::pair{0, model.columnCount(parent) - 1};
            rows[i] = next[i];
            if (first >= 0)
                Q_EMIT model.dataChanged(model.index(i, first, parent), model.index(i, last, parent), {});
        }
    }
    return true;
}

// For rows without a key (positions in a list: phases, team members): one
// row inserted or removed where that is what happened; otherwise rows added
// or dropped at the end and dataChanged for the rows that differ.
// `n` and `m`: the old and new row counts; `sameRow(i, j)`: old row i equals
// new row j; `replace()` puts the new rows in place. `resize(count)`, when
// given, cuts the old rows to `count` or appends new ones up to it (the rows
// kept must not change while rows come or go); without it, a change of
// several rows and of the count is a reset.
template<typename SameRow, typename Replace>
void followPositions(QAbstractItemModel &model, const QModelIndex &parent, int n, int m, SameRow sameRow, Replace replace,
                     const std::function<void(int)> &resize = {})
{
    int first = 0;
    while (first < n && first < m && sameRow(first, first))
        ++first;
    auto shifted = [&](int delta) {  // old row i is new row i + delta, after `first`
        for (int i = first + (delta < 0 ? 1 : 0); i < n && i + delta < m; ++i) {
            if (!sameRow(i, i + delta))
                return false;
        }
        return true;
    };
    if (m == n + 1 && shifted(1)) {
        (model.*&Detail::Access::beginInsertRows)(parent, first, first);
        replace();
        (model.*&Detail::Access::endInsertRows)();
        return;
    }
    if (m + 1 == n && shifted(-1)) {
        (model.*&Detail::Access::beginRemoveRows)(parent, first, first);
        replace();
        (model.*&Detail::Access::endRemoveRows)();
        return;
    }
    if (m != n && !resize) {
        (model.*&Detail::Access::beginResetModel)();
        replace();
        (model.*&Detail::Access::endResetModel)();
        return;
    }
    QList<int> changed;
    for (int i = first; i < std::min(n, m); ++i) {
        if (!sameRow(i, i))
            changed << i;
    }
    if (m < n) {
        (model.*&Detail::Access::beginRemoveRows)(parent, m, n - 1);
        resize(m);
        (model.*&Detail::Access::endRemoveRows)();
    } else if (m > n) {
        (model.*&Detail::Access::beginInsertRows)(parent, n, m - 1);
        resize(m);
        (model.*&Detail::Access::endInsertRows)();
    }
    replace();
    const int last = model.columnCount(parent) - 1;
    for (int i : std::as_const(changed))
        Q_EMIT model.dataChanged(model.index(i, 0, parent), model.index(i, last, parent), {});
}

} // namespace Comite::RowSync
