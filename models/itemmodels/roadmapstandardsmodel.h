#pragma once
// A roadmap's beta.gouv.fr standards self-assessment as an editable table:
// one row per standard, rated six months ago, today and aimed for in six
// months.

#include "roadmaptablemodel.h"

namespace Comite {

class RoadmapStandardsModel : public RoadmapTableModel
{
    Q_OBJECT
public:
    enum Column { Standard, SixMonthsAgo, Today, InSixMonths, ColumnCount };
    enum Role { RatingKeyRole = Qt::UserRole + 1 };
    RoadmapStandardsModel(Workspace &workspace, qint64 roadmapId, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    int rowsIn(const Roadmap &) const override { return int(Standards::keys().size()); }
    bool sameRow(const Roadmap &a, int i, const Roadmap &b, int j) const override;
    RoadmapParts partsShown() const override { return RoadmapPart::Standards; }
};

} // namespace Comite
