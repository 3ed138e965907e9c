#include "espacemembredialog.h"

#include "betagouv/espacemembrechanges.h"
#include "betagouv/espacemembreclient.h"
#include "betagouv/espacemembreimporter.h"
#include "betagouv/espacemembrekey.h"
#include "errorreport.h"
#include "storage/storageerror.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Comite {

EspaceMembreDialog::EspaceMembreDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_url(new QLineEdit(QStringLiteral("https://espace-membre.incubateur.net"), this))
    , m_keyFile(new QLineEdit(this))
    , m_incubator(new QLineEdit(this))
    , m_report(new QPlainTextEdit(this))
    , m_importButton(new QPushButton(tr("&Import"), this))
{
    setWindowTitle(tr("Import from the member space"));
    m_url->setAccessibleName(tr("Member space address"));
    m_keyFile->setAccessibleName(tr("API key file"));
    m_keyFile->setPlaceholderText(tr("Empty: the key stored in the system keyring"));
    m_incubator->setAccessibleName(tr("Incubator"));
    m_incubator->setPlaceholderText(tr("Empty: every incubator"));
    m_report->setReadOnly(true);
    m_report->setAccessibleName(tr("Import report"));
    m_report->setMinimumSize(560, 220);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("API key file"));
        if (!file.isEmpty())
            m_keyFile->setText(file);
    });
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_url);
    auto *keyLabel = new QLabel(tr("API &key file:"), this);
    keyLabel->setBuddy(m_keyFile);  // a row holding a layout gets no buddy of its own
    form->addRow(keyLabel, keyRow);
    form->addRow(tr("I&ncubator (ghid):"), m_incubator);
    auto *note = new QLabel(tr("The key is read from the file or the system keyring for this import only; Comité "
                               "never stores it. What was changed in Comité since the last import is kept."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
    m_importButton->setDefault(true);
    connect(m_importButton, &QPushButton::clicked, this, &EspaceMembreDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
}

void EspaceMembreDialog::import()
{
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http")) {
        m_report->setPlainText(tr("The address must be the member space's, such as https://espace-membre.incubateur.net."));
        return;
    }
    const Result<QByteArray> key = EspaceMembreKey::read(m_keyFile->text().trimmed(), url);
    if (!key) {
        m_report->setPlainText(key.error().message);
        return;
    }
    m_importButton->setEnabled(false);
    m_report->setPlainText(tr("Reading the member space…"));
    const Result<EspaceMembreData> data = EspaceMembreClient(url, key.value()).read(m_incubator->text().trimmed());
    m_importButton->setEnabled(true);
    if (!data) {
        m_report->setPlainText(data.error().message);
        return;
    }
    const BetagouvReport report
        = EspaceMembreImporter::write(m_workspace.database(), url.toString(QUrl::RemoveUserInfo), data.value());
    m_report->setPlainText(report.text());
    if (report.changedDatabase()) {
        m_imported = true;
        m_workspace.notifyExternalChange();
    }
}

bool EspaceMembreDialog::run(QWidget *parent, Workspace &workspace)
{
    EspaceMembreDialog dialog(workspace, parent);
    dialog.exec();
    return dialog.imported();
}

bool EspaceMembreDialog::exportChanges(QWidget *parent, Workspace &workspace)
{
    QDialog ask(parent);
    ask.setWindowTitle(tr("What to tell the member space"));
    auto *since = new QDateEdit(workspace.today().addMonths(-1), &ask);
    since->setCalendarPopup(true);
    since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    since->setAccessibleName(tr("Changes since"));
    auto *form = new QFormLayout(&ask);
    form->addRow(new QLabel(tr("Committees, phase changes and envelopes recorded in Comité since this date, to retype "
                               "in the member space:"), &ask));
    form->addRow(tr("&Since:"), since);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return false;
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save what to tell the member space"),
                                                      tr("member-space-%1.pdf").arg(since->date().toString(Qt::ISODate)),
                                                      tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md)"));
    if (path.isEmpty())
        return false;
    const Result<EspaceMembreChanges> changes
        = attempt([&] { return EspaceMembreChanges::collect(workspace.database(), since->date()); });
    if (!changes) {
        ErrorReport::show(parent, tr("What to tell the member space"), changes.error());
        return false;
    }
    QString error;
    if (!changes->write(path, &error)) {
        ErrorReport::show(parent, tr("What to tell the member space"), makeFailure(error, path));
        return false;
    }
    ErrorReport::note(parent, makeFailure(tr("Written to %1.").arg(path)));
    return true;
}

} // namespace Comite
