#pragma once
// Filters and sorts the portfolio: free text (title, identifier, incubator,
// sponsors), incubator (a co-incubated product under each of its
// incubators), current phase, "committee overdue" and "no committee on
// record", open follow-up items past due.

#include <QPointer>
#include <QSortFilterProxyModel>

namespace Comite {

class PortfolioModel;

class PortfolioFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PortfolioFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setIncubatorId(qint64 id);      // 0: all
    void setPhaseKey(const QString &key);  // empty: all
    void setOverdueOnly(bool on);
    void setCommitteeUnknownOnly(bool on);
    // Products with open follow-up items past due (ProductSummary::followupsPastDue).
    void setFollowupsPastDueOnly(bool on);

    QString searchText() const { return m_words.join(u' '); }
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool containsAll(const QString &haystack) const;
    QPointer<const PortfolioModel> m_portfolio;  // the source when it is the portfolio
    QStringList m_words;
    qint64 m_incubatorId = 0;
    QString m_phaseKey;
    bool m_overdueOnly = false;
    bool m_unknownOnly = false;
    bool m_followupsPastDueOnly = false;
};

} // namespace Comite
