#include "portfoliofiltermodel.h"

#include "portfoliomodel.h"

#include "domain/searchtext.h"

namespace Comite {

PortfolioFilterModel::PortfolioFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PortfolioModel::SortRole);
    setDynamicSortFilter(true);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PortfolioFilterModel::setSearchText(const QString &text)
{
    const QStringList words = SearchText::fold(text).split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void PortfolioFilterModel::setIncubatorId(qint64 id)
{
    if (id == m_incubatorId)
        return;
    m_incubatorId = id;
    invalidateRowsFilter();
}

void PortfolioFilterModel::setPhaseKey(const QString &key)
{
    if (key == m_phaseKey)
        return;
    m_phaseKey = key;
    invalidateRowsFilter();
}

void PortfolioFilterModel::setOverdueOnly(bool on)
{
    if (on == m_overdueOnly)
        return;
    m_overdueOnly = on;
    invalidateRowsFilter();
}

void PortfolioFilterModel::setCommitteeUnknownOnly(bool on)
{
    if (on == m_unknownOnly)
        return;
    m_unknownOnly = on;
    invalidateRowsFilter();
}

void PortfolioFilterModel::setFollowupsPastDueOnly(bool on)
{
    if (on == m_followupsPastDueOnly)
        return;
    m_followupsPastDueOnly = on;
    invalidateRowsFilter();
}

bool PortfolioFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Every row on each keystroke: what the portfolio holds is read from it
    // directly, without an index and a QVariant per row.
    const PortfolioModel *portfolio = sourceParent.isValid() ? nullptr : m_portfolio.data();
    const bool byRole = m_incubatorId != 0 || !m_phaseKey.isEmpty() || m_overdueOnly || m_unknownOnly || !portfolio;
    const QModelIndex index = byRole ? sourceModel()->index(sourceRow, 0, sourceParent) : QModelIndex();
    if (m_incubatorId != 0 && index.data(PortfolioModel::IncubatorIdRole).toLongLong() != m_incubatorId
        && !index.data(PortfolioModel::IncubatorIdsRole).value<QList<qint64>>().contains(m_incubatorId))
        return false;
    if (!m_phaseKey.isEmpty() && index.data(PortfolioModel::PhaseKeyRole).toString() != m_phaseKey)
        return false;
    if (m_overdueOnly && !index.data(PortfolioModel::OverdueRole).toBool())
        return false;
    if (m_unknownOnly && !index.data(PortfolioModel::CommitteeUnknownRole).toBool())
        return false;
    if (m_followupsPastDueOnly && (!portfolio || portfolio->followupsPastDueAt(sourceRow) == 0))
        return false;
    if (m_words.isEmpty())
        return true;
    if (portfolio)
        return containsAll(portfolio->searchTextAt(sourceRow));
    return containsAll(index.data(PortfolioModel::SearchTextRole).toString());
}

bool PortfolioFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The portfolio's text columns compare their rows' collation keys: the
    // order of a locale-aware sort, without collating both strings anew at
    // each of the n·log n comparisons.
    if (m_portfolio && !left.parent().isValid() && PortfolioModel::sortsAsText(left.column()) && left.column() == right.column()
        && sortRole() == PortfolioModel::SortRole && isSortLocaleAware())
        return m_portfolio->textSortKey(left.row(), left.column()).compare(m_portfolio->textSortKey(right.row(), right.column())) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

bool PortfolioFilterModel::containsAll(const QString &haystack) const
{
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

void PortfolioFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_portfolio = qobject_cast<const PortfolioModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

} // namespace Comite
