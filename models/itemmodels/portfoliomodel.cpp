#include "portfoliomodel.h"

#include "domain/displayformat.h"
#include "domain/searchtext.h"

namespace Comite {

PortfolioModel::PortfolioModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::productAdded, this, &PortfolioModel::onProductAdded);
    connect(&workspace, &Workspace::productRemoved, this, &PortfolioModel::onProductRemoved);
    connect(&workspace, &Workspace::productChanged, this, &PortfolioModel::onProductChanged);
    connect(&workspace, &Workspace::portfolioReset, this, &PortfolioModel::reload);
    connect(&workspace, &Workspace::referencesChanged, this, &PortfolioModel::onReferencesChanged);
    reload();
}

void PortfolioModel::reload()
{
    QList<ProductSummary> summaries;
    try {
        summaries = m_workspace.products().summaries(SummaryPart::Sponsors);
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
    }
    beginResetModel();
    m_collator = QCollator();  // the locale may have changed since
    m_rows.clear();
    forgetTextKeys();
    m_rows.reserve(summaries.size());
    m_allFactsRead = false;
    for (ProductSummary &s : summaries)
        m_rows << makeRow(std::move(s), false);
    m_rowOf.clear();
    reindexFrom(0);
    endResetModel();
}

PortfolioModel::Row PortfolioModel::makeRow(ProductSummary summary, bool factsRead) const
{
    Row row;
    row.factsRead = factsRead;
    row.status = summary.status(m_workspace.today());
    row.searchText = QStringList{summary.title, summary.slug, summary.incubatorName, summary.coIncubatorNames.join(u' '),
                                 summary.sponsorNames.join(u' ')}
                         .join(u' ');
    row.searchText = SearchText::fold(row.searchText);
    row.summary = std::move(summary);
    return row;
}

// The committee figures and phases are there from the start; the indicator
// warnings need the facts, read for this one row.
const PortfolioModel::Row &PortfolioModel::withFacts(int row) const
{
    readFacts({row});
    return m_rows[row];
}

// One read for the rows that lack their facts (on a server, one round trip
// instead of three per row).
void PortfolioModel::readFacts(const QList<int> &rows) const
{
    QList<int> unread;
    QList<qint64> ids;
    for (const int row : rows) {
        Row &r = m_rows[row];
        if (r.factsRead)
            continue;
        r.factsRead = true;
        unread << row;
        ids << r.summary.id;
    }
    if (ids.isEmpty())
        return;
    IndicatorFactsByProduct facts;
    try {
        facts = m_workspace.products().indicatorFacts(ids);
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
        return;
    }
    const QDate today = m_workspace.today();
    for (const int row : std::as_const(unread)) {
        Row &r = m_rows[row];
        r.summary.indicatorFacts = facts.value(r.summary.id);
        r.status = r.summary.status(today);
    }
}

// Sorting on the warnings reads every row's: one bulk read.
void PortfolioModel::readAllFacts() const
{
    if (m_allFactsRead)
        return;
    m_allFactsRead = true;
    IndicatorFactsByProduct facts;
    try {
        facts = m_workspace.products().indicatorFacts();
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
        return;
    }
    const QDate today = m_workspace.today();
    for (Row &r : m_rows) {
        if (r.factsRead)
            continue;
        r.factsRead = true;
        r.summary.indicatorFacts = facts.value(r.summary.id);
        r.status = r.summary.status(today);
    }
}

void PortfolioModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].summary.id, i);
}

int PortfolioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PortfolioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PortfolioModel::rowOf(qint64 productId) const
{
    return m_rowOf.value(productId, -1);
}

qint64 PortfolioModel::productIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].summary.id : 0;
}

QVariant PortfolioModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Only the warnings read the indicator facts; the first sort on them
    // reads every row's at once.
    const bool warningsColumn = index.column() == Warnings;
    const bool warnings = role == WarningCodesRole || ((role == Qt::DisplayRole || role == SortRole) && warningsColumn)
                          || (role == Qt::ToolTipRole && (warningsColumn || index.column() == NextCommitteeDue || index.column() == Phase));
    if (role == SortRole && warningsColumn)
        readAllFacts();
    const Row &row = warnings ? withFacts(index.row()) : m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Warnings || index.column() == NextCommitteeDue || index.column() == Phase) {
            QStringList lines;
            // The phase badge may be elided: its tooltip names it first.
            if (index.column() == Phase)
                lines << display(row, Phase).toString();
            for (const QString &code : row.status.warnings())
                lines << WarningCode::label(code);
            return lines.join(u'\n');
        }
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case ProductIdRole:
        return row.summary.id;
    case SlugRole:
        return row.summary.slug;
    case IncubatorIdRole:
        return row.summary.incubatorId;
    case PhaseKeyRole:
        return row.status.currentPhase ? Phases::key(*row.status.currentPhase) : QString();
    case OverdueRole:
        return row.status.committeeOverdue;
    case WarningCodesRole:
        return row.status.warnings();
    case IncubatorIdsRole:
        return QVariant::fromValue(row.summary.incubatorIds());
    case CommitteeUnknownRole:
        return row.status.committeeUnknown;
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant PortfolioModel::display(const Row &row, int column) const
{
    const ProductSummary &s = row.summary;
    const ProductStatus &st = row.status;
    switch (column) {
    case Title: return s.title;
    case Incubator: return (QStringList{s.incubatorName} + s.coIncubatorNames).join(QStringLiteral(" + "));
    case Sponsors: return s.sponsorNames.join(QStringLiteral(", "));
    case Phase: return st.currentPhase ? Phases::label(*st.currentPhase) : QString();
    case TimeInPhase: return st.currentPhase ? DisplayFormat::duration(st.daysInPhase) : QString();
    case LastCommittee: return DisplayFormat::date(st.lastCommittee);
    case NextCommitteeDue: return DisplayFormat::date(st.nextCommitteeDue);
    case Warnings: {
        QStringList labels;
        for (const QString &code : st.warnings())
            labels << WarningCode::label(code);
        return labels.join(QStringLiteral(", "));
    }
    }
    return {};
}

