#pragma once
// A roadmap's budget request as an editable table: one row per budget
// line (amount in euros and share of the total), then the total.

#include "roadmaptablemodel.h"

namespace Comite {

class RoadmapBudgetModel : public RoadmapTableModel
{
    Q_OBJECT
public:
    enum Column { Line, Amount, Share, ColumnCount };
    enum Role { LineKeyRole = Qt::UserRole + 1 };
    RoadmapBudgetModel(Workspace &workspace, qint64 roadmapId, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    int totalRow() const;

protected:
    int rowsIn(const Roadmap &) const override;
    bool sameRow(const Roadmap &a, int i, const Roadmap &b, int j) const override;
    RoadmapParts partsShown() const override { return RoadmapPart::Budget; }
};

} // namespace Comite
