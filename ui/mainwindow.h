#pragma once
// The main window: the portfolio (or the welcome screen on first run), one
// tab per open product, the menus with undo/redo, and the open database.

#include "domain/result.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace Comite {

class AllocationWindow;
class Clock;
class ServerWatcher;
class PortfolioView;
class ProductView;
class SessionsWindow;
class WelcomePage;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database file or server address; on failure shows why and
    // keeps the current one. A server asking for a password prompts once.
    bool openDatabase(const QString &location, const QString &password = {});
    // Opens a database without asking or showing anything: the failure is
    // returned (the server dialog shows it in place).
    Result<void> connectTo(const QString &location, const QString &password);
    Workspace *workspace() const { return m_workspace.get(); }
    PortfolioView *portfolio() const { return m_portfolio; }
    WelcomePage *welcome() const { return m_welcome; }
    QTabWidget *tabs() const { return m_tabs; }
    ProductView *productView(qint64 productId) const;
    bool isWelcomeShown() const;
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    // Committee sessions: their own window (sessionswindow.h).
    SessionsWindow *sessionsWindow() const;

public Q_SLOTS:
    ProductView *openProduct(qint64 productId);
    void newProduct();
    void deleteCurrentProduct();
    void loadDemo();
    void importFromBetagouv();
    SessionsWindow *showSessions();
    void newSession();
    AllocationWindow *showFundingPools();  // View > Funding pools…

Q_SIGNALS:
    // The welcome screen or File menu asked for a beta.gouv.fr import.
    void importRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showPortfolioOrWelcome();
    // Puts `next` (opened from `location`) in place of the current workspace.
    void useWorkspace(const QString &location, std::unique_ptr<Workspace> next);
    void closeProductTab(int index);
    void closeAllProductTabs();
    void commitAll();
    void showError(const QString &message);
    void updateStatus();
    void updateRecentMenu();
    void chooseDatabase(bool create);
    void connectToServer();
    void applyRole();

    const Clock &m_clock;
    std::unique_ptr<Workspace> m_workspace;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QTabWidget *m_tabs;
    PortfolioView *m_portfolio = nullptr;
    QLabel *m_status;
    QLabel *m_roleLabel;
    QUndoGroup *m_undoGroup;
    QMenu *m_recentMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_deleteProduct = nullptr;
    QList<QAction *> m_databaseActions;
    QPointer<SessionsWindow> m_sessionsWindow;
    QPointer<AllocationWindow> m_allocationWindow;
    QList<QAction *> m_facilitatorActions;  // hidden from team and sponsor logins
    ServerWatcher *m_watcher = nullptr;
};

} // namespace Comite
