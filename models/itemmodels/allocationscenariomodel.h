#pragma once
// A funding pool's scenarios side by side: total against the pool, what
// remains, products funded, the portfolio's expected cost per use and per
// impact, the objective; which one is chosen. The name is editable
// (Edit::renameScenario). Rows follow the stored scenarios (RowSync).

#include "allocation/allocationproblem.h"
#include "storage/workspace.h"

#include <QAbstractTableModel>

namespace Comite {

class AllocationScenarioModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Origin, Total, Remaining, Funded, CostPerUse, CostPerImpact, ExpectedImpact, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ChosenRole };

    explicit AllocationScenarioModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setPool(qint64 poolId);
    qint64 poolId() const { return m_poolId; }
    qint64 poolAmount() const { return m_poolAmount; }
    const AllocationScenario &scenario(int row) const { return m_rows[row].scenario; }
    const ScenarioFigures &figures(int row) const { return m_rows[row].figures; }
    int rowOf(qint64 scenarioId) const;
    void reload();

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    struct Row {
        AllocationScenario scenario;
        ScenarioFigures figures;
        bool chosen = false;
        bool operator==(const Row &) const = default;
    };
    Workspace &m_workspace;
    qint64 m_poolId = 0;
    qint64 m_poolAmount = 0;
    QList<Row> m_rows;
};

} // namespace Comite
