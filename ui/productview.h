#pragma once
// One product: a header with its title, phase badge and warnings, then
// tabs for the overview (rendered), the details editor, the phases and
// committees, the indicators, the roadmaps, the budget and the preparation
// of its next committee.

#include "storage/workspace.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTextBrowser;

namespace Comite {

class BudgetPage;
class IndicatorsPage;
class PreparationPage;
class ProductDetailsForm;
class ProductPhasesPage;
class RoadmapPage;

class ProductView : public QWidget
{
    Q_OBJECT
public:
    ProductView(Workspace &workspace, qint64 productId, QWidget *parent = nullptr);

    qint64 productId() const { return m_productId; }
    QString title() const { return m_titleText; }
    void commitPending();
    // False for logins that may not edit the portfolio (team, sponsor on a
    // shared server): the details and phases become read-only.
    void setPortfolioEditable(bool editable);
    // False for sponsors: indicators and roadmaps become read-only.
    void setTeamWorkEditable(bool editable);

    QTabWidget *tabs() const { return m_tabs; }
    ProductDetailsForm *details() const { return m_details; }
    ProductPhasesPage *phasesPage() const { return m_phasesPage; }
    IndicatorsPage *indicatorsPage() const { return m_indicatorsPage; }
    RoadmapPage *roadmapPage() const { return m_roadmapPage; }
    BudgetPage *budgetPage() const { return m_budgetPage; }
    PreparationPage *preparationPage() const { return m_preparationPage; }
    QLabel *warningLabel() const { return m_warnings; }
    QTextBrowser *overview() const { return m_overview; }

Q_SIGNALS:
    void titleChanged(const QString &title);
    void editRefused(const QString &message);

private:
    void refresh();
    QString timelineHtml() const;

    Workspace &m_workspace;
    qint64 m_productId;
    QString m_titleText;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_subtitle;
    QLabel *m_warnings;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview;
    ProductDetailsForm *m_details;
    ProductPhasesPage *m_phasesPage;
    IndicatorsPage *m_indicatorsPage;
    RoadmapPage *m_roadmapPage;
    BudgetPage *m_budgetPage;
    PreparationPage *m_preparationPage;
};

} // namespace Comite
