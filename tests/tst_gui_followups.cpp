// The follow-up register on screen (issue 18): the portfolio-wide register
// from the View menu and the product's Follow-up tab, driven with the
// keyboard (keys to the focused widget); status changes undo from the main
// window; the portfolio's "Follow-ups past due" filter.

#include "followupregister.h"
#include "guitestsupport.h"
#include "itemmodels/followupmodel.h"
#include "itemmodels/portfoliofiltermodel.h"
#include "mainwindow.h"
#include "portfolioview.h"
#include "productview.h"
#include "sessionfixture.h"
#include "storage/followuprepository.h"
#include "commands/undohistory.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>

using namespace Comite;

class TestGuiFollowups : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempWorkspace> m_tw;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_velo = 0;

    QString statusOf(const QString &text)
    {
        for (const FollowupItem &i : FollowupRepository(m_window->workspace()->database()).items()) {
            if (i.text == text)
                return FollowupStatuses::key(i.status);
        }
        return {};
    }
    static void key(int k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key(k), m);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_tw = std::make_unique<Test::TempWorkspace>();
        Workspace &ws = **m_tw;
        Test::SessionFixture fixture(ws);
        m_velo = fixture.velo;
        const qint64 id = fixture.create(ws);
        Session s = *ws.sessions().load(id);
        s.startsAt = QDateTime(QDate(2026, 10, 1), QTime(14, 0));
        QVERIFY(Edit::setSessionHeader(ws, s));
        Decision velo = Test::SessionFixture::decision(fixture.velo, DecisionOption::Provisional);
        velo.periodStart = QDate(2026, 10, 1);
        velo.periodEnd = QDate(2026, 11, 30);
        velo.actions = {{QStringLiteral("Measure the trips avoided"), QStringLiteral("Claire Dubois"), QDate(2026, 11, 15)}};
        velo.conditions = QStringLiteral("Show 500 monthly users");
        QVERIFY(Edit::setDecision(ws, id, velo));
        QVERIFY(Edit::setDecision(ws, id, Test::SessionFixture::decision(fixture.bus)));
        QVERIFY(Edit::closeSession(ws, id));
        m_tw->ws.reset();
        m_window = std::make_unique<MainWindow>(m_tw->clock);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openDatabase(m_tw->path()));
    }

    void cleanup()
    {
        m_window.reset();
        m_tw.reset();
    }

    void registerMarksDoneWithTheKeyboardAndUndoes()
    {
        QAction *open = Test::menuAction(m_window.get(), QStringLiteral("Follow-up register…"));
        QVERIFY(open);
        open->trigger();
        QDialog *dialog = m_window->findChild<QDialog *>(QStringLiteral("followupRegisterDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *reg = dialog->findChild<FollowupRegister *>();
        QVERIFY(reg);
        QCOMPARE(reg->model()->rowCount(), 2);
        QVERIFY(!reg->table()->isColumnHidden(FollowupModel::Product));  // across the portfolio
        reg->table()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), reg->table());
        key(Qt::Key_Home, Qt::ControlModifier);
        const QString first = reg->table()->currentIndex().siblingAtColumn(FollowupModel::Text).data().toString();
        QVERIFY(!first.isEmpty());
        // Tab to "Mark done" (past "Open items only") and press it.
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), reg->openOnly());
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), Test::button(reg, QStringLiteral("Mark done")));
        key(Qt::Key_Space);
        QCOMPARE(statusOf(first), QStringLiteral("done"));
        QVERIFY(!Test::button(reg, QStringLiteral("Mark done"))->isEnabled());
        QVERIFY(Test::button(reg, QStringLiteral("Reopen"))->isEnabled());
        // "Open items only" hides it.
        reg->openOnly()->setFocus();
        key(Qt::Key_Space);
        QCOMPARE(reg->table()->model()->rowCount(), 1);
        key(Qt::Key_Space);
        QCOMPARE(reg->table()->model()->rowCount(), 2);

        // The status column edits through its combo box (F2, then a choice).
        reg->table()->setFocus();
        const QModelIndex other = [&] {
            for (int r = 0; r < reg->table()->model()->rowCount(); ++r) {
                const QModelIndex i = reg->table()->model()->index(r, FollowupModel::Status);
                if (i.siblingAtColumn(FollowupModel::Text).data().toString() != first)
                    return i;
            }
            return QModelIndex();
        }();
        QVERIFY(other.isValid());
        const QString second = other.siblingAtColumn(FollowupModel::Text).data().toString();
        reg->table()->setCurrentIndex(other);
        key(Qt::Key_F2);
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY(combo);
        key(Qt::Key_End);  // "Dropped", the last status
        QCOMPARE(combo->currentData().toString(), QStringLiteral("dropped"));
        key(Qt::Key_Return);
        QTRY_COMPARE(statusOf(second), QStringLiteral("dropped"));  // the delegate commits queued

        // Undo (the main window's path) takes both back, one step each; the
        // register follows.
        QVERIFY(Edit::undo(*m_window->workspace()));
        QCOMPARE(statusOf(second), QStringLiteral("open"));
        QVERIFY(Edit::undo(*m_window->workspace()));
        QCOMPARE(statusOf(first), QStringLiteral("open"));
        QCOMPARE(reg->model()->index(0, FollowupModel::Status).data(FollowupModel::StatusKeyRole).toString(), QStringLiteral("open"));

        const QImage shot = dialog->grab().toImage();
        QVERIFY(!shot.isNull());
        if (!qEnvironmentVariableIsEmpty("COMITE_SCREENSHOT_DIR"))
            shot.save(qEnvironmentVariable("COMITE_SCREENSHOT_DIR") + QStringLiteral("/followup-register.png"));
        dialog->close();
    }

    void productTabAndPortfolioFilter()
    {
        // The portfolio filter: only the product with an item past due.
        auto *filter = m_window->portfolio()->findChild<QCheckBox *>(QStringLiteral("followupsPastDueFilter"));
        QVERIFY(filter);
        QCOMPARE(m_window->portfolio()->filterModel()->rowCount(), 2);
        filter->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), filter);
        key(Qt::Key_Space);
        QCOMPARE(m_window->portfolio()->filterModel()->rowCount(), 1);
        key(Qt::Key_Space);
        QCOMPARE(m_window->portfolio()->filterModel()->rowCount(), 2);

        ProductView *view = m_window->openProduct(m_velo);
        QVERIFY(view);
        auto *tabs = view->findChild<QTabWidget *>();
        QVERIFY(tabs);
        int at = -1;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i) == QStringLiteral("Follow-up"))
                at = i;
        }
        QVERIFY(at >= 0);
        tabs->setCurrentIndex(at);
        auto *reg = qobject_cast<FollowupRegister *>(tabs->widget(at));
        QVERIFY(reg);
        QCOMPARE(reg->model()->rowCount(), 2);
        QVERIFY(reg->table()->isColumnHidden(FollowupModel::Product));
        reg->table()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), reg->table());
        key(Qt::Key_Home, Qt::ControlModifier);
        const QString first = reg->table()->currentIndex().siblingAtColumn(FollowupModel::Text).data().toString();
        key(Qt::Key_Tab);
        key(Qt::Key_Tab);
        key(Qt::Key_Tab);  // past "Mark done" to "Drop"
        QCOMPARE(QApplication::focusWidget(), Test::button(reg, QStringLiteral("Drop")));
        key(Qt::Key_Space);
        QCOMPARE(statusOf(first), QStringLiteral("dropped"));
        // Ctrl+Z in the main window undoes it.
        reg->table()->setFocus();
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(statusOf(first), QStringLiteral("open"));

        m_window->resize(1280, 760);
        const QImage shot = m_window->grab().toImage();
        if (!qEnvironmentVariableIsEmpty("COMITE_SCREENSHOT_DIR"))
            shot.save(qEnvironmentVariable("COMITE_SCREENSHOT_DIR") + QStringLiteral("/followup-tab.png"));
    }
};

QTEST_MAIN(TestGuiFollowups)
#include "tst_gui_followups.moc"
