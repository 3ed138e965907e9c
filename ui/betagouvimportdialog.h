#pragma once
// Imports a beta.gouv.fr folder from the window: a progress bar and a
// Cancel button while the import runs in a worker thread (the window stays
// responsive), then the report (created, updated, unchanged, skipped files
// with their reason). Cancel leaves the database as it was. After an import
// that changed the portfolio, the workspace is told (notifyPortfolioReset).
//
//     BetagouvImportDialog::run(this, workspace);  // asks for the folder

#include "betagouv/betagouvreport.h"
#include "storage/workspace.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace Comite {

class BetagouvImportJob;

class BetagouvImportDialog : public QDialog
{
    Q_OBJECT
public:
    BetagouvImportDialog(Workspace &workspace, const QString &folder, QWidget *parent = nullptr);
    ~BetagouvImportDialog() override;

    // Asks for a folder (unless given), imports it in a modal dialog and
    // shows the report. True when the portfolio changed; the workspace has
    // then already been told with notifyPortfolioReset().
    static bool run(QWidget *parent, Workspace &workspace, const QString &folder = {});

    // Where an import goes when the portfolio already holds products (the
    // demo's, say): a new database, or merged into this one. Asks only
    // then; Merge without asking for an empty portfolio.
    enum class Target { NewDatabase, Merge, Cancel };
    static Target askTarget(QWidget *parent, Workspace &workspace);

    void start();
    bool isRunning() const { return m_thread != nullptr; }
    bool changedPortfolio() const { return m_report.changedDatabase(); }
    const BetagouvReport &report() const { return m_report; }

    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *closeButton() const { return m_close; }
    QPlainTextEdit *reportView() const { return m_reportView; }
    QLabel *statusLabel() const { return m_status; }

    // Escape or Cancel while running cancels the import; the dialog then
    // shows what happened. Once done, it closes.
    void reject() override;

Q_SIGNALS:
    void importFinished(bool changedPortfolio);

private:
    void cancelImport();
    void finish();

    Workspace &m_workspace;
    QString m_folder;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPlainTextEdit *m_reportView;
    QDialogButtonBox *m_buttons;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QThread *m_thread = nullptr;
    BetagouvImportJob *m_job = nullptr;
    BetagouvReport m_report;
};

} // namespace Comite
