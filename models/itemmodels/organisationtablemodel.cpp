#include "organisationtablemodel.h"

#include "commands/referenceedits.h"
#include "domain/recordlabels.h"

namespace Comite {

namespace {
QList<Organisation> byId(QList<Organisation> list)
{
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return list;
}
} // namespace

OrganisationTableModel::OrganisationTableModel(Workspace &workspace, QObject *parent)
    : ReferenceTableModel(workspace, parent)
{
    try {
        m_rows = byId(workspace.organisations().organisations());
    } catch (const StorageError &e) {
        workspace.reportError(e.message());
    }
}

void OrganisationTableModel::reload()
{
    try {
        sync(m_rows, byId(m_workspace.organisations().organisations()));
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
    }
}

int OrganisationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrganisationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int OrganisationTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

QVariant OrganisationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Organisation &o = m_rows[index.row()];
    if (role == IdRole)
        return o.id;
    // The whole text in a tooltip: long names are elided in their column.
    if (role == Qt::ToolTipRole)
        role = Qt::DisplayRole;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Acronym: return o.acronym;
    case Name: return o.name;
    case Kind: return role == Qt::DisplayRole ? OrganisationKinds::label(o.kind) : o.kind;
    case Slug: return o.slug;
    }
    return {};
}

QVariant OrganisationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ReferenceTableModel::headerData(section, orientation, role);
    switch (section) {
    case Acronym: return tr("Acronym");
    case Name: return tr("Name");
    case Kind: return tr("Type");
    case Slug: return tr("Identifier");
    }
    return {};
}

Qt::ItemFlags OrganisationTableModel::flags(const QModelIndex &index) const
{
    return ReferenceTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool OrganisationTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Organisation o = m_rows[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Acronym: o.acronym = text; break;
    case Name: o.name = text; break;
    case Kind: o.kind = text; break;
    case Slug: o.slug = text; break;
    default: return false;
    }
    if (const Result<void> r = Edit::updateOrganisation(m_workspace, o); !r) {
        Q_EMIT editRefused(r.error().message);
        return false;
    }
    return true;
}

} // namespace Comite
