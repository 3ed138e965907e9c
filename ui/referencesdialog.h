#pragma once
// Edits the organisations (sponsors, owners) and the incubators the
// products point to, with undo like every other edit.

#include <QDialog>

class QTableView;
class QTabWidget;

namespace Comite {

class IncubatorTableModel;
class OrganisationTableModel;
class Workspace;

class ReferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReferencesDialog(Workspace &workspace, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *organisationTable() const { return m_organisationTable; }
    QTableView *incubatorTable() const { return m_incubatorTable; }
    OrganisationTableModel *organisationModel() const { return m_organisations; }
    IncubatorTableModel *incubatorModel() const { return m_incubators; }

public Q_SLOTS:
    void addOrganisation();
    void addIncubator();
    void removeSelected();

private:
    QWidget *page(QTableView *table, const QString &addText, void (ReferencesDialog::*add)());
    void showRefusal(const QString &message);

    Workspace &m_workspace;
    OrganisationTableModel *m_organisations;
    IncubatorTableModel *m_incubators;
    QTabWidget *m_tabs;
    QTableView *m_organisationTable;
    QTableView *m_incubatorTable;
};

} // namespace Comite
