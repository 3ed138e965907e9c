#pragma once
// A product's indicators grouped by impact-matrix principle, as a tree: the
// five principles at the top (with the mandatory indicators they miss, and
// the computed cost per use under "efficient"), their indicators below
// with latest value, trend and target attainment. Read-only; follows the
// workspace with row-precise signals (inserts, removes, moves).

#include "domain/efficiency.h"
#include "storage/workspace.h"

#include <QAbstractItemModel>

namespace Comite {

class IndicatorModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, Latest, Trend, Target, Fills, ColumnCount };
    enum Role {
        IndicatorIdRole = Qt::UserRole + 1,  // 0 on principle rows
        PrincipleKeyRole,
        NorthStarRole,       // bool
        TrendRole,           // int IndicatorTrend
        AttainmentRole,      // double, or null
        MissingRole,         // principle rows: missing mandatory keys (QStringList)
        WarningRole,         // bool: text to show in the warning colour
    };

    IndicatorModel(Workspace &workspace, qint64 productId, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 productId() const { return m_productId; }
    QModelIndex indexOf(qint64 indicatorId, int column = 0) const;
    // The indicator on a row, or null for a principle row.
    const IndicatorSeries *seriesAt(const QModelIndex &index) const;
    QList<IndicatorSeries> allSeries() const;
    const EfficiencyFigures &efficiency() const { return m_efficiency; }

public Q_SLOTS:
    void reload();

private:
    QVariant principleData(int group, int column, int role) const;
    QVariant indicatorData(const IndicatorSeries &s, int column, int role) const;
    QStringList missingIn(int group) const;
    void syncGroup(int group, const QList<IndicatorSeries> &next);

    Workspace &m_workspace;
    qint64 m_productId;
    QList<QList<IndicatorSeries>> m_groups;  // one per principle, in matrix order
    QStringList m_missing;                   // mandatory keys missing for the product
    EfficiencyFigures m_efficiency;
};

} // namespace Comite
