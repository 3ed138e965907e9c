#include "participantmodel.h"

#include "commands/sessionedits.h"

namespace Comite {

ParticipantModel::ParticipantModel(Workspace &workspace, qint64 sessionId, QObject *parent)
    : SessionTableModel(parent), m_workspace(workspace), m_sessionId(sessionId)
{
    connect(&workspace, &Workspace::sessionChanged, this, [this](qint64 id, SessionChanges changes) {
        if (id == m_sessionId && (changes & SessionChange::Participants))
            reload();
    });
    reload();
}

void ParticipantModel::reload()
{
    std::optional<Session> session;
    try {
        session = m_workspace.sessions().load(m_sessionId);
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
        return;
    }
    sync(m_rows, session ? session->participants : QList<Participant>());
}

int ParticipantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participant &p = m_rows[index.row()];
    if (role == IdRole)
        return p.id;
    if (role == RoleKeyRole)
        return ParticipantRoles::key(p.role);
    if (index.column() == ExcusedColumn) {
        const bool on = !p.present && p.excused;
        if (role == Qt::CheckStateRole)
            return on ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return on ? tr("Excused") : tr("Not excused");
        return {};
    }
    if (index.column() == VotingColumn || index.column() == PresentColumn) {
        const bool on = index.column() == VotingColumn ? p.voting : p.present;
        if (role == Qt::CheckStateRole)
            return on ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return index.column() == VotingColumn ? (on ? tr("Votes") : tr("Does not vote"))
                                                  : (on ? tr("Present") : tr("Absent"));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn: return p.name;
    case OrganisationColumn: return p.organisation;
    case RoleColumn: return role == Qt::EditRole ? ParticipantRoles::key(p.role) : ParticipantRoles::label(p.role);
    case CivilityColumn: return role == Qt::EditRole ? Civilities::key(p.civility) : Civilities::label(p.civility);
    }
    return {};
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case OrganisationColumn: return tr("Organisation");
    case RoleColumn: return tr("Role");
    case VotingColumn: return tr("Votes");
    case PresentColumn: return tr("Present");
    case ExcusedColumn: return tr("Excused");
    case CivilityColumn: return tr("Civility");
    }
    return {};
}

Qt::ItemFlags ParticipantModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == VotingColumn || index.column() == PresentColumn || index.column() == ExcusedColumn)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool ParticipantModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<Participant> next = m_rows;
    Participant &p = next[index.row()];
    if (role == Qt::CheckStateRole && index.column() == ExcusedColumn) {
        p.excused = value.toInt() == Qt::Checked;
        if (p.excused)
            p.present = false;  // excused is a kind of absence
    } else if (role == Qt::CheckStateRole && (index.column() == VotingColumn || index.column() == PresentColumn)) {
        (index.column() == VotingColumn ? p.voting : p.present) = value.toInt() == Qt::Checked;
        if (p.present)
            p.excused = false;
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn: p.name = value.toString().trimmed(); break;
        case OrganisationColumn: p.organisation = value.toString().trimmed(); break;
        case CivilityColumn: p.civility = Civilities::fromKey(value.toString()); break;
        case RoleColumn: {
            const auto r = ParticipantRoles::fromKey(value.toString());
            if (!r)
                return false;
            if (*r != p.role)
                p.voting = ParticipantRoles::votesByDefault(*r);  // a new role, its usual vote
            p.role = *r;
            break;
        }
        default: return false;
        }
    } else {
        return false;
    }
    return commit(next);
}

bool ParticipantModel::commit(const QList<Participant> &participants)
{
    if (const Result<void> r = Edit::setParticipants(m_workspace, m_sessionId, participants); !r) {
        refuse(r.error().message);
        return false;
    }
    return true;
}

bool ParticipantModel::addParticipant(const Participant &participant)
{
    QList<Participant> next = m_rows;
    Participant fresh = participant;
    fresh.id = 0;
    next << fresh;
    return commit(next);
}

bool ParticipantModel::removeParticipant(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    QList<Participant> next = m_rows;
    next.removeAt(row);
    return commit(next);
}

} // namespace Comite
