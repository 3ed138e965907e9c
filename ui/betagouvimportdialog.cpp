#include "betagouvimportdialog.h"
#include "errorreport.h"

#include "betagouv/betagouvimportjob.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QMessageBox>
#include <QSettings>
#include <QThread>
#include <QVBoxLayout>

namespace Comite {

namespace {
const QString lastFolderKey = QStringLiteral("betagouv/lastFolder");
}

BetagouvImportDialog::BetagouvImportDialog(Workspace &workspace, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_folder(folder)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_reportView(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Import from beta.gouv.fr"));
    m_status->setText(tr("Importing %1…").arg(QDir::toNativeSeparators(folder)));
    m_status->setWordWrap(true);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Import progress"));
    m_status->setBuddy(m_progress);
    m_reportView->setReadOnly(true);
    m_reportView->setAccessibleName(tr("Import report"));
    m_reportView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_reportView->setMinimumWidth(m_reportView->fontMetrics().averageCharWidth() * 80);
    m_reportView->hide();
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel the import"));
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_reportView, 1);
    layout->addWidget(m_buttons);
    connect(m_cancel, &QPushButton::clicked, this, &BetagouvImportDialog::cancelImport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
}

BetagouvImportDialog::~BetagouvImportDialog()
{
    if (m_thread) {
        // Closed while running: roll the import back and wait for it.
        m_job->cancel();
        m_thread->quit();
        m_thread->wait();
        delete m_job;
    }
}

bool BetagouvImportDialog::run(QWidget *parent, Workspace &workspace, const QString &folder)
{
    QString chosen = folder;
    if (chosen.isEmpty()) {
        QSettings settings;
        chosen = QFileDialog::getExistingDirectory(parent, tr("Folder of beta.gouv.fr content"),
                                                   settings.value(lastFolderKey, QDir::homePath()).toString());
        if (chosen.isEmpty())
            return false;
        settings.setValue(lastFolderKey, chosen);
    }
    BetagouvImportDialog dialog(workspace, chosen, parent);
    dialog.start();
    dialog.exec();
    return dialog.changedPortfolio();
}

BetagouvImportDialog::Target BetagouvImportDialog::askTarget(QWidget *parent, Workspace &workspace)
{
    const Result<int> products = attempt([&] { return int(workspace.products().summaries().size()); });
    if (!products) {
        ErrorReport::show(parent, tr("Import from beta.gouv.fr"), products.error());
        return Target::Cancel;
    }
    const int count = products.value();
    if (count == 0)
        return Target::Merge;
    QMessageBox box(QMessageBox::Question, tr("Import from beta.gouv.fr"),
                    tr("This portfolio already holds %n product(s). Import beta.gouv.fr into a new database, "
                       "or merge it into this portfolio?", nullptr, count),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Merging adds the imported products to those already here (the demo's too) "
                              "and updates the ones with the same slug."));
    QPushButton *fresh = box.addButton(tr("&New database…"), QMessageBox::AcceptRole);
    QPushButton *merge = box.addButton(tr("&Merge into this portfolio"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(fresh);
    box.exec();
    if (box.clickedButton() == fresh)
        return Target::NewDatabase;
    if (box.clickedButton() == merge)
        return Target::Merge;
    return Target::Cancel;
}

void BetagouvImportDialog::start()
{
    if (m_thread)
        return;
    // The job writes through its own connection to the same database, in
    // one transaction; this window's connection stays free for reading.
    // (A server's password, if one was typed, is the connection's.)
    m_job = new BetagouvImportJob(m_workspace.database().location(), m_folder, false,
                                  m_workspace.database().connection().password());
    m_thread = new QThread(this);
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &BetagouvImportJob::run);
    connect(m_job, &BetagouvImportJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job, &BetagouvImportJob::finished, m_thread, &QThread::quit);
    connect(m_thread, &QThread::finished, this, &BetagouvImportDialog::finish);
    m_thread->start();
}

void BetagouvImportDialog::cancelImport()
{
    if (!m_thread)
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: the database is put back as it was…"));
}

void BetagouvImportDialog::reject()
{
    if (m_thread)
        cancelImport();
    else
        QDialog::reject();
}

void BetagouvImportDialog::finish()
{
    m_report = m_job->report();
    m_thread->wait();
    delete m_job;
    m_job = nullptr;
    m_thread->deleteLater();
    m_thread = nullptr;

    if (m_report.cancelled)
        m_status->setText(tr("Import cancelled: nothing was changed."));
    else if (!m_report.succeeded())
        m_status->setText(tr("The import failed: nothing was changed."));
    else
        m_status->setText(tr("Import done."));
    m_progress->setValue(m_report.succeeded() ? 100 : m_progress->value());
    m_reportView->setPlainText(m_report.text());
    m_reportView->show();
    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
    m_close->setFocus();
    adjustSize();
    if (m_report.changedDatabase())
        m_workspace.notifyPortfolioReset();
    Q_EMIT importFinished(m_report.changedDatabase());
}

} // namespace Comite
