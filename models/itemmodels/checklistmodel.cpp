#include "checklistmodel.h"

#include "rowsync.h"
#include "storage/roadmapdossier.h"

namespace Comite {

ChecklistModel::ChecklistModel(Workspace &workspace, qint64 productId, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace), m_productId(productId)
{
    connect(&workspace, &Workspace::productChanged, this, [this](qint64 id) {
        if (id == m_productId)
            refresh();
    });
    connect(&workspace, &Workspace::portfolioReset, this, &ChecklistModel::refresh);
    connect(&workspace, &Workspace::sessionChanged, this, &ChecklistModel::refresh);
    connect(&workspace, &Workspace::sessionAdded, this, &ChecklistModel::refresh);
    connect(&workspace, &Workspace::sessionRemoved, this, &ChecklistModel::refresh);
    try {
        if (const auto dossier = RoadmapDossier::load(workspace, productId))
            m_preparation = dossier->preparation();
    } catch (const StorageError &e) {
        workspace.reportError(e.message());
    }
}

void ChecklistModel::refresh()
{
    Preparation next;
    try {
        if (const auto dossier = RoadmapDossier::load(m_workspace, m_productId))
            next = dossier->preparation();
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
        return;
    }
    QList<ChecklistItem> &items = m_preparation.items;
    const bool ordered = RowSync::sync(*this, {}, items, next.items, [](const ChecklistItem &i) { return i.key; });
    if (!ordered) {
        beginResetModel();
        m_preparation = next;
        endResetModel();
    } else {
        m_preparation = next;
    }
    Q_EMIT preparationChanged();
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preparation.items.size());
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistItem &item = m_preparation.items[index.row()];
    switch (role) {
    case Qt::DisplayRole: return item.label;
    case Qt::CheckStateRole: return item.done ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
    case DetailRole: return item.detail;
    case Qt::AccessibleTextRole:
        return (item.done ? tr("Done: %1. %2") : tr("To do: %1. %2")).arg(item.label, item.detail);
    case KeyRole: return item.key;
    case DoneRole: return item.done;
    }
    return {};
}

QHash<int, QByteArray> ChecklistModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(DoneRole, "done");
    names.insert(DetailRole, "detail");
    return names;
}

} // namespace Comite
