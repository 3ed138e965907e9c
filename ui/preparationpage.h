#pragma once
// The "Preparation" tab of a product: what its next committee expects
// (the checklist of its case, each item checked against the data), how
// complete it is, the day the pre-read must be sent, and the export of
// that pre-read as PDF.

#include "storage/workspace.h"

#include <QWidget>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;

namespace Comite {

class ChecklistModel;

class PreparationPage : public QWidget
{
    Q_OBJECT
public:
    PreparationPage(Workspace &workspace, qint64 productId, QWidget *parent = nullptr);

    ChecklistModel *model() const { return m_model; }
    QListView *checklist() const { return m_list; }
    QProgressBar *completeness() const { return m_completeness; }
    QLabel *scheduleLabel() const { return m_schedule; }
    QPushButton *exportButton() const { return m_export; }

    // Writes the pre-read to `path`; false with a message when it cannot.
    bool exportPreread(const QString &path, QString *error = nullptr);

private:
    void showPreparation();
    void chooseFileAndExport();

    Workspace &m_workspace;
    qint64 m_productId;
    ChecklistModel *m_model;
    QLabel *m_case;
    QLabel *m_schedule;
    QProgressBar *m_completeness;
    QListView *m_list;
    QPushButton *m_export;
};

} // namespace Comite
