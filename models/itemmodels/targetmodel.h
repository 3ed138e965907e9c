#pragma once
// One indicator's targets as an editable table (date, value, whether the
// value measured by that date reached it), rows in id order (views sort
// by date through a proxy). Edits go through Edit:: (undoable).

#include "referencetablemodel.h"

#include "domain/indicatorseries.h"

namespace Comite {

class TargetModel : public ReferenceTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Value, Status, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 10, ReachedRole };  // ReachedRole: bool, or null when not yet due

    TargetModel(Workspace &workspace, qint64 indicatorId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const QList<IndicatorTarget> &targets() const { return m_rows; }
    int rowOf(qint64 targetId) const;
    int addTarget(QDate date, double value);  // its row, or -1
    bool removeTarget(int row);

protected:
    void reload() override;

private:
    std::optional<bool> reached(const IndicatorTarget &target) const;
    void read();

    qint64 m_indicatorId;
    IndicatorSeries m_series;  // for the status column
    QList<IndicatorTarget> m_rows;
};

} // namespace Comite
