#pragma once
// Brings a model's rows (records with an id) in line with a fresh list
// with precise signals: removed rows, inserted rows, then changed rows.
// Shared by the roadmap, review, envelope and checklist models.

#include <QList>
#include <functional>

namespace Comite::RoadmapRowSync {

struct Signals {
    std::function<void(int, int)> beginInsert;
    std::function<void()> endInsert;
    std::function<void(int, int)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int)> changed;  // after rows[i] was replaced
};

// Returns false when the rows that stay changed order: nothing was
// changed and the caller must reset instead.
template<typename T, typename Key, typename KeyOf>
bool sync(QList<T> &rows, const QList<T> &next, KeyOf keyOf, const Signals &s)
{
    auto indexIn = [&](const QList<T> &list, const Key &key) {
        for (int i = 0; i < list.size(); ++i) {
            if (keyOf(list[i]) == key)
                return i;
        }
        return -1;
    };
    // The rows kept must keep their order.
    int last = -1;
    for (const T &r : rows) {
        const int at = indexIn(next, keyOf(r));
        if (at < 0)
            continue;
        if (at < last)
            return false;
        last = at;
    }
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        if (indexIn(next, keyOf(rows[i])) < 0) {
            s.beginRemove(i, i);
            rows.removeAt(i);
            s.endRemove();
        }
    }
    for (int i = 0; i < next.size(); ++i) {
        if (indexIn(rows, keyOf(next[i])) < 0) {
            s.beginInsert(i, i);
            rows.insert(i, next[i]);
            s.endInsert();
        } else if (!(rows[i] == next[i])) {
            rows[i] = next[i];
            s.changed(i);
        }
    }
    return true;
}

} // namespace Comite::RoadmapRowSync
