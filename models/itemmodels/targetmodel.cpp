#include "targetmodel.h"

#include "commands/indicatoredits.h"
#include "domain/displayformat.h"

#include <QHash>

namespace Comite {

namespace {
QList<IndicatorTarget> byId(QList<IndicatorTarget> list)
{
    std::sort(list.begin(), list.end(), [](const IndicatorTarget &a, const IndicatorTarget &b) { return a.id < b.id; });
    return list;
}
} // namespace

TargetModel::TargetModel(Workspace &workspace, qint64 indicatorId, QObject *parent)
    : ReferenceTableModel(workspace, parent), m_indicatorId(indicatorId)
{
    connect(&workspace, &Workspace::indicatorChanged, this, [this](qint64, qint64 indicator) {
        if (indicator == 0 || indicator == m_indicatorId)
            reload();
    });
    try {
        read();
        m_rows = byId(m_series.targets);
    } catch (const StorageError &e) {
        workspace.reportError(e.message());
    }
}

void TargetModel::read()
{
    m_series = m_workspace.indicators().series(m_indicatorId).value_or(IndicatorSeries{});
}

// Measurements change the status column of every row: compare before and
// after, then signal the rows whose status moved.
void TargetModel::reload()
{
    try {
        QHash<qint64, std::optional<bool>> before;
        for (const IndicatorTarget &t : std::as_const(m_rows))
            before.insert(t.id, reached(t));
        read();
        sync(m_rows, byId(m_series.targets));
        for (int i = 0; i < m_rows.size(); ++i) {
            const auto was = before.constFind(m_rows[i].id);
            if (was != before.cend() && *was != reached(m_rows[i]))
                Q_EMIT dataChanged(index(i, Status), index(i, Status));
        }
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
    }
}

std::optional<bool> TargetModel::reached(const IndicatorTarget &target) const
{
    if (target.date > m_workspace.today())
        return std::nullopt;
    const auto measured = m_series.at(target.date);
    if (!measured)
        return false;
    return m_series.indicator.direction == IndicatorDirection::LowerIsBetter ? measured->value <= target.value
                                                                              : measured->value >= target.value;
}

int TargetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TargetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TargetModel::rowOf(qint64 targetId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == targetId)
            return i;
    }
    return -1;
}

QVariant TargetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IndicatorTarget &t = m_rows[index.row()];
    if (role == IdRole)
        return t.id;
    if (role == ReachedRole) {
        const auto r = reached(t);
        return r ? QVariant(*r) : QVariant();
    }
    if (role == SortRole)
        return index.column() == Value ? QVariant(t.value) : QVariant(t.date);
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Date: return edit ? QVariant(t.date) : QVariant(DisplayFormat::date(t.date));
    case Value: return edit ? QVariant(t.value) : QVariant(DisplayFormat::number(t.value, m_series.indicator.unit));
    case Status: {
        const auto r = reached(t);
        return !r ? tr("Ahead") : *r ? tr("Reached") : tr("Missed");
    }
    }
    return {};
}

QVariant TargetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case Value: return tr("Target");
    case Status: return tr("Status");
    }
    return {};
}

Qt::ItemFlags TargetModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return index.isValid() && index.column() != Status ? f | Qt::ItemIsEditable : f;
}

bool TargetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    IndicatorTarget t = m_rows[index.row()];
    if (index.column() == Date) {
        t.date = value.toDate();
    } else if (index.column() == Value) {
        bool ok = false;
        t.value = value.toDouble(&ok);
        if (!ok) {
            Q_EMIT editRefused(tr("“%1” is not a number.").arg(value.toString()));
            return false;
        }
    } else {
        return false;
    }
    const Result<void> done = Edit::updateTarget(m_workspace, t);
    if (!done) {
        Q_EMIT editRefused(done.error().message);
        return false;
    }
    return true;
}

int TargetModel::addTarget(QDate date, double value)
{
    const Result<qint64> added = Edit::addTarget(m_workspace, IndicatorTarget{0, m_indicatorId, date, value});
    if (!added) {
        Q_EMIT editRefused(added.error().message);
        return -1;
    }
    return rowOf(added.value());
}

bool TargetModel::removeTarget(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Result<void> done = Edit::removeTarget(m_workspace, m_rows[row]);
    if (!done) {
        Q_EMIT editRefused(done.error().message);
        return false;
    }
    return true;
}

} // namespace Comite
