// Every window on a 1366×768 laptop screen, in English and in French (the
// French translation loaded as the application does): the main window with
// the demo portfolio and a product's tabs, the sessions window with each
// page of a session, the new-session and decision dialogs, the facilitator
// screen and the room view. Each opens inside the screen and every control
// shown (buttons, fields, lists) lies inside the window and the screen;
// controls in a scroll area count through the area. Geometry and splitter
// positions are remembered per window.

#include "commands/sessionedits.h"
#include "decisiondialog.h"
#include "facilitatorwindow.h"
#include "language.h"
#include "mainwindow.h"
#include "productview.h"
#include "roomdeckview.h"
#include "roomview.h"
#include "sessiondialog.h"
#include "sessioneditor.h"
#include "sessionswindow.h"
#include "guitestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QRegularExpression>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Comite;

namespace {
constexpr QSize laptop(1366, 768);

bool isControl(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QPlainTextEdit *>(w);
}

// The widget that must be on screen for `w` to be reachable: itself, or the
// outermost scroll area whose viewport holds it (reached by scrolling).
const QWidget *reachableThrough(const QWidget *w)
{
    const QWidget *result = w;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(p); area && area->viewport()->isAncestorOf(w))
            result = area;
    }
    return result;
}

QString describe(const QWidget *w)
{
    QString text;
    if (const auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    return QStringLiteral("%1 “%2” %3").arg(QString::fromLatin1(w->metaObject()->className()),
                                            text.isEmpty() ? w->accessibleName() : text, w->objectName());
}
} // namespace

class TestWindowSize : public QObject
{
    Q_OBJECT

public:
    explicit TestWindowSize(QString language) : m_language(std::move(language)) {}

private:
    QString m_language;
    QTemporaryDir m_dir;
    ManualClock m_clock{Test::fixedToday};
    std::unique_ptr<MainWindow> m_main;
    qint64 m_session = 0;

    Workspace &ws() { return *m_main->workspace(); }