const QCollatorSortKey &PortfolioModel::textSortKey(int row, int column) const
{
    Q_ASSERT(sortsAsText(column));
    std::vector<std::optional<QCollatorSortKey>> &keys = m_textKeys[column - Title];
    if (keys.size() != size_t(m_rows.size())) {
        keys.clear();
        keys.resize(size_t(m_rows.size()));
    }
    std::optional<QCollatorSortKey> &key = keys[size_t(row)];
    if (!key)
        key = m_collator.sortKey(display(m_rows[row], column).toString());
    return *key;
}

void PortfolioModel::forgetTextKeys()
{
    for (auto &keys : m_textKeys)
        keys.clear();
}

// One row changed, added at the end or removed: the other rows keep their
// keys (a product edit does not make the next sort collate every title again).
void PortfolioModel::forgetTextKey(int row, RowChange change)
{
    for (auto &keys : m_textKeys) {
        const size_t rows = size_t(m_rows.size());
        if (change == RowChange::Added && keys.size() + 1 == rows)
            keys.emplace_back();
        else if (change == RowChange::Removed && keys.size() == rows + 1)
            keys.erase(keys.begin() + row);
        else if (change == RowChange::Changed && keys.size() == rows)
            keys[size_t(row)].reset();
        else
            keys.clear();  // out of step: made again when next sorted on
    }
}

QVariant PortfolioModel::sortValue(const Row &row, int column) const
{
    const ProductStatus &st = row.status;
    switch (column) {
    case Phase: return st.currentPhase ? int(*st.currentPhase) : -1;
    case TimeInPhase: return st.currentPhase ? st.daysInPhase : -1;
    case LastCommittee: return st.lastCommittee.isValid() ? st.lastCommittee.toJulianDay() : 0;
    case NextCommitteeDue: return st.nextCommitteeDue.isValid() ? st.nextCommitteeDue.toJulianDay() : 0;
    case Warnings: return int(st.warnings().size());
    default: return display(row, column);
    }
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == NextCommitteeDue)
        return tr("When the next committee is due: six months after the last one (or after the first phase began), "
                  "sooner at the end of a provisional decision's period or 30 days before the funding envelope runs out");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Product");
    case Incubator: return tr("Incubator");
    case Sponsors: return tr("Sponsors");
    case Phase: return tr("Phase");
    case TimeInPhase: return tr("Time in phase");
    case LastCommittee: return tr("Last committee");
    case NextCommitteeDue: return tr("Next committee due");
    case Warnings: return tr("Warnings");
    }
    return {};
}

// An organisation or incubator was renamed: same rows, new names.
void PortfolioModel::onReferencesChanged()
{
    QList<ProductSummary> summaries;
    try {
        summaries = m_workspace.products().summaries(SummaryPart::Sponsors);
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
        return;
    }
    if (summaries.size() != m_rows.size()) {
        reload();
        return;
    }
    for (ProductSummary &summary : summaries) {
        const int row = rowOf(summary.id);
        if (row < 0) {
            reload();
            return;
        }
        // Names changed, not indicators: the facts read stay.
        const bool factsRead = m_rows[row].factsRead;
        summary.indicatorFacts = m_rows[row].summary.indicatorFacts;
        m_rows[row] = makeRow(std::move(summary), factsRead);
    }
    forgetTextKeys();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Incubator), index(int(m_rows.size()) - 1, Sponsors));
}

void PortfolioModel::onProductAdded(qint64 id)
{
    if (m_rowOf.contains(id))
        return;
    std::optional<ProductSummary> summary;
    try {
        summary = m_workspace.products().summary(id);
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
    }
    if (!summary)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows << makeRow(std::move(*summary), true);
    forgetTextKey(row, RowChange::Added);
    m_rowOf.insert(id, row);
    endInsertRows();
}

void PortfolioModel::onProductRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    forgetTextKey(row, RowChange::Removed);
    m_rowOf.remove(id);
    reindexFrom(row);
    endRemoveRows();
}

void PortfolioModel::onProductChanged(qint64 id, ProductChanges changes)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    int first = ColumnCount;
    int last = -1;
    auto touch = [&](std::initializer_list<Column> columns) {
        for (Column c : columns) {
            first = std::min<int>(first, c);
            last = std::max<int>(last, c);
        }
    };
    if (changes & ProductChange::Identity)
        touch({Title});
    if (changes & ProductChange::Incubator)
        touch({Incubator});
    if (changes & ProductChange::Sponsors)
        touch({Sponsors});
    if (changes & ProductChange::Phases)
        touch({Phase, TimeInPhase, NextCommitteeDue, Warnings});
    if (changes & ProductChange::Committees)
        touch({LastCommittee, NextCommitteeDue, Warnings});
    if (changes & (ProductChange::Envelopes | ProductChange::Spending))
        touch({NextCommitteeDue, Warnings});  // when the envelope runs out
    if (last < 0)
        return;  // nothing the table shows
    try {
        if (auto summary = m_workspace.products().summary(id)) {
            m_rows[row] = makeRow(std::move(*summary), true);
            forgetTextKey(row, RowChange::Changed);
        }
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
        return;
    }
    Q_EMIT dataChanged(index(row, first), index(row, last));
}

} // namespace Comite
