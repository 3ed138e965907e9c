#pragma once
// A session's participants as an editable table: name, organisation, role,
// whether they vote on the arbitration grid and whether they are present.
// Edits go through Edit::setParticipants (validated, undoable); the model
// follows the stored list with precise row signals.

#include "sessiontablemodel.h"

namespace Comite {

class ParticipantModel : public SessionTableModel
{
    Q_OBJECT
public:
    // Excused: absent with an apology (only when not present). Civility:
    // edited with its key ("mme", "m", "" neutral), shown as "Mme", "M.".
    enum Column { NameColumn, OrganisationColumn, RoleColumn, VotingColumn, PresentColumn, ExcusedColumn, CivilityColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RoleKeyRole };

    ParticipantModel(Workspace &workspace, qint64 sessionId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const QList<Participant> &participants() const { return m_rows; }
    bool addParticipant(const Participant &participant);
    bool removeParticipant(int row);
    void reload();

private:
    bool commit(const QList<Participant> &participants);

    Workspace &m_workspace;
    qint64 m_sessionId;
    QList<Participant> m_rows;
};

} // namespace Comite
