#pragma once
// Base of the editable tables of organisations and incubators: rows are
// records in id order, and a reload after any change signals exactly the
// rows removed, inserted or changed (never a reset for one edit).

#include "rowsync.h"
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
        if (!RowSync::sync(*this, {}, rows, next, [](const T &r) { return r.id; })) {
            beginResetModel();
            rows = next;
            endResetModel();
        }
    }

    Workspace &m_workspace;
};

} // namespace Comite
