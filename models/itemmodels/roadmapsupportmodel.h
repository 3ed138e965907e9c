#pragma once
// A roadmap's support needs as an editable table: actor, need, objective.

#include "roadmaptablemodel.h"

namespace Comite {

class RoadmapSupportModel : public RoadmapTableModel
{
    Q_OBJECT
public:
    enum Column { Actor, Need, Objective, ColumnCount };
    RoadmapSupportModel(Workspace &workspace, qint64 roadmapId, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    bool addNeed(const SupportNeed &need);
    bool removeNeed(int row);

protected:
    int rowsIn(const Roadmap &r) const override { return int(r.supportNeeds.size()); }
    bool sameRow(const Roadmap &a, int i, const Roadmap &b, int j) const override { return a.supportNeeds[i] == b.supportNeeds[j]; }
    RoadmapParts partsShown() const override { return RoadmapPart::Support; }
};

} // namespace Comite
