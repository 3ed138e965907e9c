#pragma once
// The funding pools as a table (name, source, period, amount, what the
// committees' decisions left), for the pools window's list. Rows follow
// the stored pools with precise signals (RowSync).

#include "allocation/fundingpool.h"
#include "storage/workspace.h"

#include <QAbstractTableModel>

namespace Comite {

class AllocationPoolModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Source, Period, Amount, Remaining, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit AllocationPoolModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const FundingPool &pool(int row) const { return m_rows[row].pool; }
    int rowOf(qint64 poolId) const;
    void reload();

private:
    struct Row {
        FundingPool pool;
        qint64 decided = 0;  // granted by decisions in the pool's period to its candidates
        bool operator==(const Row &) const = default;
    };
    QList<Row> read() const;
    Workspace &m_workspace;
    QList<Row> m_rows;
};

} // namespace Comite
