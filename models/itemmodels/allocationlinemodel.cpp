#include "allocationlinemodel.h"

#include "commands/allocationedits.h"
#include "domain/displayformat.h"
#include "rowsync.h"
#include "storage/allocationrepository.h"

namespace Comite {

AllocationLineModel::AllocationLineModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::allocationChanged, this, [this](qint64 poolId) {
        if (poolId == m_poolId)
            reload();
    });
    connect(&workspace, &Workspace::sessionChanged, this, &AllocationLineModel::reload);
    connect(&workspace, &Workspace::portfolioReset, this, &AllocationLineModel::reload);
    connect(&workspace, &Workspace::productChanged, this, &AllocationLineModel::reload);
}

void AllocationLineModel::setPool(qint64 poolId)
{
    if (poolId == m_poolId)
        return;
    m_poolId = poolId;
    m_scenarioId = 0;
    reload();
}

void AllocationLineModel::setScenario(qint64 scenarioId)
{
    if (scenarioId == m_scenarioId)
        return;
    m_scenarioId = scenarioId;
    reload();
}

void AllocationLineModel::reload()
{
    QList<Row> next;
    AllocationProblem problem;
    try {
        AllocationRepository repository(m_workspace.database());
        const std::optional<FundingPool> pool = m_poolId ? repository.pool(m_poolId) : std::nullopt;
        if (pool) {
            problem = repository.problem(*pool, m_workspace.products());
            const QHash<qint64, qint64> decided = repository.decidedAmounts(*pool);
            const std::optional<AllocationScenario> scenario = m_scenarioId ? repository.scenario(m_scenarioId) : std::nullopt;
            if (!scenario || scenario->poolId != m_poolId)
                m_scenarioId = 0;
            for (const AllocationCandidate &c : problem.candidates()) {
                Row row{c, decided.value(c.productId), std::nullopt};
                if (scenario && scenario->poolId == m_poolId)
                    if (const AllocationLine *l = scenario->line(c.productId))
                        row.line = *l;
                next << row;
            }
        } else {
            m_poolId = 0;
            m_scenarioId = 0;
        }
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
        return;
    }
    m_problem = problem;
    if (!RowSync::sync(*this, {}, m_rows, next, [](const Row &r) { return r.candidate.productId; })) {
        beginResetModel();
        m_rows = next;
        endResetModel();
    }
}

int AllocationLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AllocationLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    const AllocationCandidate &c = r.candidate;
    const int column = index.column();
    if (role == ProductIdRole)
        return c.productId;
    const bool money = column == Request || column == Minimum || column == Maximum || column == Decided || column == Amount;
    if (role == Qt::TextAlignmentRole && money)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Amount && r.line && r.line->amount > 0
        && (r.line->amount < c.minimum || r.line->amount > c.maximum))
        return tr("Outside the product's minimum viable budget and maximum.");
    if (role == Qt::ToolTipRole && column == Product)
        return c.slug;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    auto euros = [edit](qint64 v) { return edit ? QVariant(v) : QVariant(DisplayFormat::euros(v)); };
    switch (column) {
    case Product:
        return c.title;
    case PhaseColumn:
        return Phases::label(c.phase);
    case Rule:
        return PoolRules::label(c.rule);
    case Request:
        return c.request > 0 ? euros(c.request) : (edit ? QVariant(qint64(0)) : QVariant(tr("none")));
    case Minimum:
        return euros(c.minimum);
    case Maximum:
        return euros(c.maximum);
    case Decided:
        return r.decided > 0 ? euros(r.decided) : (edit ? QVariant(qint64(0)) : QVariant());
    case Amount:
        return r.line ? euros(r.line->amount) : (edit ? QVariant(qint64(0)) : QVariant());
    case Condition:
        return r.line ? r.line->condition : QString();
    }
    return {};
}

QVariant AllocationLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Product:
        return tr("Product");
    case PhaseColumn:
        return tr("Phase");
    case Rule:
        return tr("Rule");
    case Request:
        return tr("Request");
    case Minimum:
        return tr("Minimum");
    case Maximum:
        return tr("Maximum");
    case Decided:
        return tr("Decided");
    case Amount:
        return tr("Amount");
    case Condition:
        return tr("Condition");
    }
    return {};
}

Qt::ItemFlags AllocationLineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_scenarioId && (index.column() == Amount || index.column() == Condition))
        f |= Qt::ItemIsEditable;
    return f;
}

bool AllocationLineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_scenarioId || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Row &r = m_rows[index.row()];
    AllocationLine line = r.line.value_or(AllocationLine{});
    line.productId = r.candidate.productId;
    if (!r.line) {
        line.start = m_problem.pool().start;
        line.end = m_problem.pool().end;
    }
    if (index.column() == Amount) {
        bool ok = false;
        const qint64 amount = value.toLongLong(&ok);
        if (!ok || amount < 0) {
            Q_EMIT editRefused(tr("An amount is a whole number of euros, zero or more."));
            return false;
        }
        line.amount = amount;
    } else if (index.column() == Condition) {
        line.condition = value.toString().trimmed();
    } else {
        return false;
    }
    if (r.line && line == *r.line)
        return true;
    const Result<void> done = Edit::setAllocationLine(m_workspace, m_scenarioId, line);
    if (!done) {
        Q_EMIT editRefused(done.error().message);
        return false;
    }
    return true;
}

} // namespace Comite
