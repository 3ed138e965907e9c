#include "agendamodel.h"

#include "commands/sessionedits.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

namespace Comite {

namespace {
QString duration(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

AgendaModel::AgendaModel(Workspace &workspace, qint64 sessionId, QObject *parent)
    : SessionTableModel(parent), m_workspace(workspace)
{
    m_session.id = sessionId;
    connect(&workspace, &Workspace::sessionChanged, this, [this](qint64 id, SessionChanges changes) {
        if (id == m_session.id
            && (changes & (SessionChange::Agenda | SessionChange::Header | SessionChange::Products | SessionChange::Notes
                           | SessionChange::Timing)))
            reload();
    });
    connect(&workspace, &Workspace::productChanged, this, [this](qint64 id, ProductChanges changes) {
        if ((changes & ProductChange::Identity) && m_session.product(id))
            reload();
    });
    reload();
}

void AgendaModel::reload()
{
    std::optional<Session> next;
    try {
        next = m_workspace.sessions().load(m_session.id);
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
        return;
    }
    if (!next)
        next = Session{};
    next->id = m_session.id;
    QList<Row> rows;
    const QList<QDateTime> starts = SessionAgenda::plannedStarts(next->startsAt, next->agenda);
    for (int i = 0; i < next->agenda.size(); ++i)
        rows << Row{next->agenda[i].id, next->agenda[i], starts[i].time()};
    const bool productsChanged = next->products != m_session.products;
    m_session = *next;
    sync(m_rows, rows);
    if (productsChanged && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ProductColumn), index(rowCount() - 1, ProductColumn));
    Q_EMIT totalsChanged();
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const AgendaItem &item = row.item;
    switch (role) {
    case IdRole: return item.id;
    case ProductIdRole: return item.productId;
    case NotesRole: return item.notes;
    case Qt::CheckStateRole:
        if (index.column() == TeamLeavesColumn)
            return item.teamLeaves ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MinutesColumn || index.column() == ActualColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (!item.notes.isEmpty())
            return item.notes;
        [[fallthrough]];
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole: {
        const bool edit = role == Qt::EditRole;
        switch (index.column()) {
        case StartColumn: return SessionAgenda::timeText(row.start);
        case ProductColumn: {
            if (edit)
                return item.productId;
            const SessionProduct *p = m_session.product(item.productId);
            return p ? p->title : tr("Whole session");
        }
        case TitleColumn: return item.title;
        case MinutesColumn: return edit ? QVariant(item.plannedMinutes) : QVariant(tr("%n min", nullptr, item.plannedMinutes));
        case TeamLeavesColumn:
            return role == Qt::AccessibleTextRole && item.teamLeaves ? QVariant(tr("Team leaves the room")) : QVariant();
        case ActualColumn: return item.actualSeconds ? QVariant(duration(*item.actualSeconds)) : QVariant();
        }
        return {};
    }
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartColumn: return tr("Start");
    case ProductColumn: return tr("Product");
    case TitleColumn: return tr("Item");
    case MinutesColumn: return tr("Planned");
    case TeamLeavesColumn: return tr("Team leaves");
    case ActualColumn: return tr("Actual");
    }
    return {};
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f | Qt::ItemIsDropEnabled;
    f |= Qt::ItemIsDragEnabled;
    switch (index.column()) {
    case ProductColumn:
    case TitleColumn:
    case MinutesColumn: return f | Qt::ItemIsEditable;
    case TeamLeavesColumn: return f | Qt::ItemIsUserCheckable;
    }
    return f;
}

bool AgendaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<AgendaItem> next = m_session.agenda;
    AgendaItem &item = next[index.row()];
    if (index.column() == TeamLeavesColumn && role == Qt::CheckStateRole) {
        item.teamLeaves = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case ProductColumn: {
            const qint64 id = value.toLongLong();
            if (id != 0 && !m_session.product(id))
                return false;
            item.productId = id;
            break;
        }
        case TitleColumn: item.title = value.toString(); break;
        case MinutesColumn: {
            bool ok = false;
            item.plannedMinutes = value.toInt(&ok);
            if (!ok)
                return false;
            break;
        }
        default: return false;
        }
    } else {
        return false;
    }
    return commit(next, tr("Edit agenda item"));
}

bool AgendaModel::commit(const QList<AgendaItem> &agenda, const QString &text)
{
    if (const Result<void> r = Edit::setAgenda(m_workspace, m_session.id, agenda, text); !r) {
        refuse(r.error().message);
        return false;
    }
    return true;
}

bool AgendaModel::insertItem(int row, const AgendaItem &item)
{
    QList<AgendaItem> next = m_session.agenda;
    AgendaItem fresh = item;
    fresh.id = 0;
    next.insert(row < 0 || row > next.size() ? next.size() : row, fresh);
    return commit(next, tr("Add agenda item"));
}

bool AgendaModel::removeItem(int row)
{
    if (row < 0 || row >= m_session.agenda.size())
        return false;
    QList<AgendaItem> next = m_session.agenda;
    next.removeAt(row);
    return commit(next, tr("Remove agenda item"));
}

bool AgendaModel::moveItem(int from, int to)
{
    const int n = int(m_session.agenda.size());
    if (from < 0 || from >= n || to < 0 || to > n || to == from || to == from + 1)
        return false;
    QList<AgendaItem> next = m_session.agenda;
    next.move(from, to > from ? to - 1 : to);
    return commit(next, tr("Move agenda item"));
}

bool AgendaModel::setNotes(int row, const QString &notes)
{
    if (row < 0 || row >= m_session.agenda.size())
        return false;
    if (const Result<void> r = Edit::setAgendaNotes(m_workspace, m_session.id, m_session.agenda[row].id, notes); !r) {
        refuse(r.error().message);
        return false;
    }
    return true;
}

bool AgendaModel::applyTemplate(const AgendaTemplate &agendaTemplate)
{
    if (const Result<void> r = Edit::applyAgendaTemplate(m_workspace, m_session.id, agendaTemplate); !r) {
        refuse(r.error().message);
        return false;
    }
    return true;
}

QMimeData *AgendaModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << qint32(indexes.first().row());
    data->setData(mimeType, bytes);
    return data;
}

bool AgendaModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return data && data->hasFormat(mimeType) && action == Qt::MoveAction;
}

bool AgendaModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    QDataStream stream(data->data(mimeType));
    qint32 from = -1;
    stream >> from;
    int to = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    moveItem(from, to);
    return false;
}

} // namespace Comite
