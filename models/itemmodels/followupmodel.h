#pragma once
// The follow-up register as a table: the actions, conditions and blockers
// of the decisions of held sessions — of one product or of the whole
// portfolio — with due date, status and last change. The status is
// editable (an undoable Edit::setFollowupStatus); rows follow the stored
// register with precise signals.

#include "domain/followup.h"
#include "domain/result.h"
#include "storage/workspace.h"

#include <QAbstractTableModel>

namespace Comite {

class FollowupModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Product, Decided, Kind, Text, Owner, Due, Status, LastChange, ColumnCount };
    enum Role { StatusKeyRole = Qt::UserRole + 1, PastDueRole, ItemKeyRole };

    // `productId` 0: the whole portfolio.
    FollowupModel(Workspace &workspace, qint64 productId = 0, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Status column: a status key ("open", "done", "dropped").
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const QList<FollowupItem> &items() const { return m_items; }
    qint64 productId() const { return m_productId; }
    void reload();

Q_SIGNALS:
    void editRefused(const Comite::Failure &failure);

private:
    Workspace &m_workspace;
    qint64 m_productId;
    QList<FollowupItem> m_items;
};

} // namespace Comite
