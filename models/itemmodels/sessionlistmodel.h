#pragma once
// Every committee session, oldest first: date, title, products, status and
// how many products are decided. Follows sessions added, removed and
// changed with precise row signals.

#include "sessiontablemodel.h"

namespace Comite {

class SessionListModel : public SessionTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, TitleColumn, ProductsColumn, StatusColumn, DecidedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusKeyRole, SortRole };

    explicit SessionListModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 sessionIdAt(int row) const;
    int rowOf(qint64 sessionId) const;
    void reload();

private:
    Workspace &m_workspace;
    QList<SessionSummary> m_rows;
};

} // namespace Comite
