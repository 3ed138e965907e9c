#include "allocationscenariomodel.h"

#include "commands/allocationedits.h"
#include "domain/displayformat.h"
#include "rowsync.h"
#include "storage/allocationrepository.h"

#include <QFont>

namespace Comite {

AllocationScenarioModel::AllocationScenarioModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::allocationChanged, this, [this](qint64 poolId) {
        if (poolId == m_poolId)
            reload();
    });
    connect(&workspace, &Workspace::portfolioReset, this, &AllocationScenarioModel::reload);
}

void AllocationScenarioModel::setPool(qint64 poolId)
{
    if (poolId == m_poolId)
        return;
    m_poolId = poolId;
    reload();
}

void AllocationScenarioModel::reload()
{
    QList<Row> next;
    try {
        AllocationRepository repository(m_workspace.database());
        const std::optional<FundingPool> pool = m_poolId ? repository.pool(m_poolId) : std::nullopt;
        m_poolAmount = pool ? pool->amount : 0;
        if (pool) {
            const AllocationProblem problem = repository.problem(*pool, m_workspace.products());
            for (const AllocationScenario &s : repository.scenarios(m_poolId))
                next << Row{s, problem.figures(s), s.id == pool->chosenScenarioId};
        }
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
        return;
    }
    if (!RowSync::sync(*this, {}, m_rows, next, [](const Row &r) { return r.scenario.id; })) {
        beginResetModel();
        m_rows = next;
        endResetModel();
    }
}

int AllocationScenarioModel::rowOf(qint64 scenarioId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].scenario.id == scenarioId)
            return i;
    }
    return -1;
}

int AllocationScenarioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AllocationScenarioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationScenarioModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    const ScenarioFigures &f = r.figures;
    const int column = index.column();
    if (role == IdRole)
        return r.scenario.id;
    if (role == ChosenRole)
        return r.chosen;
    if (role == Qt::FontRole && r.chosen) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && column != Name && column != Origin)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Remaining && f.remaining < 0)
        return tr("This scenario spends more than the pool.");
    if (role == Qt::EditRole && column == Name)
        return r.scenario.name;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return r.chosen ? tr("%1 (chosen)").arg(r.scenario.name) : r.scenario.name;
    case Origin:
        return r.scenario.origin == ScenarioOrigin::Solver ? tr("Solver") : tr("Manual");
    case Total:
        return DisplayFormat::euros(f.total);
    case Remaining:
        return DisplayFormat::euros(f.remaining);
    case Funded:
        return f.funded;
    case CostPerUse:
        return f.costPerUse ? DisplayFormat::cost(*f.costPerUse) : QString();
    case CostPerImpact:
        return f.costPerImpact ? DisplayFormat::cost(*f.costPerImpact) : QString();
    case ExpectedImpact:
        return DisplayFormat::number(f.expectedImpact / 1000.0);
    }
    return {};
}

QVariant AllocationScenarioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ExpectedImpact)
        return tr("The solver's objective, in thousands: each euro weighted by the arbitration grid and by the product's cost "
                  "per impact against the portfolio's median.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Scenario");
    case Origin:
        return tr("Origin");
    case Total:
        return tr("Total");
    case Remaining:
        return tr("Remaining");
    case Funded:
        return tr("Products");
    case CostPerUse:
        return tr("Cost per use");
    case CostPerImpact:
        return tr("Cost per impact");
    case ExpectedImpact:
        return tr("Expected impact");
    }
    return {};
}

Qt::ItemFlags AllocationScenarioModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Name)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AllocationScenarioModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Name || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Result<void> done = Edit::renameScenario(m_workspace, m_rows[index.row()].scenario.id, value.toString());
    if (!done) {
        Q_EMIT editRefused(done.error().message);
        return false;
    }
    return true;
}

} // namespace Comite
