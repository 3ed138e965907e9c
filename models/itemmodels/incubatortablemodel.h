#pragma once
// Incubators as an editable table: name, identifier, owning organisation
// and yearly budget.

#include "referencetablemodel.h"

namespace Comite {

class IncubatorTableModel : public ReferenceTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Slug, Owner, YearlyBudget, ColumnCount };
    enum { OwnerIdRole = IdRole + 1 };
    explicit IncubatorTableModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Owner takes an organisation id (OwnerIdRole or EditRole); the budget
    // takes whole euros, empty for unknown.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const Incubator &at(int row) const { return m_rows[row]; }

protected:
    void reload() override;

private:
    QList<Incubator> m_rows;
    QHash<qint64, QString> m_ownerNames;
};

} // namespace Comite
