#include "phasehistorymodel.h"

#include "commands/productedits.h"
#include "rowsync.h"
#include "domain/displayformat.h"

namespace Comite {

PhaseHistoryModel::PhaseHistoryModel(Workspace &workspace, qint64 productId, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_productId(productId)
{
    connect(&workspace, &Workspace::productChanged, this, [this](qint64 id, ProductChanges changes) {
        if (id == m_productId && (changes & ProductChange::Phases))
            reload();
    });
    connect(&workspace, &Workspace::portfolioReset, this, &PhaseHistoryModel::reload);
    try {
        if (auto product = workspace.products().load(productId))
            m_phases = product->phases;
    } catch (const StorageError &e) {
        workspace.reportError(e.message());
    }
}

void PhaseHistoryModel::reload()
{
    try {
        if (auto product = m_workspace.products().load(m_productId))
            follow(product->phases);
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
    }
}

// Phases have no key: one inserted or removed row where that is what
// happened, dataChanged for edited rows (RowSync::followPositions).
void PhaseHistoryModel::follow(QList<PhaseRecord> next)
{
    const QList<PhaseRecord> old = m_phases;
    RowSync::followPositions(
        *this, {}, int(old.size()), int(next.size()), [&](int i, int j) { return old[i] == next[j]; },
        [&] { m_phases = next; },
        [&](int count) {
            if (count < m_phases.size())
                m_phases.resize(count);
            else
                m_phases.append(next.mid(m_phases.size(), count - m_phases.size()));
        });
}

int PhaseHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_phases.size());
}

int PhaseHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhaseHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PhaseRecord &p = m_phases[index.row()];
    if (role == PhaseKeyRole)
        return Phases::key(p.phase);
    if (index.column() == Restart) {
        if (role == Qt::CheckStateRole)
            return p.restart ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return p.restart ? tr("Restart") : QString();
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case PhaseColumn: return edit ? QVariant(Phases::key(p.phase)) : QVariant(Phases::label(p.phase));
    case Start: return edit ? QVariant(p.start) : QVariant(DisplayFormat::date(p.start));
    case End: return edit ? QVariant(p.end) : QVariant(DisplayFormat::date(p.end));
    case Comment: return p.comment;
    }
    return {};
}

QVariant PhaseHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PhaseColumn: return tr("Phase");
    case Start: return tr("Start");
    case End: return tr("End");
    case Comment: return tr("Comment");
    case Restart: return tr("Restart");
    }
    return {};
}

Qt::ItemFlags PhaseHistoryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == Restart)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool PhaseHistoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<PhaseRecord> next = m_phases;
    PhaseRecord &p = next[index.row()];
    if (index.column() == Restart && role == Qt::CheckStateRole) {
        p.restart = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case PhaseColumn:
            if (auto phase = Phases::fromKey(value.toString()))
                p.phase = *phase;
            else
                return false;
            break;
        case Start: p.start = value.toDate(); break;
        case End: p.end = value.toDate(); break;
        case Comment: p.comment = value.toString(); break;
        default: return false;
        }
    } else {
        return false;
    }
    if (const Result<void> r = Edit::setPhases(m_workspace, m_productId, next, tr("Edit phase history")); !r) {
        Q_EMIT editRefused(r.error().message);
        return false;
    }
    return true;
}

bool PhaseHistoryModel::removePhase(int row)
{
    if (row < 0 || row >= m_phases.size())
        return false;
    QList<PhaseRecord> next = m_phases;
    next.removeAt(row);
    if (const Result<void> r = Edit::setPhases(m_workspace, m_productId, next, tr("Remove phase")); !r) {
        Q_EMIT editRefused(r.error().message);
        return false;
    }
    return true;
}

} // namespace Comite
