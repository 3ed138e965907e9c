// The desktop conventions (KDE and GNOME): a main toolbar with the frequent
// actions and their icons, hidden from View > Toolbar and remembered;
// Ctrl+Q, Ctrl+W and F1 in every window; Enter activates the focused
// choice of the welcome page and the default button of every dialog.

#include "decisiondialog.h"
#include "facilitatorwindow.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "manualwindow.h"
#include "newproductdialog.h"
#include "portfolioview.h"
#include "referencesdialog.h"
#include "serverconnectdialog.h"
#include "sessiondialog.h"
#include "sessionswindow.h"
#include "welcomepage.h"
#include "commands/sessionedits.h"
#include "storage/workspace.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolBar>

using namespace Comite;

namespace {
bool hasKey(QWidget *window, const QKeySequence &key)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcuts().contains(key) && a->isEnabled())
            return true;
    }
    return false;
}
// An entry of one of `window`'s menus by its text without the mnemonic.
QAction *menuEntry(QMainWindow *window, const QString &text)
{
    for (QAction *menu : window->menuBar()->actions()) {
        for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
            if (a->text().remove(u'&') == text)
                return a;
        }
    }
    return nullptr;
}

const QList<QKeySequence> standardKeys = {QKeySequence(Qt::ControlModifier | Qt::Key_Q), QKeySequence(Qt::ControlModifier | Qt::Key_W),
                                          QKeySequence(Qt::Key_F1)};
} // namespace

class TestGuiConventions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{Test::fixedToday};
    std::unique_ptr<MainWindow> m_window;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("conventions.sqlite")); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_clock);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openDatabase(dbPath()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        QFile::remove(dbPath());
        openWindow();
    }

    void cleanup() { m_window.reset(); }

    void enterOnTheWelcomePage()
    {
        QVERIFY(m_window->isWelcomeShown());
        m_window->welcome()->demoButton()->setFocus();
        QCOMPARE(QApplication::focusWidget(), m_window->welcome()->demoButton());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(!m_window->isWelcomeShown());
    }

    void toolbarWithIconsHiddenAndRemembered()
    {
        m_window->loadDemo();
        auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("main-toolbar"));
        QVERIFY(toolBar);
        QVERIFY(toolBar->isVisible());
        QStringList shown;
        for (QAction *a : toolBar->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            QVERIFY2(!a->icon().isNull(), qPrintable(a->text()));
            QVERIFY2(a->isEnabled(), qPrintable(a->text()));
            shown << a->text().remove(u'&');
        }
        for (const char *expected : {"New product…", "Import from beta.gouv.fr…", "Find…", "Sessions…", "New session…"})
            QVERIFY2(shown.contains(QString::fromUtf8(expected)), qPrintable(shown.join(u',')));
        // The toolbar's button starts its action: Find puts the cursor in the search box.
        auto *findButton = toolBar->widgetForAction(toolBar->actions().at(3));
        QVERIFY(findButton);
        QTest::mouseClick(findButton, Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_window->portfolio()->searchField()));
        // View > Toolbar hides it; the next start remembers.
        QAction *toggle = menuEntry(m_window.get(), QStringLiteral("Toolbar"));
        QVERIFY(toggle);
        toggle->trigger();
        QVERIFY(!toolBar->isVisible());
        m_window->close();
        m_window.reset();
        openWindow();
        toolBar = m_window->findChild<QToolBar *>(QStringLiteral("main-toolbar"));
        QVERIFY(!toolBar->isVisible());
        menuEntry(m_window.get(), QStringLiteral("Toolbar"))->trigger();
        QVERIFY(toolBar->isVisible());
        m_window->close();
    }

    void standardKeysInEveryWindow()
    {
        m_window->loadDemo();
        for (const QKeySequence &key : standardKeys)
            QVERIFY2(hasKey(m_window.get(), key), qPrintable(key.toString()));
        const QList<ProductSummary> products = m_window->workspace()->products().summaries();
        Session s;
        s.title = QStringLiteral("Comité de décembre");
        s.startsAt = QDateTime(Test::fixedToday, QTime(14, 0));
        s.products = {{products[0].id, products[0].slug, products[0].title}};
        const Result<qint64> created = Edit::createSession(*m_window->workspace(), s, SessionAgenda::defaultTemplate());
        QVERIFY(created);
        const qint64 sessionId = created.value();
        SessionsWindow *sessions = m_window->showSessions();
        QVERIFY(QTest::qWaitForWindowActive(sessions));
        sessions->showSession(sessionId);
        for (const QKeySequence &key : standardKeys)
            QVERIFY2(hasKey(sessions, key), qPrintable(QStringLiteral("sessions window: ") + key.toString()));
        FacilitatorWindow *facilitator = sessions->runCurrentSession();
        QVERIFY(facilitator);
        for (const QKeySequence &key : {standardKeys[0], standardKeys[2]})
            QVERIFY2(hasKey(facilitator, key), qPrintable(QStringLiteral("facilitator: ") + key.toString()));
        facilitator->close();
        // F1 opens the manual from the sessions window, Ctrl+W closes it,
        // Ctrl+Q closes every window.
        QApplication::setActiveWindow(sessions);
        QVERIFY(QTest::qWaitForWindowActive(sessions));
        QTest::keyClick(sessions, Qt::Key_F1);
        QTRY_VERIFY(Test::topLevel<ManualWindow>() != nullptr);
        Test::topLevel<ManualWindow>()->close();
        QApplication::setActiveWindow(sessions);
        QVERIFY(QTest::qWaitForWindowActive(sessions));
        QTest::keySequence(sessions, QKeySequence(Qt::ControlModifier | Qt::Key_W));
        QVERIFY(!sessions->isVisible());
        m_window->showSessions();
        QApplication::setActiveWindow(sessions);
        QVERIFY(QTest::qWaitForWindowActive(sessions));
        QTest::keySequence(sessions, QKeySequence(Qt::ControlModifier | Qt::Key_Q));
        QVERIFY(!sessions->isVisible());
        QVERIFY(!m_window->isVisible());
    }

    void everyDialogHasADefaultButton()
    {
        m_window->loadDemo();
        Workspace &w = *m_window->workspace();
        const QList<ProductSummary> products = w.products().summaries();
        Session s;
        s.title = QStringLiteral("Comité de décembre");
        s.startsAt = QDateTime(Test::fixedToday, QTime(14, 0));
        s.products = {{products[0].id, products[0].slug, products[0].title}};
        const Result<qint64> created = Edit::createSession(w, s, SessionAgenda::defaultTemplate());
        QVERIFY(created);
        const qint64 sessionId = created.value();
        const auto check
 = [](QDialog &dialog, const char *what) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            int defaults = 0;
            for (QPushButton *b : dialog.findChildren<QPushButton *>())
                defaults += b->isVisible() && b->isDefault() ? 1 : 0;
            QVERIFY2(defaults == 1, qPrintable(QStringLiteral("%1: %2 default buttons").arg(QLatin1String(what)).arg(defaults)));
            dialog.close();
        };
        { NewProductDialog d(w, m_window.get()); check(d, "new product"); }
        { ServerConnectDialog d({}, m_window.get()); check(d, "server"); }
        { SessionDialog d(w, m_window.get()); check(d, "new session"); }
        { DecisionDialog d(w, sessionId, products[0].id, m_window.get()); check(d, "decision"); }
    }
};

QTEST_MAIN(TestGuiConventions)
#include "tst_gui_conventions.moc"
