#include "mainwindow.h"

#include "allocationwindow.h"
#include "errorreport.h"
#include "betagouvimportdialog.h"
#include "standardshortcuts.h"
#include "windowgeometry.h"
#include "commands/productedits.h"
#include "demo/demoportfolio.h"
#include "storage/portfoliowriter.h"
#include "newproductdialog.h"
#include "portfolioview.h"
#include "productview.h"
#include "serverconnectdialog.h"
#include "sessionswindow.h"
#include "storage/serverlocation.h"
#include "storage/serverroles.h"
#include "storage/serverwatcher.h"
#include "storage/workspace.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QDialog>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoGroup>

namespace Comite {

namespace {
const char welcomeDoneKey[] = "welcome-done";

QString roleLabel(ServerRole role)
{
    switch (role) {
    case ServerRole::Owner: return MainWindow::tr("owner");
    case ServerRole::Facilitator: return MainWindow::tr("facilitator");
    case ServerRole::Team: return MainWindow::tr("product team");
    case ServerRole::Sponsor: return MainWindow::tr("sponsor");
    case ServerRole::None: break;
    }
    return MainWindow::tr("read only");
}
const int maxRecent = 8;
} // namespace

MainWindow::MainWindow(const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
    , m_roleLabel(new QLabel(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setWindowTitle(tr("Comité"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/comite.svg")));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(false);
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);
    statusBar()->addPermanentWidget(m_roleLabel);
    statusBar()->addPermanentWidget(m_status);
    createActions();
    StandardShortcuts::install(this);  // Ctrl+Q where the platform binds no Quit key

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeProductTab);
    connect(m_welcome, &WelcomePage::demoChosen, this, &MainWindow::loadDemo);
    connect(m_welcome, &WelcomePage::importChosen, this, &MainWindow::importRequested);
    connect(this, &MainWindow::importRequested, this, &MainWindow::importFromBetagouv);
    connect(m_welcome, &WelcomePage::emptyChosen, this, [this] {
        if (!m_workspace)
            return;
        if (const auto saved = attempt([&] { m_workspace->database().setSetting(QString::fromLatin1(welcomeDoneKey), QStringLiteral("1")); }); !saved)
            ErrorReport::open(this, saved.error());
        showPortfolioOrWelcome();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    // Never taller or wider than the screen (a 1366×768 laptop).
    resize(WindowGeometry::fitted(this, size()));
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    // Views refer to the workspace: they go first.
    delete m_sessionsWindow;
    delete m_allocationWindow;
    delete findChild<QDialog *>(QStringLiteral("followupRegisterDialog"));
    closeAllProductTabs();
    delete m_portfolio;
}

bool MainWindow::openDatabase(const QString &location, const QString &password)
{
    const Result<void> opened = connectTo(location, password);
    if (opened)
        return true;
    // A server that wants a password gets one asked for, once.
    const bool wantsPassword = ServerLocation::looksLikeServer(location) && password.isEmpty()
        && opened.error().message.contains(QLatin1String("password"), Qt::CaseInsensitive);
    if (wantsPassword) {
        bool ok = false;
        const QString typed = QInputDialog::getText(this, tr("Password"), tr("Password for %1:").arg(location),
                                                    QLineEdit::Password, {}, &ok);
        if (ok && !typed.isEmpty())
            return openDatabase(location, typed);
    }
    ErrorReport::open(this, opened.error());
    return false;
}

Result<void> MainWindow::connectTo(const QString &location, const QString &password)
{
    auto opened = attempt([&] { return std::make_unique<Workspace>(Database::open(location, password), m_clock); });
    if (!opened)
        return opened.error();
    useWorkspace(location, std::move(opened).value());
    return success();
}

void MainWindow::useWorkspace(const QString &location, std::unique_ptr<Workspace> next)
{
    commitAll();
    delete m_sessionsWindow;  // it works on the database being closed
    delete m_allocationWindow;
    delete findChild<QDialog *>(QStringLiteral("followupRegisterDialog"));
    closeAllProductTabs();
    delete m_portfolio;
    m_portfolio = nullptr;
    m_workspace = std::move(next);
    m_undoGroup->addStack(m_workspace->undoStack());
    m_undoGroup->setActiveStack(m_workspace->undoStack());

    m_portfolio = new PortfolioView(*m_workspace, this);
    m_tabs->insertTab(0, m_portfolio, tr("Portfolio"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_portfolio, &PortfolioView::openProductRequested, this, &MainWindow::openProduct);
    connect(m_workspace.get(), &Workspace::errorOccurred, this, &MainWindow::showError);
    connect(m_workspace.get(), &Workspace::productRemoved, this, [this](qint64 id) {
        if (ProductView *v = productView(id))
            m_tabs->removeTab(m_tabs->indexOf(v)), v->deleteLater();
    });
    for (auto signal : {&Workspace::productAdded, &Workspace::productRemoved})
        connect(m_workspace.get(), signal, this, &MainWindow::updateStatus);
    connect(m_workspace.get(), &Workspace::portfolioReset, this, &MainWindow::updateStatus);
    delete m_watcher;
    m_watcher = new ServerWatcher(*m_workspace, this);
    applyRole();

    const QString path = ServerLocation::looksLikeServer(location) ? m_workspace->database().location()
                                                                   : QFileInfo(location).absoluteFilePath();
    QSettings settings;
    settings.setValue(QStringLiteral("database/last"), path);
    QStringList recent = settings.value(QStringLiteral("database/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("database/recent"), recent.mid(0, maxRecent));
    updateRecentMenu();
    setWindowFilePath(path);
    showPortfolioOrWelcome();
    updateStatus();
}

bool MainWindow::isWelcomeShown() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::showPortfolioOrWelcome()
{
    bool welcome = true;
    if (m_workspace) {
        const auto empty = attempt([&] {
            return m_workspace->products().count() == 0
                && m_workspace->database().setting(QString::fromLatin1(welcomeDoneKey)).isEmpty();
        });
        if (empty)
            welcome = empty.value();
        else
            ErrorReport::open(this, empty.error());
    }
    m_stack->setCurrentWidget(welcome ? static_cast<QWidget *>(m_welcome) : m_tabs);
    if (!welcome && m_portfolio)
        m_portfolio->table()->setFocus();
}

ProductView *MainWindow::productView(qint64 productId) const
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *v = qobject_cast<ProductView *>(m_tabs->widget(i)); v && v->productId() == productId)
            return v;
    }
    return nullptr;
}

ProductView *MainWindow::openProduct(qint64 productId)
{
    if (!m_workspace || productId <= 0)
        return nullptr;
    ProductView *view = productView(productId);
    if (!view) {
        view = new ProductView(*m_workspace, productId, m_tabs);
        view->setPortfolioEditable(property("portfolioEditable").toBool());
        view->setTeamWorkEditable(property("teamWorkEditable").toBool());
        const int index = m_tabs->addTab(view, view->title());
        m_tabs->setTabToolTip(index, view->title());
        connect(view, &ProductView::titleChanged, this, [this, view](const QString &title) {
            m_tabs->setTabText(m_tabs->indexOf(view), title);
        });
        connect(view, &ProductView::editRefused, this, &MainWindow::showError);
    }
    m_tabs->setCurrentWidget(view);
    return view;
}

SessionsWindow *MainWindow::sessionsWindow() const
{
    return m_sessionsWindow;
}

SessionsWindow *MainWindow::showSessions()
{
    if (!m_workspace)
        return nullptr;
    if (!m_sessionsWindow)
        m_sessionsWindow = new SessionsWindow(*m_workspace, this);
    m_sessionsWindow->show();
    m_sessionsWindow->raise();
    m_sessionsWindow->activateWindow();
    return m_sessionsWindow;
}

AllocationWindow *MainWindow::showFundingPools()
{
    if (!m_workspace)
        return nullptr;
    if (!m_allocationWindow)
        m_allocationWindow = new AllocationWindow(*m_workspace, this);
    m_allocationWindow->show();
    m_allocationWindow->raise();
    m_allocationWindow->activateWindow();
    return m_allocationWindow;
}

void MainWindow::newSession()
{
    if (SessionsWindow *window = showSessions())
        window->newSession();
}

void MainWindow::closeProductTab(int index)
{
    auto *view = qobject_cast<ProductView *>(m_tabs->widget(index));
    if (!view)
        return;
    view->commitPending();
    m_tabs->removeTab(index);
    view->deleteLater();
}

void MainWindow::closeAllProductTabs()
{
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        if (auto *view = qobject_cast<ProductView *>(m_tabs->widget(i))) {
            view->commitPending();
            m_tabs->removeTab(i);
            delete view;
        }
    }
}

void MainWindow::commitAll()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<ProductView *>(m_tabs->widget(i)))
            view->commitPending();
    }
}

void MainWindow::newProduct()
{
    if (!m_workspace)
        return;
    NewProductDialog dialog(*m_workspace, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_stack->setCurrentWidget(m_tabs);
        m_portfolio->selectProduct(dialog.createdId());
        openProduct(dialog.createdId());
    }
}

void MainWindow::deleteCurrentProduct()
{
    // Delete acts on the portfolio's selected row, not inside a product.
    if (!m_portfolio || m_tabs->currentWidget() != m_portfolio || isWelcomeShown())
        return;
    const qint64 id = m_portfolio->currentProductId();
    if (id == 0)
        return;
    const QString title = m_workspace->products().field(id, ProductField::Title).toString();
    const auto answer = QMessageBox::question(
        this, tr("Delete product"),
        tr("Delete “%1” with its phases and committees? You can undo this with Edit > Undo.").arg(title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const Result<void> r = Edit::removeProduct(*m_workspace, id); !r)
        ErrorReport::open(this, r.error());
}

void MainWindow::loadDemo()
{
    if (!m_workspace)
        return;
    const auto empty = attempt([&] { return PortfolioWriter::isEmpty(m_workspace->database()); });
    if (!empty)
        return ErrorReport::open(this, empty.error());
    const bool replace = !empty.value();
    if (replace) {
        const auto answer = QMessageBox::warning(
            this, tr("Load the demo portfolio"),
            tr("This database already holds a portfolio. Replace it with the demo? This cannot be undone."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    if (const auto written = attempt([&] { DemoPortfolio::write(m_workspace->database(), m_workspace->today(), replace); });
        !written)
        return ErrorReport::open(this, written.error());
    closeAllProductTabs();
    m_workspace->notifyPortfolioReset();
    showPortfolioOrWelcome();
}

void MainWindow::importFromBetagouv()
{
    if (!m_workspace)
        return;
    commitAll();
    // A portfolio that already holds products (the demo's) asks first.
    const BetagouvImportDialog::Target target = BetagouvImportDialog::askTarget(this, *m_workspace);
    if (target == BetagouvImportDialog::Target::Cancel)
        return;
    if (target == BetagouvImportDialog::Target::NewDatabase) {
        const QString before = m_workspace->database().location();
        chooseDatabase(true);
        if (!m_workspace || m_workspace->database().location() == before)
            return;
    }
    if (BetagouvImportDialog::run(this, *m_workspace)) {
        closeAllProductTabs();
        showPortfolioOrWelcome();
    }
}

void MainWindow::chooseDatabase(bool create)
{
    const QString dir = m_workspace ? QFileInfo(m_workspace->database().location()).absolutePath() : QDir::homePath();
    const QString filter = tr("Comité databases (*.sqlite *.db);;All files (*)");
    const QString path = create ? QFileDialog::getSaveFileName(this, tr("New database"), dir + QStringLiteral("/portfolio.sqlite"), filter)
                                : QFileDialog::getOpenFileName(this, tr("Open database"), dir, filter);
    if (path.isEmpty())
        return;
    if (create && QFileInfo::exists(path)) {
        showError(tr("“%1” already exists: open it with File > Open database.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::connectToServer()
{
    QStringList recent;
    for (const QString &entry : QSettings().value(QStringLiteral("database/recent")).toStringList()) {
        if (ServerLocation::looksLikeServer(entry))
            recent << entry;
    }
    // The dialog connects itself and stays open with the reason when the
    // server refuses, so nothing typed has to be typed again.
    ServerConnectDialog dialog(recent, this);
    dialog.setConnector([this](const QString &address, const QString &password) { return connectTo(address, password); });
    dialog.exec();
}

// The window offers only what the login's role may do; the server enforces
// the same rules whatever the window shows.
void MainWindow::applyRole()
{
    ServerRole role = ServerRole::Owner;
    if (const auto current = attempt([&] { return ServerRoles::current(m_workspace->database()); }))
        role = current.value();
    else
        ErrorReport::open(this, current.error());
    const bool facilitator = role == ServerRole::Owner || role == ServerRole::Facilitator;
    for (QAction *a : std::as_const(m_databaseActions))
        a->setEnabled(true);
    for (QAction *a : std::as_const(m_facilitatorActions)) {
        a->setEnabled(facilitator);
        a->setVisible(facilitator);
    }
    setProperty("portfolioEditable", facilitator);
    setProperty("teamWorkEditable", role != ServerRole::Sponsor);
    m_roleLabel->setText(m_workspace->database().backend() == Database::Backend::PostgreSQL
                             ? tr("Role: %1").arg(roleLabel(role))
                             : QString());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("database/recent")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openDatabase(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateStatus()
{
    if (!m_workspace)
        return;
    // The count is a courtesy: a failed read shows 0 and is logged.
    const auto counted = attempt([&] { return m_workspace->products().count(); });
    if (!counted)
        ErrorReport::note(this, counted.error());
    const int count = counted.valueOr(0);
    m_status->setText(tr("%n product(s) · %1", nullptr, count).arg(QDir::toNativeSeparators(m_workspace->database().location())));
}

void MainWindow::showError(const QString &message)
{
    ErrorReport::open(this, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    commitAll();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace Comite
