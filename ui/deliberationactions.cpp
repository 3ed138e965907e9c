#include "deliberationactions.h"

#include "errorreport.h"
#include "commands/deliberationedits.h"
#include "deliberationexport.h"
#include "deliberationexportdialog.h"
#include "storage/deliberationrepository.h"
#include "storage/workspace.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace Comite {

namespace {
// The record keeps the charts as drawn today, in the interface's language.
QString freezeCharts(DeliberationData &data)
{
    return DeliberationExport::freeze(data);
}
} // namespace

DeliberationActions::DeliberationActions(Workspace &workspace, QWidget *window, std::function<qint64()> currentSession)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_current(std::move(currentSession))
    , m_export(new QAction(tr("&Export deliberation…"), this))
    , m_submit(new QAction(tr("&Submit deliberation to the chair"), this))
    , m_approve(new QAction(tr("&Approve deliberation…"), this))
    , m_final(new QAction(tr("&Mark deliberation final…"), this))
    , m_correct(new QAction(tr("C&orrect the deliberation…"), this))
{
    m_export->setObjectName(QStringLiteral("export-deliberation"));
    m_submit->setObjectName(QStringLiteral("submit-deliberation"));
    m_approve->setObjectName(QStringLiteral("approve-deliberation"));
    m_final->setObjectName(QStringLiteral("mark-deliberation-final"));
    m_correct->setObjectName(QStringLiteral("correct-deliberation"));
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_export, &QAction::triggered, this, &DeliberationActions::exportDeliberation);
    connect(m_submit, &QAction::triggered, this, &DeliberationActions::submit);
    connect(m_approve, &QAction::triggered, this, &DeliberationActions::approve);
    connect(m_final, &QAction::triggered, this, &DeliberationActions::markFinal);
    connect(m_correct, &QAction::triggered, this, &DeliberationActions::correct);
    connect(&workspace, &Workspace::sessionChanged, this, &DeliberationActions::refresh);
    connect(&workspace, &Workspace::sessionRemoved, this, &DeliberationActions::refresh);
    connect(&workspace, &Workspace::portfolioReset, this, &DeliberationActions::refresh);
    refresh();
}

void DeliberationActions::addTo(QMenu *menu) const
{
    menu->addAction(m_export);
    menu->addAction(m_submit);
    menu->addAction(m_approve);
    menu->addAction(m_final);
    menu->addAction(m_correct);
}

void DeliberationActions::refresh()
{
    const qint64 id = m_current();
    bool held = false, final = false, submitted = false;
    // A failed read leaves the actions disabled and says why in the status bar.
    const Result<void> read = attempt([&] {
        if (id > 0) {
            const auto s = m_workspace.sessions().load(id);
            held = s && s->status == SessionStatus::Held;
            const DeliberationVersion v = DeliberationRepository(m_workspace.database()).current(id);
            final = v.isFinal();
            submitted = v.isSubmitted();
        }
    });
    if (!read)
        ErrorReport::note(m_window, read.error());
    m_export->setEnabled(id > 0);
    m_submit->setEnabled(held && !final && !submitted);
    m_approve->setEnabled(held && !final && submitted);
    m_final->setEnabled(held && !final);
    m_correct->setEnabled(final);
}

bool DeliberationActions::done(const Result<void> &edit)
{
    if (!edit) {
        ErrorReport::show(m_window, tr("Comité"), edit.error());
        return false;
    }
    refresh();
    return true;
}

void DeliberationActions::exportDeliberation()
{
    const qint64 id = m_current();
    if (id == 0)
        return;
    DeliberationExportDialog dialog(m_workspace, id, m_window);
    dialog.exec();
}

bool DeliberationActions::submit()
{
    const qint64 id = m_current();
    if (id == 0)
        return false;
    return done(Edit::submitDeliberation(m_workspace, id, QString()));
}

bool DeliberationActions::approve()
{
    const qint64 id = m_current();
    if (id == 0)
        return false;
    QString chair;
    const Result<void> read = attempt([&] {
        if (const auto s = m_workspace.sessions().load(id)) {
            for (const Participant &p : s->participants) {
                if (p.role == ParticipantRole::Chair) {
                    chair = p.name;
                    break;
                }
            }
        }
    });
    if (!read)
        ErrorReport::note(m_window, read.error());
    bool ok = false;
    const QString by = QInputDialog::getText(m_window, tr("Approve the deliberation"),
                                             tr("Approved by (the chair of the committee). The deliberation becomes final: "
                                                "its decisions, scores and notes are locked."),
                                             QLineEdit::Normal, chair, &ok);
    if (!ok)
        return false;
    return done(Edit::approveDeliberation(m_workspace, id, by, freezeCharts));
}

bool DeliberationActions::markFinal()
{
    const qint64 id = m_current();
    if (id == 0)
        return false;
    const auto answer = QMessageBox::question(
        m_window, tr("Mark the deliberation final"),
        tr("Mark the deliberation final? The session's decisions, scores and notes will be locked; "
           "a later change needs a correction, which makes a new version."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    return done(Edit::markDeliberationFinal(m_workspace, id, freezeCharts));
}

bool DeliberationActions::correct()
{
    const qint64 id = m_current();
    if (id == 0)
        return false;
    bool ok = false;
    const QString reason = QInputDialog::getText(m_window, tr("Correct the deliberation"),
                                                 tr("Why is the deliberation corrected? The new version says it, "
                                                    "and the earlier versions are kept."),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return false;
    return done(Edit::correctDeliberation(m_workspace, id, reason));
}

} // namespace Comite
