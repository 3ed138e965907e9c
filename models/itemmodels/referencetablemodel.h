#pragma once
// Base of the editable tables of organisations and incubators: rows are
// records in id order, and a reload after any change signals exactly the
// rows removed, inserted or changed (never a reset for one edit).

#include "storage/workspace.h"

#include <QAbstractTableModel>

namespace Comite {

class ReferenceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };
    explicit ReferenceTableModel(Workspace &workspace, QObject *parent = nullptr);

Q_SIGNALS:
    void editRefused(const QString &message);

protected:
    virtual void reload() = 0;

    // Moves `rows` to `next`, both in id order, with precise signals.
    template<typename T>
    void sync(QList<T> &rows, const QList<T> &next)
    {
        auto contains = [](const QList<T> &list, qint64 id) {
            return std::any_of(list.begin(), list.end(), [id](const T &r) { return r.id == id; });
        };
        for (int i = int(rows.size()) - 1; i >= 0; --i) {
            if (!contains(next, rows[i].id)) {
                beginRemoveRows({}, i, i);
                rows.removeAt(i);
                endRemoveRows();
            }
        }
        for (int i = 0; i < next.size(); ++i) {
            if (i >= rows.size() || rows[i].id != next[i].id) {
                if (!contains(rows, next[i].id)) {
                    beginInsertRows({}, i, i);
                    rows.insert(i, next[i]);
                    endInsertRows();
                    continue;
                }
            }
            if (!(rows[i] == next[i])) {
                rows[i] = next[i];
                Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
            }
        }
    }

    Workspace &m_workspace;
};

} // namespace Comite
