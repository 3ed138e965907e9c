#pragma once
// One product: a header with its title, phase badge and warnings, then
// tabs for the overview (rendered), the details editor and the phases and
// committees.

#include "storage/workspace.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTextBrowser;

namespace Comite {

class ProductDetailsForm;
class ProductPhasesPage;

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

    QTabWidget *tabs() const { return m_tabs; }
    ProductDetailsForm *details() const { return m_details; }
    ProductPhasesPage *phasesPage() const { return m_phasesPage; }
    QLabel *warningLabel() const { return m_warnings; }
    QTextBrowser *overview() const { return m_overview; }

Q_SIGNALS:
    void titleChanged(const QString &title);
    void editRefused(const QString &message);

private:
    void refresh();

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
};

} // namespace Comite
