#pragma once
// One product's phase history as an editable table. Edits go through
// Edit::setPhases (validated, undoable); the model follows the stored
// history and signals exactly the rows that moved or changed.

#include "storage/workspace.h"

#include <QAbstractTableModel>

namespace Comite {

class PhaseHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PhaseColumn, Start, End, Comment, Restart, ColumnCount };
    enum Role { PhaseKeyRole = Qt::UserRole + 1 };

    PhaseHistoryModel(Workspace &workspace, qint64 productId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const QList<PhaseRecord> &phases() const { return m_phases; }
    bool removePhase(int row);

Q_SIGNALS:
    // An edit broke a rule or could not be saved; nothing changed.
    void editRefused(const QString &message);

private:
    void reload();
    void follow(QList<PhaseRecord> phases);

    Workspace &m_workspace;
    qint64 m_productId;
    QList<PhaseRecord> m_phases;
};

} // namespace Comite
