#include "followupmodel.h"

#include "commands/followupedits.h"
#include "domain/displayformat.h"
#include "rowsync.h"
#include "storage/followuprepository.h"
#include "storage/storageerror.h"

namespace Comite {

FollowupModel::FollowupModel(Workspace &workspace, qint64 productId, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_productId(productId)
{
    connect(&workspace, &Workspace::followupChanged, this, [this](qint64 id) {
        if (!m_productId || id == m_productId)
            reload();
    });
    connect(&workspace, &Workspace::sessionChanged, this, [this] { reload(); });
    connect(&workspace, &Workspace::sessionRemoved, this, [this] { reload(); });
    connect(&workspace, &Workspace::productRemoved, this, [this] { reload(); });
    connect(&workspace, &Workspace::portfolioReset, this, [this] {
        beginResetModel();
        m_items.clear();
        endResetModel();
        reload();
    });
    reload();
}

void FollowupModel::reload()
{
    const auto only = m_productId ? std::optional<qint64>(m_productId) : std::nullopt;
    const Result<QList<FollowupItem>> next = attempt([&] { return FollowupRepository(m_workspace.database()).items(only); });
    if (!next) {
        m_workspace.reportError(next.error().message);
        return;
    }
    if (!RowSync::sync(*this, {}, m_items, next.value(), [](const FollowupItem &i) { return i.key.text(); })) {
        beginResetModel();
        m_items = next.value();
        endResetModel();
    }
}

int FollowupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int FollowupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowupItem &i = m_items.at(index.row());
    const QDate today = m_workspace.today();
    switch (role) {
    case StatusKeyRole: return FollowupStatuses::key(i.status);
    case PastDueRole: return i.isPastDue(today);
    case ItemKeyRole: return i.key.text();
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const FollowupChange &c : i.history) {
            QString line = tr("%1: %2 by %3").arg(DisplayFormat::date(c.changedAt.toLocalTime().date()),
                                                  FollowupStatuses::label(c.status),
                                                  c.changedBy.isEmpty() ? tr("unknown") : c.changedBy);
            if (!c.note.isEmpty())
                line += QStringLiteral(" — ") + c.note;
            lines << line;
        }
        return lines.isEmpty() ? tr("Open since the committee of %1").arg(DisplayFormat::date(i.decidedOn))
                               : lines.join(QLatin1Char('\n'));
    }
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(index.column())) {
        case Product: return i.productTitle;
        case Decided: return role == Qt::EditRole ? QVariant(i.decidedOn) : QVariant(DisplayFormat::date(i.decidedOn));
        case Kind: return FollowupKinds::label(i.key.kind);
        case Text: return i.text;
        case Owner: return i.owner;
        case Due:
            if (role == Qt::EditRole)
                return i.due;
            return i.due.isValid() ? (i.isPastDue(today) ? tr("%1 (past due)").arg(DisplayFormat::date(i.due)) : DisplayFormat::date(i.due))
                                   : QString();
        case Status: return role == Qt::EditRole ? FollowupStatuses::key(i.status) : FollowupStatuses::label(i.status);
        case LastChange:
            if (i.history.isEmpty())
                return QString();
            return tr("%1 by %2").arg(DisplayFormat::date(i.history.last().changedAt.toLocalTime().date()),
                                      i.history.last().changedBy);
        case ColumnCount: break;
        }
        break;
    default: break;
    }
    return {};
}

QVariant FollowupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Product: return tr("Product");
    case Decided: return tr("Committee");
    case Kind: return tr("Kind");
    case Text: return tr("Item");
    case Owner: return tr("Owner");
    case Due: return tr("Due");
    case Status: return tr("Status");
    case LastChange: return tr("Last change");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags FollowupModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Status)
        f |= Qt::ItemIsEditable;
    return f;
}

bool FollowupModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || index.column() != Status
        || (role != Qt::EditRole && role != StatusKeyRole))
        return false;
    const auto status = FollowupStatuses::fromKey(value.toString());
    if (!status)
        return false;
    const FollowupItem item = m_items.at(index.row());
    if (item.status == *status)
        return false;
    const Result<void> done = Edit::setFollowupStatus(m_workspace, item.key, *status);
    if (!done) {
        Q_EMIT editRefused(done.error());
        return false;
    }
    return true;  // the change signal has re-read the row
}

} // namespace Comite
