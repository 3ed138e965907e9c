#pragma once
// A roadmap's team as an editable table: profile, time and its unit (days
// per week or FTE).

#include "roadmaptablemodel.h"

namespace Comite {

class RoadmapTeamModel : public RoadmapTableModel
{
    Q_OBJECT
public:
    enum Column { Profile, Time, Unit, ColumnCount };
    RoadmapTeamModel(Workspace &workspace, qint64 roadmapId, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    bool addMember(const TeamMember &member);
    bool removeMember(int row);

protected:
    int rowsIn(const Roadmap &r) const override { return int(r.team.size()); }
    bool sameRow(const Roadmap &a, int i, const Roadmap &b, int j) const override { return a.team[i] == b.team[j]; }
    RoadmapParts partsShown() const override { return RoadmapPart::Team; }
};

} // namespace Comite
