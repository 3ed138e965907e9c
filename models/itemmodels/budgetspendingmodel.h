#pragma once
// A product's spending month by month as an editable table: one row per
// budget line and a total row; one column per month of the current
// funding window (or the last and next six months), then the total. Past
// months hold what was spent, this month and later what is forecast;
// edits go through Edit::setSpending (undoable).

#include "storage/spendingentry.h"
#include "storage/workspace.h"

#include <QAbstractTableModel>

namespace Comite {

class BudgetSpendingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { MonthRole = Qt::UserRole + 1, LineKeyRole, IsForecastRole };

    BudgetSpendingModel(Workspace &workspace, qint64 productId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const QStringList &months() const { return m_months; }
    int totalRow() const { return int(BudgetLines::keys().size()); }
    int totalColumn() const { return int(m_months.size()) + 1; }
    int columnOf(const QString &month) const;
    // Months from this one on hold forecasts.
    bool isForecastMonth(const QString &month) const;
    static constexpr int maxMonths = 24;

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    struct Cell {
        std::optional<qint64> actual;
        std::optional<qint64> forecast;
        std::optional<qint64> shown() const { return actual ? actual : forecast; }
        bool operator==(const Cell &) const = default;
    };
    using Cells = QHash<QString, Cell>;  // "YYYY-MM|line"

    static QString cellKey(const QString &month, const QString &line) { return month + QLatin1Char('|') + line; }
    QStringList monthRange() const;
    Cells readCells() const;
    void reload(bool rangeMayChange);
    std::optional<qint64> shown(int row, int column) const;

    Workspace &m_workspace;
    qint64 m_productId;
    QStringList m_months;
    Cells m_cells;
};

} // namespace Comite
