#pragma once
// A product's preparation checklist for its next committee as a read-only
// list: each item checked against the data, with what the data says as a
// tooltip. It follows every change to the product and signals the items
// whose state changed.

#include "domain/preparation.h"
#include "storage/workspace.h"

#include <QAbstractListModel>

namespace Comite {

class ChecklistModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1, DoneRole, DetailRole };

    ChecklistModel(Workspace &workspace, qint64 productId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Preparation &preparation() const { return m_preparation; }
    // Reads the product again (also done on every change to it).
    void refresh();

Q_SIGNALS:
    // The case, completeness or committee date may have changed.
    void preparationChanged();

private:
    Workspace &m_workspace;
    qint64 m_productId;
    Preparation m_preparation;
};

} // namespace Comite
