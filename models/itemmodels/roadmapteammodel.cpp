#include "roadmapteammodel.h"

namespace Comite {

RoadmapTeamModel::RoadmapTeamModel(Workspace &workspace, qint64 roadmapId, QObject *parent)
    : RoadmapTableModel(workspace, roadmapId, parent)
{
    load(roadmapId);
}

int RoadmapTeamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoadmapTeamModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamMember &m = m_roadmap.team[index.row()];
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit)
        return {};
    switch (index.column()) {
    case Profile: return m.profile;
    case Time: return edit ? QVariant(m.time) : QVariant(QLocale().toString(m.time, 'f', QLocale::FloatingPointShortest));
    case Unit: return edit ? QVariant(TimeUnits::key(m.unit)) : QVariant(TimeUnits::label(m.unit));
    }
    return {};
}

QVariant RoadmapTeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RoadmapTableModel::headerData(section, orientation, role);
    switch (section) {
    case Profile: return tr("Profile");
    case Time: return tr("Time");
    case Unit: return tr("Unit");
    }
    return {};
}

Qt::ItemFlags RoadmapTeamModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? RoadmapTableModel::flags(index) | Qt::ItemIsEditable : RoadmapTableModel::flags(index);
}

bool RoadmapTeamModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Roadmap next = m_roadmap;
    TeamMember &m = next.team[index.row()];
    switch (index.column()) {
    case Profile: m.profile = value.toString().trimmed(); break;
    case Time: {
        bool ok = false;
        double v = value.typeId() == QMetaType::QString ? QLocale().toDouble(value.toString().trimmed(), &ok) : value.toDouble(&ok);
        if (!ok)
            v = value.toString().trimmed().toDouble(&ok);
        if (!ok) {
            Q_EMIT editRefused(tr("“%1” is not a number.").arg(value.toString()));
            return false;
        }
        m.time = v;
        break;
    }
    case Unit: {
        const auto unit = TimeUnits::fromKey(value.toString());
        if (!unit)
            return false;
        m.unit = *unit;
        break;
    }
    default: return false;
    }
    return save(next, tr("Edit the team"));
}

bool RoadmapTeamModel::addMember(const TeamMember &member)
{
    if (m_roadmap.id <= 0)
        return false;
    Roadmap next = m_roadmap;
    next.team << member;
    return save(next, tr("Add a team profile"));
}

bool RoadmapTeamModel::removeMember(int row)
{
    if (row < 0 || row >= m_roadmap.team.size())
        return false;
    Roadmap next = m_roadmap;
    next.team.removeAt(row);
    return save(next, tr("Remove a team profile"));
}

} // namespace Comite
