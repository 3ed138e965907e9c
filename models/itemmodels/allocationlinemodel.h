#pragma once
// One scenario of a funding pool as an editable table: a row per product
// the pool may fund (its phase, rule, request, minimum and maximum, what
// committees already decided) and the scenario's amount and condition for
// it. Editing an amount or a condition is a what-if edit through
// Edit::setAllocationLine (undoable); rows follow with precise signals.

#include "allocation/allocationproblem.h"
#include "storage/workspace.h"

#include <QAbstractTableModel>

namespace Comite {

class AllocationLineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Product, PhaseColumn, Rule, Request, Minimum, Maximum, Decided, Amount, Condition, ColumnCount };
    enum Role { ProductIdRole = Qt::UserRole + 1 };

    explicit AllocationLineModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setPool(qint64 poolId);
    void setScenario(qint64 scenarioId);  // 0: none (amounts read-only)
    qint64 poolId() const { return m_poolId; }
    qint64 scenarioId() const { return m_scenarioId; }
    const AllocationProblem &problem() const { return m_problem; }
    void reload();

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    struct Row {
        AllocationCandidate candidate;
        qint64 decided = 0;
        std::optional<AllocationLine> line;
        bool operator==(const Row &) const = default;
    };
    Workspace &m_workspace;
    qint64 m_poolId = 0;
    qint64 m_scenarioId = 0;
    AllocationProblem m_problem;
    QList<Row> m_rows;
};

} // namespace Comite