    // Shows `window` and checks it and every control it shows fit the screen.
    void checkFits(QWidget *window, const QString &what)
    {
        if (!window->isVisible())
            window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCoreApplication::processEvents();
        const QRect screen = window->screen()->availableGeometry();
        QVERIFY2(window->width() <= screen.width() && window->height() <= screen.height(),
                 qPrintable(QStringLiteral("%1 (%2): %3×%4 on a %5×%6 screen")
                                .arg(what, m_language).arg(window->width()).arg(window->height())
                                .arg(screen.width()).arg(screen.height())));
        // COMITE_WINDOWSIZE_SHOTS=folder: each window as a PNG, to look at.
        if (const QString shots = qEnvironmentVariable("COMITE_WINDOWSIZE_SHOTS"); !shots.isEmpty()) {
            QString name = what + u'-' + m_language;
            name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]+")), QStringLiteral("_"));
            window->grab().save(QDir(shots).filePath(name + QStringLiteral(".png")));
        }
        const QRect inside = window->rect();
        for (const QWidget *w : window->findChildren<QWidget *>()) {
            if (!isControl(w) || !w->isVisible() || w->window() != window)
                continue;
            const QWidget *target = reachableThrough(w);
            const QRect rect(target->mapTo(window, QPoint(0, 0)), target->size());
            // A scroll area may be clipped by an outer one: that is reachable too.
            if (target != w && !inside.intersects(rect))
                continue;
            QVERIFY2(inside.contains(rect.adjusted(1, 1, -1, -1)),
                     qPrintable(QStringLiteral("%1 (%2): %3 at %4,%5 %6×%7 outside the %8×%9 window")
                                    .arg(what, m_language, describe(w)).arg(rect.x()).arg(rect.y()).arg(rect.width())
                                    .arg(rect.height()).arg(window->width()).arg(window->height())));
        }
    }

    void checkTabs(QWidget *window, QTabWidget *tabs, const QString &what)
    {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            checkFits(window, what + QStringLiteral(" › ") + tabs->tabText(i).remove(u'&'));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const QSize size = QGuiApplication::primaryScreen()->availableGeometry().size();
        QVERIFY2(size == laptop, qPrintable(QStringLiteral("screen %1×%2").arg(size.width()).arg(size.height())));
        m_clock.set(QDateTime(Test::fixedToday, QTime(14, 0)));
        m_main = std::make_unique<MainWindow>(m_clock);
        m_main->show();
        QVERIFY(m_main->openDatabase(m_dir.filePath(QStringLiteral("laptop.sqlite"))));
        m_main->loadDemo();  // an empty database: no question asked
        QVERIFY(!m_main->isWelcomeShown());
        // A session on today with two demo products.
        const QList<ProductSummary> products = ws().products().summaries();
        QVERIFY(products.size() >= 2);
        Session s;
        s.title = QStringLiteral("Comité d'investissement de décembre");
        s.startsAt = QDateTime(Test::fixedToday, QTime(14, 0));
        s.products = {{products[0].id, products[0].slug, products[0].title}, {products[1].id, products[1].slug, products[1].title}};
        s.participants = {{0, QStringLiteral("Anne Leroy"), QStringLiteral("ADEME"), ParticipantRole::Chair, true, true}};
        const Result<qint64> created = Edit::createSession(ws(), s, SessionAgenda::defaultTemplate());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        m_session = created.value();

    }

    void cleanupTestCase() { m_main.reset(); }

    void mainWindowAndAProduct()
    {
        checkFits(m_main.get(), QStringLiteral("main window"));
        const QList<ProductSummary> products = ws().products().summaries();
        ProductView *view = m_main->openProduct(products[0].id);
        QVERIFY(view);
        checkTabs(m_main.get(), view->tabs(), QStringLiteral("product"));
        m_main->tabs()->setCurrentIndex(0);
    }

    void sessionsWindow()
    {
        SessionsWindow *sessions = m_main->showSessions();
        QVERIFY(sessions);
        sessions->showSession(m_session);
        QVERIFY(sessions->editor());
        checkTabs(sessions, sessions->editor(), QStringLiteral("sessions"));
    }

    void newSessionDialog()
    {
        SessionDialog dialog(ws(), m_main->sessionsWindow());
        checkFits(&dialog, QStringLiteral("new session"));
        dialog.close();
    }

    void decisionDialog()
    {
        const Session s = *ws().sessions().load(m_session);
        DecisionDialog dialog(ws(), m_session, s.products[0].productId, m_main->sessionsWindow());
        checkFits(&dialog, QStringLiteral("decision"));
        dialog.close();
    }

    void facilitatorAndRoom()
    {
        SessionsWindow *sessions = m_main->sessionsWindow();
        sessions->showSession(m_session);
        FacilitatorWindow *facilitator = sessions->runCurrentSession();
        QVERIFY(facilitator);
        checkFits(facilitator, QStringLiteral("facilitator"));
        RoomView *room = facilitator->openRoomView();
        QVERIFY(QTest::qWaitForWindowExposed(room));
        QCOMPARE(room->size(), laptop);
        checkFits(room, QStringLiteral("room view"));
        // On a product's presentation: its committee deck beside the time.
        facilitator->timer()->start();
        facilitator->timer()->goTo(2);
        QVERIFY(room->deck()->isVisible());
        checkFits(room, QStringLiteral("room view with the deck"));
        checkFits(facilitator, QStringLiteral("facilitator running"));
        room->close();
        facilitator->close();
    }

    void geometryIsRemembered()
    {
        SessionsWindow *sessions = m_main->sessionsWindow();
        sessions->show();  // as the user sees it: shown, then resized
        QVERIFY(QTest::qWaitForWindowExposed(sessions));
        sessions->resize(1300, 600);
        auto *splitter = qobject_cast<QSplitter *>(sessions->centralWidget());
        QVERIFY(splitter);
        splitter->setSizes({300, 1000});
        const QList<int> sizes = splitter->sizes();
        sessions->close();
        SessionsWindow again(ws());
        QCOMPARE(again.size(), QSize(1300, 600));
        again.show();  // a splitter lays its widgets out when shown
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(qobject_cast<QSplitter *>(again.centralWidget())->sizes(), sizes);
    }
};

int main(int argc, char **argv)
{
    return Test::runOnLaptopScreen(argc, argv, [&](const QString &language) {
        TestWindowSize test(language);
        return QTest::qExec(&test, argc, argv);
    });
}

#include "tst_windowsize.moc"
