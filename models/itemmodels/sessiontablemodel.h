#pragma once
// Base of the session tables (sessions list, agenda, participants): rows
// are records with an id, and following a new version of the list signals
// exactly the rows removed, moved, inserted or changed — never a reset.

#include "rowsync.h"
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
    // Moves `rows` to `next` with precise signals (see RowSync).
    template<typename T>
    void sync(QList<T> &rows, const QList<T> &next)
    {
        if (!RowSync::sync(*this, {}, rows, next, [](const T &r) { return r.id; })) {
            beginResetModel();
            rows = next;
            endResetModel();
        }
    }
    void refuse(const QString &message) { Q_EMIT editRefused(message); }
};

} // namespace Comite
