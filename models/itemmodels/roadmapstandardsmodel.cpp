#include "roadmapstandardsmodel.h"

namespace Comite {

namespace {
StandardRating &rating(StandardAssessment &s, int column)
{
    return column == RoadmapStandardsModel::SixMonthsAgo ? s.ago : column == RoadmapStandardsModel::Today ? s.today : s.aimed;
}
} // namespace

RoadmapStandardsModel::RoadmapStandardsModel(Workspace &workspace, qint64 roadmapId, QObject *parent)
    : RoadmapTableModel(workspace, roadmapId, parent)
{
    load(roadmapId);
}

bool RoadmapStandardsModel::sameRow(const Roadmap &a, int i, const Roadmap &b, int j) const
{
    const QString key = Standards::keys().at(i);
    return i == j && a.standard(key) == b.standard(key);
}

int RoadmapStandardsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoadmapStandardsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString key = Standards::keys().at(index.row());
    StandardAssessment s = m_roadmap.standard(key);
    if (index.column() == Standard) {
        if (role == Qt::DisplayRole)
            return Standards::label(key);
        if (role == Qt::ToolTipRole)
            return Standards::description(key);
        return {};
    }
    const StandardRating r = rating(s, index.column());
    if (role == RatingKeyRole || role == Qt::EditRole)
        return StandardRatings::key(r);
    if (role == Qt::DisplayRole)
        return r == StandardRating::Unrated ? QString() : StandardRatings::label(r);
    if (role == Qt::AccessibleTextRole)
        return StandardRatings::label(r);
    return {};
}

QVariant RoadmapStandardsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RoadmapTableModel::headerData(section, orientation, role);
    switch (section) {
    case Standard: return tr("Standard");
    case SixMonthsAgo: return tr("6 months ago");
    case Today: return tr("Today");
    case InSixMonths: return tr("In 6 months");
    }
    return {};
}

Qt::ItemFlags RoadmapStandardsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = RoadmapTableModel::flags(index);
    if (index.isValid() && index.column() != Standard)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RoadmapStandardsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() == Standard
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto r = StandardRatings::fromKey(value.toString());
    if (!r)
        return false;
    Roadmap next = m_roadmap;
    const QString key = Standards::keys().at(index.row());
    for (StandardAssessment &s : next.standards) {
        if (s.standard == key)
            rating(s, index.column()) = *r;
    }
    return save(next, tr("Rate the standard “%1”").arg(Standards::label(key)));
}

} // namespace Comite
