#pragma once
// The agenda of one session, editable: items with their product, planned
// minutes and "team leaves the room", reordered by drag and drop (or
// Move up/down), templates applied and saved, the planned end updated as
// it changes and flagged when the agenda runs longer than booked, and the
// secretary's notes on the selected item. Exports the agenda to PDF.

#include "storage/workspace.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QTimer;

namespace Comite {

class AgendaModel;

class AgendaPage : public QWidget
{
    Q_OBJECT
public:
    AgendaPage(Workspace &workspace, qint64 sessionId, QWidget *parent = nullptr);

    AgendaModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *totalsLabel() const { return m_totals; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QComboBox *templateBox() const { return m_templates; }
    bool isOverLengthShown() const { return m_overLength; }

public Q_SLOTS:
    void addItem();
    void removeSelectedItem();
    void moveSelected(int delta);
    void applyChosenTemplate();
    void saveAsTemplate();
    void exportPdf();
    void commitNotes();

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    void updateTotals();
    void loadTemplates();
    void showNotesOfCurrent();
    int currentRow() const;

    Workspace &m_workspace;
    AgendaModel *m_model;
    QTableView *m_table;
    QLabel *m_totals;
    QComboBox *m_templates;
    QPlainTextEdit *m_notes;
    QTimer *m_notesTimer;
    QList<AgendaTemplate> m_templateList;
    qint64 m_notesItemId = 0;
    bool m_overLength = false;
};

} // namespace Comite
