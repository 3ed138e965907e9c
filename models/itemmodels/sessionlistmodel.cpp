#include "sessionlistmodel.h"

#include <QLocale>

namespace Comite {

SessionListModel::SessionListModel(Workspace &workspace, QObject *parent)
    : SessionTableModel(parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::sessionAdded, this, &SessionListModel::reload);
    connect(&workspace, &Workspace::sessionRemoved, this, &SessionListModel::reload);
    connect(&workspace, &Workspace::sessionChanged, this, [this](qint64, SessionChanges changes) {
        if (changes & (SessionChange::Header | SessionChange::Products | SessionChange::Status | SessionChange::Decisions))
            reload();
    });
    connect(&workspace, &Workspace::portfolioReset, this, &SessionListModel::reload);
    connect(&workspace, &Workspace::productChanged, this, [this](qint64, ProductChanges changes) {
        if (changes & (ProductChange::Identity | ProductChange::Committees))
            reload();
    });
    connect(&workspace, &Workspace::productRemoved, this, &SessionListModel::reload);
    reload();
}

void SessionListModel::reload()
{
    QList<SessionSummary> next;
    try {
        next = m_workspace.sessions().summaries();
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
        return;
    }
    sync(m_rows, next);
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 SessionListModel::sessionIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int SessionListModel::rowOf(qint64 sessionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == sessionId)
            return i;
    }
    return -1;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionSummary &s = m_rows[index.row()];
    switch (role) {
    case IdRole: return s.id;
    case StatusKeyRole: return SessionStatuses::key(s.status);
    case SortRole:
        if (index.column() == DateColumn)
            return s.startsAt;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            return SessionAgenda::dateTimeText(s.startsAt);
        case TitleColumn:
            if (!s.title.isEmpty())
                return s.title;
            return s.productTitles.size() == 1 ? s.productTitles.first() : tr("Investment committee");
        case ProductsColumn: return s.productTitles.join(QStringLiteral(", "));
        case StatusColumn: return SessionStatuses::label(s.status);
        case DecidedColumn:
            return s.productSlugs.isEmpty() ? QString()
                                            : tr("%1 of %2").arg(s.decisionCount).arg(s.productSlugs.size());
        }
        return {};
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case TitleColumn: return tr("Session");
    case ProductsColumn: return tr("Products");
    case StatusColumn: return tr("Status");
    case DecidedColumn: return tr("Decided");
    }
    return {};
}

} // namespace Comite
