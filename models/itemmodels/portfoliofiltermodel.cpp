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
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_incubatorId != 0 && index.data(PortfolioModel::IncubatorIdRole).toLongLong() != m_incubatorId
        && !index.data(PortfolioModel::IncubatorIdsRole).value<QList<qint64>>().contains(m_incubatorId))
        return false;
    if (!m_phaseKey.isEmpty() && index.data(PortfolioModel::PhaseKeyRole).toString() != m_phaseKey)
        return false;
    if (m_overdueOnly && !index.data(PortfolioModel::OverdueRole).toBool())
        return false;
    if (m_unknownOnly && !index.data(PortfolioModel::CommitteeUnknownRole).toBool())
        return false;
    if (m_followupsPastDueOnly) {
        const auto *portfolio = qobject_cast<const PortfolioModel *>(sourceModel());
        if (!portfolio || sourceParent.isValid() || portfolio->summaryAt(sourceRow).followupsPastDue == 0)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(PortfolioModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace Comite
