#pragma once
// The portfolio as a table: one row per product with its incubator,
// sponsors, current phase, time in phase, committees and warnings. Follows
// the workspace's change signals with row-precise notifications. Loads
// what the columns and filters show in bulk; the indicator facts behind
// the indicator warnings are read lazily, for a row when it is shown and
// for every row at once when the warnings are sorted on.

#include "domain/productsummary.h"
#include "storage/workspace.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>

#include <array>
#include <optional>
#include <vector>

namespace Comite {

class PortfolioModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Incubator, Sponsors, Phase, TimeInPhase, LastCommittee, NextCommitteeDue, Warnings, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,  // raw value to sort on
        ProductIdRole,
        SlugRole,
        IncubatorIdRole,
        PhaseKeyRole,       // current phase key, empty when none
        OverdueRole,        // bool
        WarningCodesRole,   // QStringList
        SearchTextRole,     // lower-cased text the filter searches
        IncubatorIdsRole,   // QList<qint64>: the primary incubator then the co-incubators
        CommitteeUnknownRole,  // bool: no committee on record (imported product)
    };

    explicit PortfolioModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(qint64 productId) const;
    qint64 productIdAt(int row) const;
    // With the indicator facts (read now if they were not yet).
    const ProductSummary &summaryAt(int row) const { return withFacts(row).summary; }
    const ProductStatus &statusAt(int row) const { return withFacts(row).status; }
    // Reads the facts of these rows (those not read yet) at once: a view
    // about to show many rows asks first.
    void readFacts(const QList<int> &rows) const;
    // What SearchTextRole gives, without a QVariant (the filter's keystroke
    // reads it for every row).
    const QString &searchTextAt(int row) const { return m_rows[row].searchText; }
    // Read with the rows (no indicator facts needed).
    int followupsPastDueAt(int row) const { return m_rows[row].summary.followupsPastDue; }
    // The text columns (title, incubator, sponsors) sort by the system
    // locale's collation, as QSortFilterProxyModel's locale-aware sort of
    // SortRole does; a row's key is made once, not at every comparison
    // (a sort compares each row about log2(n) times).
    static bool sortsAsText(int column) { return column == Title || column == Incubator || column == Sponsors; }
    const QCollatorSortKey &textSortKey(int row, int column) const;

public Q_SLOTS:
    void reload();

private:
    struct Row {
        ProductSummary summary;
        ProductStatus status;
        QString searchText;
        bool factsRead = false;  // summary.indicatorFacts and the warnings they make
    };
    Row makeRow(ProductSummary summary, bool factsRead) const;
    const Row &withFacts(int row) const;
    void readAllFacts() const;
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    void onReferencesChanged();
    void onProductAdded(qint64 id);
    void onProductRemoved(qint64 id);
    void onProductChanged(qint64 id, ProductChanges changes);
    void reindexFrom(int row);
    void forgetTextKeys();
    enum class RowChange { Added, Removed, Changed };
    void forgetTextKey(int row, RowChange change);

    Workspace &m_workspace;
    mutable QList<Row> m_rows;  // facts filled in lazily
    mutable bool m_allFactsRead = false;
    QCollator m_collator;  // the system locale's, like QString::localeAwareCompare
    // The collation keys by text column, then row, made when first sorted
    // on. Kept apart from the rows: a sort's n·log n comparisons read this
    // compact array instead of a whole row each (at 100,000 rows, a cache
    // miss on each side of every comparison). A row's are forgotten when it
    // changes, all of them when names shown in many rows change.
    mutable std::array<std::vector<std::optional<QCollatorSortKey>>, 3> m_textKeys;
    QHash<qint64, int> m_rowOf;
};

} // namespace Comite
