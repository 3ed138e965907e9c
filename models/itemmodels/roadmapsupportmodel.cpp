#include "roadmapsupportmodel.h"

namespace Comite {

RoadmapSupportModel::RoadmapSupportModel(Workspace &workspace, qint64 roadmapId, QObject *parent)
    : RoadmapTableModel(workspace, roadmapId, parent)
{
    load(roadmapId);
}

int RoadmapSupportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoadmapSupportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const SupportNeed &s = m_roadmap.supportNeeds[index.row()];
    switch (index.column()) {
    case Actor: return s.actor;
    case Need: return s.need;
    case Objective: return s.objective;
    }
    return {};
}

QVariant RoadmapSupportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RoadmapTableModel::headerData(section, orientation, role);
    switch (section) {
    case Actor: return tr("Actor");
    case Need: return tr("Need");
    case Objective: return tr("Objective");
    }
    return {};
}

Qt::ItemFlags RoadmapSupportModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? RoadmapTableModel::flags(index) | Qt::ItemIsEditable : RoadmapTableModel::flags(index);
}

bool RoadmapSupportModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Roadmap next = m_roadmap;
    SupportNeed &s = next.supportNeeds[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Actor: s.actor = text; break;
    case Need: s.need = text; break;
    case Objective: s.objective = text; break;
    default: return false;
    }
    return save(next, tr("Edit a support need"));
}

bool RoadmapSupportModel::addNeed(const SupportNeed &need)
{
    if (m_roadmap.id <= 0)
        return false;
    Roadmap next = m_roadmap;
    next.supportNeeds << need;
    return save(next, tr("Add a support need"));
}

bool RoadmapSupportModel::removeNeed(int row)
{
    if (row < 0 || row >= m_roadmap.supportNeeds.size())
        return false;
    Roadmap next = m_roadmap;
    next.supportNeeds.removeAt(row);
    return save(next, tr("Remove a support need"));
}

} // namespace Comite
