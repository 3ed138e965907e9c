#include "sessionswindow.h"

#include "allocationremaininglabel.h"

#include "commands/sessionedits.h"
#include "errorreport.h"
#include "commands/undohistory.h"
#include "decisionspage.h"
#include "io/sessioncalendar.h"
#include "standardshortcuts.h"
#include "windowgeometry.h"
#include "deliberationactions.h"
#include "facilitatorwindow.h"
#include "itemmodels/sessionlistmodel.h"
#include "sessiondialog.h"
#include "sessioneditor.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace Comite {

SessionsWindow::SessionsWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_workspace(workspace)
    , m_model(new SessionListModel(workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_list(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Choose a session, or plan a new one with Session > New session."), this))
{
    setWindowTitle(tr("Committee sessions"));
    setObjectName(QStringLiteral("sessions-window"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SessionListModel::SortRole);
    m_list->setModel(m_proxy);
    m_list->setAccessibleName(tr("Sessions"));
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(SessionListModel::DateColumn, Qt::DescendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false);  // a list of rows: Tab goes on to the session
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setSectionResizeMode(SessionListModel::TitleColumn, QHeaderView::Stretch);
    m_list->setColumnHidden(SessionListModel::ProductsColumn, true);
    m_list->horizontalHeader()->setSectionResizeMode(SessionListModel::DateColumn, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(SessionListModel::StatusColumn, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(SessionListModel::DecidedColumn, QHeaderView::ResizeToContents);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({420, 860});
    setCentralWidget(splitter);
    createActions();
    StandardShortcuts::install(this);  // Ctrl+Q, F1 (Ctrl+W is in the menu)
    WindowGeometry::remember(this, QStringLiteral("sessions"), QSize(1320, 820), {splitter});

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SessionsWindow::showSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, m_deliberation, &DeliberationActions::refresh);
    connect(m_list, &QTableView::activated, this, &SessionsWindow::showSelected);
    connect(&workspace, &Workspace::sessionRemoved, this, [this](qint64 id) {
        if (m_editor && m_editor->sessionId() == id) {
            m_stack->setCurrentWidget(m_placeholder);
            m_editor->deleteLater();
            m_editor = nullptr;
        }
    });
    connect(&workspace, &Workspace::portfolioReset, this, [this] {
        if (m_facilitator)
            m_facilitator->close();
        if (m_editor) {
            m_stack->setCurrentWidget(m_placeholder);
            delete m_editor;
            m_editor = nullptr;
        }
    });
    connect(this, &SessionsWindow::editRefused, this, &SessionsWindow::showError);
}

SessionsWindow::~SessionsWindow()
{
    delete m_facilitator;
}

void SessionsWindow::createActions()
{
    QMenu *session = menuBar()->addMenu(tr("&Session"));
    QAction *create = session->addAction(tr("&New session…"), this, &SessionsWindow::newSession);
    create->setShortcut(QKeySequence::New);
    QAction *run = session->addAction(tr("&Run the session…"), this, &SessionsWindow::runCurrentSession);
    run->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *close = session->addAction(tr("&Close the session"), this, &SessionsWindow::closeCurrentSession);
    QAction *invite = session->addAction(tr("E&xport the invitation (.ics)…"), this, [this] { exportInvitation(); });
    session->addSeparator();
    QAction *remove = session->addAction(tr("&Delete the session…"), this, &SessionsWindow::deleteCurrentSession);
    session->addSeparator();
    m_deliberation = new DeliberationActions(m_workspace, this, [this] { return currentSessionId(); });
    m_deliberation->addTo(session);
    session->addSeparator();
    session->addAction(tr("Close &window"), this, &QWidget::close)->setShortcut(QKeySequence::Close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_workspace.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_workspace.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    // Through the undo history, which keeps the stack where it was when the
    // database refuses the step.
    disconnect(undo, &QAction::triggered, nullptr, nullptr);
    disconnect(redo, &QAction::triggered, nullptr, nullptr);
    connect(undo, &QAction::triggered, this, [this] { Edit::undo(m_workspace); });
    connect(redo, &QAction::triggered, this, [this] { Edit::redo(m_workspace); });
    edit->addAction(undo);
    edit->addAction(redo);

    QToolBar *tools = addToolBar(tr("Sessions"));
    tools->setObjectName(QStringLiteral("sessions-toolbar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(create);
    tools->addAction(run);
    tools->addAction(close);
    tools->addSeparator();
    tools->addAction(m_deliberation->exportAction());
    tools->addAction(invite);
    tools->addSeparator();
    tools->addAction(remove);
}

FacilitatorWindow *SessionsWindow::facilitator() const
{
    return m_facilitator;
}

qint64 SessionsWindow::currentSessionId() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(SessionListModel::IdRole).toLongLong() : 0;
}

void SessionsWindow::showSelected()
{
    const qint64 id = currentSessionId();
    if (!m_poolsLeft) {
        m_poolsLeft = new AllocationRemainingLabel(m_workspace, this);
        statusBar()->addPermanentWidget(m_poolsLeft);
    }
    m_poolsLeft->setSession(id);
    if (m_editor && m_editor->sessionId() == id)
        return;
    if (m_editor) {
        m_editor->commitPending();
        m_stack->removeWidget(m_editor);
        m_editor->deleteLater();
        m_editor = nullptr;
    }
    if (id == 0) {
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_editor = new SessionEditor(m_workspace, id, m_stack);
    connect(m_editor, &SessionEditor::editRefused, this, &SessionsWindow::showError);
    // Closing the session stops its timer.
    connect(m_editor->decisions(), &DecisionsPage::sessionClosed, this, [this](qint64 closed) {
        if (m_facilitator && m_facilitator->sessionId() == closed)
            m_facilitator->sessionClosed();
    });
    m_stack->addWidget(m_editor);
    m_stack->setCurrentWidget(m_editor);
}

void SessionsWindow::showSession(qint64 sessionId)
{
    m_model->reload();
    const int row = m_model->rowOf(sessionId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, SessionListModel::TitleColumn));
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    showSelected();
}

qint64 SessionsWindow::newSession()
{
    SessionDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    showSession(dialog.createdId());
    return dialog.createdId();
}

void SessionsWindow::deleteCurrentSession()
{
    const qint64 id = currentSessionId();
    if (id == 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete the session"),
        tr("Delete this session with its agenda, scores and decisions? You can undo this with Edit > Undo."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const Result<void> r = Edit::removeSession(m_workspace, id); !r)
        ErrorReport::open(this, r.error());

}

FacilitatorWindow *SessionsWindow::runCurrentSession()
{
    const qint64 id = currentSessionId();
    if (id == 0)
        return nullptr;
    if (!(m_facilitator && m_facilitator->sessionId() == id) && !confirmFutureSession(id, tr("Run the session")))
        return nullptr;
    if (m_facilitator && m_facilitator->sessionId() != id) {
        m_facilitator->close();
        delete m_facilitator;
    }
    if (!m_facilitator) {
        m_facilitator = new FacilitatorWindow(m_workspace, id, this);
        m_facilitator->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_facilitator->show();
    m_facilitator->raise();
    m_facilitator->activateWindow();
    return m_facilitator;
}

// A session dated after today is run only once confirmed (closing asks
// in DecisionsPage::closeSession).
bool SessionsWindow::confirmFutureSession(qint64 sessionId, const QString &title)
{
    const auto session = attempt([&] { return m_workspace.sessions().load(sessionId); });
    if (!session) {
        ErrorReport::show(this, title, session.error());
        return false;
    }
    return !session.value() || DecisionsPage::confirmFutureSession(this, *session.value(), m_workspace.today(), title);
}

bool SessionsWindow::exportInvitation(QString path)
{
    const qint64 id = currentSessionId();
    if (id == 0)
        return false;
    const auto loaded = attempt([&] { return m_workspace.sessions().load(id); });
    if (!loaded) {
        ErrorReport::show(this, tr("Export the invitation"), loaded.error());
        return false;
    }
    const std::optional<Session> session = loaded.value();
    if (!session)
        return false;
    if (path.isEmpty()) {
        QSettings settings;
        const QString folder = settings.value(QStringLiteral("sessions/invitationFolder"), QDir::homePath()).toString();
        path = QFileDialog::getSaveFileName(this, tr("Export the invitation"),
                                            QDir(folder).filePath(SessionCalendar::suggestedFileName(*session)),
                                            tr("Calendar invitations (*.ics)"));
        if (path.isEmpty())
            return false;
        settings.setValue(QStringLiteral("sessions/invitationFolder"), QFileInfo(path).absolutePath());
    }
    QString error;
    if (!SessionCalendar::write(*session, m_workspace.clock().now(), path, &error)) {
        showError(error);
        return false;
    }
    statusBar()->showMessage(tr("Invitation written to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void SessionsWindow::closeCurrentSession()
{
    if (m_editor)
        m_editor->decisions()->closeSession();
}

void SessionsWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Comité"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void SessionsWindow::closeEvent(QCloseEvent *event)
{
    if (m_editor)
        m_editor->commitPending();
    if (m_facilitator)
        m_facilitator->close();
    event->accept();
}

} // namespace Comite
