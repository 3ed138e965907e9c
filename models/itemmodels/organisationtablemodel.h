#pragma once
// Organisations (sponsors, incubator owners) as an editable table.

#include "referencetablemodel.h"

namespace Comite {

class OrganisationTableModel : public ReferenceTableModel
{
    Q_OBJECT
public:
    enum Column { Acronym, Name, Kind, Slug, ColumnCount };
    explicit OrganisationTableModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const Organisation &at(int row) const { return m_rows[row]; }
    int rowOf(qint64 id) const;

protected:
    void reload() override;

private:
    QList<Organisation> m_rows;
};

} // namespace Comite
