#include "deliberationexportdialog.h"

#include "errorreport.h"
#include "deliberationexport.h"
#include "deliberation/deliberationbuilder.h"
#include "deliberation/deliberationwriter.h"
#include "storage/deliberationrepository.h"
#include "storage/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Comite {

namespace {
const QString formatKey = QStringLiteral("deliberation/format");
const QString omitKey = QStringLiteral("deliberation/omit");
const QString procurementKey = QStringLiteral("deliberation/procurement");
const QString folderKey = QStringLiteral("deliberation/folder");
} // namespace

DeliberationExportDialog::DeliberationExportDialog(Workspace &workspace, qint64 sessionId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_sessionId(sessionId)
    , m_format(new QComboBox(this))
    , m_scores(new QCheckBox(tr("Arbitration &scores"), this))
    , m_notes(new QCheckBox(tr("Secretary's &notes"), this))
    , m_timings(new QCheckBox(tr("Agenda &timings"), this))
    , m_procurement(new QCheckBox(tr("The one-page notice for the &procurement office instead"), this))
    , m_status(new QLabel(this))
    , m_preview(new QTextBrowser(this))
{
    setWindowTitle(tr("Export the deliberation"));
    setObjectName(QStringLiteral("deliberation-export-dialog"));
    for (DeliberationFormat f : DeliberationFormats::all())
        m_format->addItem(DeliberationFormats::label(f), DeliberationFormats::key(f));
    m_format->setAccessibleName(tr("Format"));
    m_scores->setAccessibleName(tr("Leave out the arbitration scores"));
    m_notes->setAccessibleName(tr("Leave out the secretary's notes"));
    m_timings->setAccessibleName(tr("Leave out the agenda timings"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);

    // The last choices.
    QSettings settings;
    const int index = m_format->findData(settings.value(formatKey, QStringLiteral("pdf")).toString());
    m_format->setCurrentIndex(qMax(0, index));
    const QStringList omitted = settings.value(omitKey).toStringList();
    m_scores->setChecked(omitted.contains(QStringLiteral("scores")));
    m_notes->setChecked(omitted.contains(QStringLiteral("notes")));
    m_timings->setChecked(omitted.contains(QStringLiteral("timings")));
    m_procurement->setChecked(settings.value(procurementKey, false).toBool());

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *leaveOut = new QGroupBox(tr("Leave out"), this);
    auto *leaveOutLayout = new QVBoxLayout(leaveOut);
    leaveOutLayout->addWidget(m_scores);
    leaveOutLayout->addWidget(m_notes);
    leaveOutLayout->addWidget(m_timings);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    exportButton->setObjectName(QStringLiteral("export-button"));
    m_status->setWordWrap(true);

    auto *options = new QVBoxLayout;
    options->addLayout(form);
    options->addWidget(leaveOut);
    options->addWidget(m_procurement);
    options->addWidget(m_status);
    options->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(options, 1);
    columns->addWidget(m_preview, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    resize(1000, 680);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &DeliberationExportDialog::exportAndClose);
    for (QCheckBox *box : {m_scores, m_notes, m_timings, m_procurement})
        connect(box, &QCheckBox::toggled, this, &DeliberationExportDialog::updatePreview);
    updatePreview();
}

DeliberationFormat DeliberationExportDialog::format() const
{
    return DeliberationFormats::fromKey(m_format->currentData().toString()).value_or(DeliberationFormat::Pdf);
}

DeliberationSections DeliberationExportDialog::omitted() const
{
    DeliberationSections sections;
    sections.setFlag(DeliberationSection::Scores, m_scores->isChecked());
    sections.setFlag(DeliberationSection::Notes, m_notes->isChecked());
    sections.setFlag(DeliberationSection::AgendaTimings, m_timings->isChecked());
    return sections;
}

void DeliberationExportDialog::updatePreview()
{
    const bool procurement = m_procurement->isChecked();
    for (QCheckBox *box : {m_scores, m_notes, m_timings})
        box->setEnabled(!procurement);
    QString error;
    const Result<bool> shown = attempt([&] {
        const auto doc = DeliberationExport::sessionDocument(m_workspace, m_sessionId,
                                                             {format(), omitted(), procurement, QLocale()}, &error);
        if (!doc)
            return false;
        DeliberationWriter::fill(*m_preview->document(), *doc, true);
        const DeliberationVersion v = DeliberationRepository(m_workspace.database()).current(m_sessionId);
        m_status->setText(DeliberationRules::footerText(v));
        return true;
    });
    if (shown && shown.value())
        return;
    // The preview says why there is nothing to show; the log keeps the detail.
    if (!shown) {
        error = shown.error().message;
        ErrorReport::note(this, shown.error());
    }
    m_preview->setPlainText(error);
}

void DeliberationExportDialog::remember() const
{
    QSettings settings;
    settings.setValue(formatKey, DeliberationFormats::key(format()));
    QStringList omit;
    if (m_scores->isChecked())
        omit << QStringLiteral("scores");
    if (m_notes->isChecked())
        omit << QStringLiteral("notes");
    if (m_timings->isChecked())
        omit << QStringLiteral("timings");
    settings.setValue(omitKey, omit);
    settings.setValue(procurementKey, m_procurement->isChecked());
}

QString DeliberationExportDialog::suggestedPath() const
{
    const QString folder = QSettings().value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    QString base = tr("deliberation");
    // Without the session the generic name is offered; the reason is logged.
    if (const auto s = attempt([&] { return m_workspace.sessions().load(m_sessionId); }); !s)
        ErrorReport::note(this, s.error());
    else if (s.value())
        base = DeliberationBuilder::suggestedBaseName(*s.value(), m_procurement->isChecked());
    return QDir(folder).filePath(base + u'.' + DeliberationFormats::suffix(format()));
}

bool DeliberationExportDialog::exportTo(const QString &path)
{
    remember();
    m_error.clear();
    const DeliberationExport::Options options{format(), omitted(), m_procurement->isChecked(), QLocale()};
    if (!DeliberationExport::exportSession(m_workspace, m_sessionId, path, options, &m_error)) {
        ErrorReport::show(this, tr("Export the deliberation"), m_error);
        return false;
    }
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
    return true;
}

void DeliberationExportDialog::exportAndClose()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the deliberation"), suggestedPath(),
                                                      DeliberationFormats::label(format()));
    if (path.isEmpty())
        return;
    if (exportTo(path))
        accept();
}

} // namespace Comite
