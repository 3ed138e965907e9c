#include "allocationpoolmodel.h"

#include "domain/displayformat.h"
#include "rowsync.h"
#include "storage/allocationrepository.h"

namespace Comite {

AllocationPoolModel::AllocationPoolModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::allocationChanged, this, &AllocationPoolModel::reload);
    connect(&workspace, &Workspace::sessionChanged, this, &AllocationPoolModel::reload);
    connect(&workspace, &Workspace::portfolioReset, this, &AllocationPoolModel::reload);
    reload();
}

QList<AllocationPoolModel::Row> AllocationPoolModel::read() const
{
    QList<Row> rows;
    AllocationRepository repository(m_workspace.database());
    const QList<FundingPool> pools = repository.pools();
    if (pools.isEmpty())
        return rows;
    const QList<AllocationProblem> problems = repository.problems(pools, m_workspace.products());
    for (qsizetype i = 0; i < pools.size(); ++i) {
        const FundingPool &p = pools[i];
        rows << Row{p, repository.decidedTotal(p, problems[i])};
    }
    return rows;
}

void AllocationPoolModel::reload()
{
    QList<Row> next;
    try {
        next = read();
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
        return;
    }
    if (!RowSync::sync(*this, {}, m_rows, next, [](const Row &r) { return r.pool.id; })) {
        beginResetModel();
        m_rows = next;
        endResetModel();
    }
}

int AllocationPoolModel::rowOf(qint64 poolId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].pool.id == poolId)
            return i;
    }
    return -1;
}

int AllocationPoolModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AllocationPoolModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationPoolModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    if (role == IdRole)
        return r.pool.id;
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Remaining))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.pool.name;
    case Source:
        return r.pool.source;
    case Period:
        return tr("%1 – %2").arg(DisplayFormat::date(r.pool.start), DisplayFormat::date(r.pool.end));
    case Amount:
        return role == Qt::EditRole ? QVariant(r.pool.amount) : QVariant(DisplayFormat::euros(r.pool.amount));
    case Remaining:
        return role == Qt::EditRole ? QVariant(r.pool.amount - r.decided) : QVariant(DisplayFormat::euros(r.pool.amount - r.decided));
    }
    return {};
}

QVariant AllocationPoolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Pool");
    case Source:
        return tr("Source");
    case Period:
        return tr("Period");
    case Amount:
        return tr("Amount");
    case Remaining:
        return tr("Left after decisions");
    }
    return {};
}

} // namespace Comite
