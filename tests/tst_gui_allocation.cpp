// The funding pools window driven like a person: opened from View >
// Funding pools…, a pool created through its dialog (keys to the focused
// widget), the solver's proposal, a what-if amount typed in the table and
// undone with Ctrl+Z, the scenario chosen; the window fits 1366×768.

#include "allocationpooldialog.h"
#include "allocationwindow.h"
#include "commands/allocationedits.h"
#include "commands/productedits.h"
#include "guitestsupport.h"
#include "itemmodels/allocationlinemodel.h"
#include "itemmodels/allocationscenariomodel.h"
#include "allocationremaininglabel.h"
#include "commands/sessionedits.h"
#include "decisiondialog.h"
#include "mainwindow.h"
#include "sessionfixture.h"
#include "sessionswindow.h"
#include "storage/allocationrepository.h"

#include <QAction>
#include <QLabel>
#include <QDateEdit>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace Comite;
using Test::button;
using Test::menuAction;

class TestGuiAllocation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{Test::fixedToday};
    std::unique_ptr<MainWindow> m_window;
    Workspace &ws() { return *m_window->workspace(); }

    void addProduct(const QString &slug, qint64 request)
    {
        Product p = Test::sampleProduct(slug);
        p.phases = {PhaseRecord{Phase::Construction, Test::fixedToday.addMonths(-4), {}, {}, false}};
        const Result<qint64> added = Edit::addProduct(ws(), p);
        QVERIFY(added);
        const qint64 id = added.value();
        QVERIFY(id);
        Roadmap r = RoadmapRules::blank(id, Test::fixedToday);
        r.end = Test::fixedToday.addMonths(6).addDays(-1);
        r.budgetRequest = {{QStringLiteral("development"), request}};
        ws().roadmaps().save(r);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>(m_clock);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openDatabase(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite"))));
        addProduct(QStringLiteral("alpha"), 200'000);
        addProduct(QStringLiteral("beta"), 150'000);
        addProduct(QStringLiteral("gamma"), 180'000);
        ws().notifyPortfolioReset();
    }

    void cleanup() { m_window.reset(); }

    void poolProposeEditUndoChoose()
    {
        QAction *action = menuAction(m_window.get(), QStringLiteral("Funding pools…"));
        QVERIFY(action);
        action->trigger();
        AllocationWindow *window = Test::topLevel<AllocationWindow>();
        QVERIFY(window);
        window->resize(1366, 768);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QVERIFY(window->summary()->text().contains(QStringLiteral("No funding pool yet")));

        // A pool of 400 k€ through the dialog.
        Test::whenOpen<AllocationPoolDialog>([](AllocationPoolDialog *dialog) {
            dialog->nameEdit()->setFocus();
            QTRY_COMPARE(QApplication::focusWidget(), dialog->nameEdit());
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Call 2027"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);  // source
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("DINUM"));
            dialog->amountEdit()->setFocus();
            QTRY_COMPARE(QApplication::focusWidget(), dialog->amountEdit());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("400000"));
            QCOMPARE(dialog->amountEdit()->value(), 400'000);
            QTest::mouseClick(button(dialog, QStringLiteral("OK")), Qt::LeftButton);
        });
        QTest::mouseClick(button(window, QStringLiteral("New pool…")), Qt::LeftButton);
        const qint64 poolId = window->currentPoolId();
        QVERIFY(poolId);
        const FundingPool pool = *AllocationRepository(ws().database()).pool(poolId);
        QCOMPARE(pool.name, QStringLiteral("Call 2027"));
        QCOMPARE(pool.source, QStringLiteral("DINUM"));
        QCOMPARE(pool.amount, 400'000);
        QVERIFY(window->summary()->text().contains(QStringLiteral("3 candidate products")));

        // The solver's proposal: 400 k€ shared, minimums 125 k€ each.
        QTest::mouseClick(button(window, QStringLiteral("Propose with the solver")), Qt::LeftButton);
        const qint64 scenarioId = window->currentScenarioId();
        QVERIFY(scenarioId);
        QCOMPARE(AllocationRepository(ws().database()).scenario(scenarioId)->total(), 400'000);
        AllocationLineModel *lines = window->lineModel();
        QCOMPARE(lines->rowCount(), 3);

        // What-if: type 130000 in alpha's amount, Enter; Ctrl+Z undoes.
        const qint64 before = lines->index(0, AllocationLineModel::Amount).data(Qt::EditRole).toLongLong();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        window->lineTable()->setFocus();
        window->lineTable()->setCurrentIndex(lines->index(0, AllocationLineModel::Amount));
        QTRY_COMPARE(QApplication::focusWidget(), window->lineTable());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
        QTRY_VERIFY(QApplication::focusWidget() != window->lineTable());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("130000"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(lines->index(0, AllocationLineModel::Amount).data(Qt::EditRole).toLongLong(), 130'000);
        QTRY_COMPARE(QApplication::focusWidget(), window->lineTable());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(lines->index(0, AllocationLineModel::Amount).data(Qt::EditRole).toLongLong(), before);

        // Chosen for the session.
        QTest::mouseClick(button(window, QStringLiteral("Choose for the session")), Qt::LeftButton);
        QCOMPARE(AllocationRepository(ws().database()).pool(poolId)->chosenScenarioId, scenarioId);
        QVERIFY(window->scenarioModel()->index(0, 0).data(AllocationScenarioModel::ChosenRole).toBool());

        // A second scenario copies the first: both side by side.
        QTest::mouseClick(button(window, QStringLiteral("New scenario")), Qt::LeftButton);
        QCOMPARE(window->scenarioModel()->rowCount(), 2);
        QVERIFY(window->width() <= 1366 && window->height() <= 768);
        if (qEnvironmentVariableIsSet("COMITE_GRAB"))
            window->grab().save(qEnvironmentVariable("COMITE_GRAB"));
    }

    // The chosen scenario is the decision's starting point; the sessions
    // window shows what the pool has left as decisions are recorded.
    void chosenScenarioStartsTheDecision()
    {
        const Test::SessionFixture fixture(ws());
        const qint64 sessionId = fixture.create(ws());
        QVERIFY(sessionId);
        FundingPool pool;
        pool.name = QStringLiteral("Call 2027");
        pool.start = Test::fixedToday;
        pool.end = Test::fixedToday.addMonths(6).addDays(-1);
        pool.amount = 400'000;
        const qint64 poolId = Edit::addPool(ws(), pool).value();
        AllocationScenario s;
        s.poolId = poolId;
        s.name = QStringLiteral("Plan A");
        s.lines = {{0, fixture.velo, 180'000, {}, {}, QStringLiteral("pending proof of impact")}};
        const qint64 scenarioId = Edit::addScenario(ws(), s).value();
        QVERIFY(Edit::chooseScenario(ws(), poolId, scenarioId).ok());

        {
            DecisionDialog dialog(ws(), sessionId, fixture.velo, m_window.get());
            QVERIFY(dialog.budgetBox()->isChecked());
            QCOMPARE(dialog.amountEdit()->value(), 180'000);
            QCOMPARE(dialog.conditionsEdit()->toPlainText(), QStringLiteral("pending proof of impact"));
            QCOMPARE(dialog.periodStartEdit()->date(), pool.start);
        }
        {
            DecisionDialog dialog(ws(), sessionId, fixture.bus, m_window.get());  // not in the scenario
            QVERIFY(!dialog.budgetBox()->isChecked());
        }

        SessionsWindow *sessions = m_window->showSessions();
        QVERIFY(sessions);
        sessions->showSession(sessionId);
        auto *left = sessions->findChild<AllocationRemainingLabel *>();
        QVERIFY(left);
        QTRY_VERIFY(left->isVisible());
        QVERIFY2(left->text().contains(QStringLiteral("€400,000 left of €400,000")), qPrintable(left->text()));
        Decision d = Test::SessionFixture::decision(fixture.velo);
        d.amount = 150'000;
        const Result<void> decided = Edit::setDecision(ws(), sessionId, d);
        QVERIFY2(decided, qPrintable(decided ? QString() : decided.error().message));
        QTRY_VERIFY2(left->text().contains(QStringLiteral("€250,000 left of €400,000")), qPrintable(left->text()));
    }
};

QTEST_MAIN(TestGuiAllocation)
#include "tst_gui_allocation.moc"
