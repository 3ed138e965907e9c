#include "referencetablemodel.h"

namespace Comite {

ReferenceTableModel::ReferenceTableModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::referencesChanged, this, [this] { reload(); });
    connect(&workspace, &Workspace::portfolioReset, this, [this] {
        beginResetModel();
        endResetModel();
        reload();
    });
}

} // namespace Comite
