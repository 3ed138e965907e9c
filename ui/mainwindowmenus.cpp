// MainWindow's menus and toolbar, apart from the window's logic
// (mainwindow.cpp): what each menu holds, its shortcuts and which actions
// need a database or the facilitator's role.

#include "mainwindow.h"

#include "aboutdialog.h"
#include "espacemembredialog.h"
#include "followupregister.h"
#include "language.h"
#include "manualwindow.h"
#include "portfoliochartdialog.h"
#include "portfolioview.h"
#include "programmereportwindow.h"
#include "referencesdialog.h"
#include "commands/undohistory.h"
#include "storage/workspace.h"

#include <QAction>
#include <QDialog>
#include <QMenuBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace Comite {

void MainWindow::createActions()
{
    auto *undoGroup = m_undoGroup;

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New database…"), this, [this] { chooseDatabase(true); });
    QAction *openDb = file->addAction(tr("&Open database…"), this, [this] { chooseDatabase(false); });
    openDb->setShortcut(QKeySequence::Open);
    file->addAction(tr("Connect to &server…"), this, &MainWindow::connectToServer);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    m_facilitatorActions << file->addAction(tr("Load the &demo portfolio…"), this, &MainWindow::loadDemo);
    QAction *importAction = file->addAction(tr("&Import from beta.gouv.fr…"), this, &MainWindow::importRequested);
    m_facilitatorActions << importAction;
    m_facilitatorActions << file->addAction(tr("Import from the &member space…"), this, [this] {
        if (m_workspace && EspaceMembreDialog::run(this, *m_workspace))
            showPortfolioOrWelcome();
    });
    m_databaseActions << file->addAction(tr("&What to tell the member space…"), this, [this] {
        if (m_workspace)
            EspaceMembreDialog::exportChanges(this, *m_workspace);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    Q_UNUSED(newDb)

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    // Through the undo history, which keeps the stack where it was when the
    // database refuses the step.
    disconnect(m_undo, &QAction::triggered, nullptr, nullptr);
    disconnect(m_redo, &QAction::triggered, nullptr, nullptr);
    connect(m_undo, &QAction::triggered, this, [this] { if (m_workspace) Edit::undo(*m_workspace); });
    connect(m_redo, &QAction::triggered, this, [this] { if (m_workspace) Edit::redo(*m_workspace); });
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    QAction *newProductAction = edit->addAction(tr("&New product…"), this, &MainWindow::newProduct);
    newProductAction->setShortcut(QKeySequence::New);
    m_deleteProduct = edit->addAction(tr("&Delete product…"), this, &MainWindow::deleteCurrentProduct);
    m_deleteProduct->setShortcut(QKeySequence::Delete);
    QAction *references = edit->addAction(tr("&Organisations and incubators…"), this, [this] {
        if (m_workspace)
            ReferencesDialog(*m_workspace, this).exec();
    });
    m_facilitatorActions << references;
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        if (m_portfolio) {
            m_tabs->setCurrentWidget(m_portfolio);
            m_portfolio->focusSearch();
        }
    });
    find->setShortcut(QKeySequence::Find);
    m_facilitatorActions << newProductAction << m_deleteProduct;
    m_databaseActions << find;

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showPortfolio = view->addAction(tr("&Portfolio"), this, [this] {
        if (m_portfolio)
            m_tabs->setCurrentWidget(m_portfolio);
    });
    showPortfolio->setShortcut(QKeySequence(tr("Ctrl+1")));
    QAction *closeTab = view->addAction(tr("&Close product"), this, [this] {
        if (m_tabs->currentIndex() > 0)
            closeProductTab(m_tabs->currentIndex());
    });
    // Ctrl+W whatever the platform lists first for Close (Ctrl+F4 on some).
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    if (!closeKeys.contains(QKeySequence(Qt::ControlModifier | Qt::Key_W)))
        closeKeys << QKeySequence(Qt::ControlModifier | Qt::Key_W);
    closeTab->setShortcuts(closeKeys);
    m_databaseActions << showPortfolio << closeTab;
    QAction *chart = view->addAction(tr("Portfolio c&hart…"), this, [this] {
        if (m_workspace)
            PortfolioChartDialog(*m_workspace, this).exec();  // cost per use or per impact by phase
    });
    m_databaseActions << chart;
    m_databaseActions << view->addAction(tr("P&rogramme report…"), this, [this] {
        if (m_workspace)
            ProgrammeReportWindow(*m_workspace, this).exec();  // funnel, survival, objectives (issue 18)
    });
    // Funding pools and allocation scenarios (a menu of its own clashed with Alt+letters of the portfolio).
    m_databaseActions << view->addAction(tr("Funding poo&ls…"), this, &MainWindow::showFundingPools);
    m_databaseActions << view->addAction(tr("&Follow-up register…"), this, [this] {
        if (!m_workspace)
            return;
        if (auto *open = findChild<QDialog *>(QStringLiteral("followupRegisterDialog")))
            return open->activateWindow();
        auto *dialog = new QDialog(this);  // the decisions' follow-up across the portfolio (issue 18)
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("followupRegisterDialog"));
        dialog->setWindowTitle(tr("Follow-up register"));
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(new FollowupRegister(*m_workspace, 0, dialog));
        dialog->resize(1100, 560);
        dialog->show();
    });

    QMenu *sessions = menuBar()->addMenu(tr("Sess&ions"));
    QAction *newSessionAction = sessions->addAction(tr("&New session…"), this, &MainWindow::newSession);
    newSessionAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    QAction *sessionsAction = sessions->addAction(tr("&Sessions…"), this, &MainWindow::showSessions);
    sessionsAction->setShortcut(QKeySequence(tr("Ctrl+2")));
    m_databaseActions << newSessionAction << sessionsAction;

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *manual = help->addAction(tr("&Manual"), this, [] { ManualWindow::showManual(Language::current()); });
    manual->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Comité"), this, [this] {
        AboutDialog about(this);
        connect(&about, &AboutDialog::manualRequested, this, [] { ManualWindow::showManual(Language::current()); });
        about.exec();
    });
    // The frequent actions with icons; hidden from View > Toolbar, its
    // visibility kept with the window's state.
    const auto icon = [this](const char *theme, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(theme), style()->standardIcon(fallback));
    };
    newProductAction->setIcon(icon("document-new", QStyle::SP_FileIcon));
    importAction->setIcon(icon("document-import", QStyle::SP_DialogOpenButton));
    find->setIcon(icon("edit-find", QStyle::SP_FileDialogContentsView));
    sessionsAction->setIcon(icon("x-office-calendar", QStyle::SP_FileDialogDetailedView));
    newSessionAction->setIcon(icon("appointment-new", QStyle::SP_FileDialogNewFolder));
    chart->setIcon(icon("office-chart-bar", QStyle::SP_FileDialogInfoView));
    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("main-toolbar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addActions({newProductAction, importAction});
    toolBar->addSeparator();
    toolBar->addActions({find, chart});
    toolBar->addSeparator();
    toolBar->addActions({sessionsAction, newSessionAction});
    for (QAction *a : toolBar->actions())  // "Find", not "&Find…", beside the icon
        a->setIconText(QString(a->text()).remove(u'&').remove(u'…'));
    QAction *showToolBar = toolBar->toggleViewAction();
    showToolBar->setText(tr("&Toolbar"));
    view->addSeparator();
    view->addAction(showToolBar);
    for (QAction *a : m_databaseActions + m_facilitatorActions)
        a->setEnabled(false);
    updateRecentMenu();
}

} // namespace Comite
