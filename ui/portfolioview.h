#pragma once
// The portfolio screen: a filter bar (text, incubator, phase, overdue) over
// the sortable product table. Opening a row asks to open the product.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Comite {

class PortfolioFilterModel;
class PortfolioModel;
class Workspace;

class PortfolioView : public QWidget
{
    Q_OBJECT
public:
    explicit PortfolioView(Workspace &workspace, QWidget *parent = nullptr);

    PortfolioModel *model() const { return m_model; }
    PortfolioFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *incubatorFilter() const { return m_incubator; }
    QComboBox *phaseFilter() const { return m_phase; }
    QCheckBox *overdueFilter() const { return m_overdue; }
    QCheckBox *committeeUnknownFilter() const { return m_unknown; }

    qint64 currentProductId() const;
    void selectProduct(qint64 productId);
    void focusSearch();

Q_SIGNALS:
    void openProductRequested(qint64 productId);
    void currentProductChanged(qint64 productId);

protected:
    bool event(QEvent *event) override;

private:
    void restoreSettings();
    void fillIncubators();
    void fitColumns();
    void readFacts(int first, int count);
    void updateCount();
    void openIndex(const QModelIndex &index);

    Workspace &m_workspace;
    PortfolioModel *m_model;
    PortfolioFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_incubator;
    QComboBox *m_phase;
    QCheckBox *m_overdue;
    QCheckBox *m_unknown;
    QLabel *m_count;
    QTableView *m_table;
    QTimer *m_fitTimer = nullptr;
    bool m_fitting = false;
    bool m_userSized = false;
};

} // namespace Comite
