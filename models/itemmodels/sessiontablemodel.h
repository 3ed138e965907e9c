#pragma once
// Base of the session tables (sessions list, agenda, participants): rows
// are records with an id, and following a new version of the list signals
// exactly the rows removed, moved, inserted or changed — never a reset.

#include "storage/workspace.h"

#include <QAbstractTableModel>

namespace Comite {

class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

Q_SIGNALS:
    // An edit broke a rule or could not be saved; nothing changed.
    void editRefused(const QString &message);

protected:
    template<typename T>
    void sync(QList<T> &rows, const QList<T> &next)
    {
        auto indexOf = [](const QList<T> &list, qint64 id, int from) {
            for (int i = from; i < list.size(); ++i) {
                if (list[i].id == id)
                    return i;
            }
            return -1;
        };
        for (int i = int(rows.size()) - 1; i >= 0; --i) {
            if (indexOf(next, rows[i].id, 0) < 0) {
                beginRemoveRows({}, i, i);
                rows.removeAt(i);
                endRemoveRows();
            }
        }
        for (int i = 0; i < next.size(); ++i) {
            const int at = indexOf(rows, next[i].id, i);
            if (at < 0) {
                beginInsertRows({}, i, i);
                rows.insert(i, next[i]);
                endInsertRows();
                continue;
            }
            if (at != i) {
                // One item moved down reads as "the others moved up": move
                // it, not them.
                const int to = std::min(indexOf(next, rows[i].id, i), int(rows.size()) - 1);
                if (i + 1 < rows.size() && rows[i + 1].id == next[i].id && to > i) {
                    beginMoveRows({}, i, i, {}, to + 1);
                    rows.move(i, to);
                    endMoveRows();
                } else {
                    beginMoveRows({}, at, at, {}, i);
                    rows.move(at, i);
                    endMoveRows();
                }
            }
            if (!(rows[i] == next[i])) {
                rows[i] = next[i];
                Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
            }
        }
    }
    void refuse(const QString &message) { Q_EMIT editRefused(message); }
};

} // namespace Comite
