// The programme report window (issue 18, item 3), driven like a person
// does, offscreen, on the demo portfolio: opened from View > Programme
// report…, the summary, the funnel table and the charts agree with the
// report computed in models/, the incubator and cohort filters re-compute
// it (chosen with the keyboard), a change to the portfolio re-reads it,
// and the export writes every format. With COMITE_SCREENSHOT_DIR set, each
// tab is saved there as a PNG to look at.

#include "guitestsupport.h"

#include "demo/demoportfolio.h"
#include "mainwindow.h"
#include "programmechartview.h"
#include "programmereportwindow.h"
#include "reports/programmereportloader.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>

using namespace Comite;

class TestGuiProgrammeReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{Test::fixedToday};
    std::unique_ptr<MainWindow> m_window;
    QString dbPath() const { return m_dir.filePath(QStringLiteral("programme.sqlite")); }

    void grab(ProgrammeReportWindow *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("COMITE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        {
            auto db = Database::open(dbPath());
            DemoPortfolio::write(*db, Test::fixedToday, false);
        }
        m_window = std::make_unique<MainWindow>(m_clock);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openDatabase(dbPath()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void openFromTheMenu()
    {
        QAction *action = Test::menuAction(m_window.get(), QStringLiteral("Programme report…"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        bool checked = false;
        Test::whenOpen<ProgrammeReportWindow>([&](ProgrammeReportWindow *w) {
            const ProgrammeReport expected = ProgrammeReportLoader::load(*m_window->workspace()).value();
            QCOMPARE(w->report().products, 14);
            QCOMPARE(w->report().cohorts, expected.cohorts);
            // One row per cohort and the total.
            QCOMPARE(w->funnelTable()->rowCount(), int(expected.cohorts.size()) + 1);
            QCOMPARE(w->funnelTable()->item(w->funnelTable()->rowCount() - 1, 1)->text(), QStringLiteral("14"));
            QVERIFY(w->summaryLabel()->text().contains(QStringLiteral("Reached construction")));
            QVERIFY(!w->funnelChart()->data().isEmpty());
            QVERIFY(!w->survivalChart()->data().isEmpty());
            QCOMPARE(w->survivalChart()->chart()->series().size(), 4);
            for (int tab = 0; tab < w->tabs()->count(); ++tab) {
                w->tabs()->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                grab(w, QStringLiteral("programme-report-%1").arg(tab));
            }
            checked = true;
            w->reject();
        });
        action->trigger();
        QVERIFY(checked);
    }

    void filtersAndRefresh()
    {
        Workspace &ws = *m_window->workspace();
        ProgrammeReportWindow w(ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(w.report().products, 14);
        // The incubator, chosen with the keyboard: the first one after "All incubators".
        QCOMPARE(w.incubatorBox()->itemText(0), QStringLiteral("All incubators"));
        QVERIFY(w.incubatorBox()->count() >= 2);
        w.incubatorBox()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(w.incubatorBox()->currentIndex(), 1);
        const QString slug = w.incubatorBox()->currentData().toString();
        const ProgrammeReport one = ProgrammeReportLoader::load(ws, slug).value();
        QCOMPARE(w.report().scope, w.incubatorBox()->currentText());
        QCOMPARE(w.report().products, one.products);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        QCOMPARE(w.report().products, 14);

        // The last cohort only.
        QVERIFY(w.fromBox()->count() >= 2);
        w.fromBox()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
        const int year = w.fromBox()->currentData().toInt();
        QVERIFY(year > 2000);
        QCOMPARE(w.report().fromYear, year);
        QCOMPARE(w.report().cohorts.size(), 1);
        QCOMPARE(w.report().cohorts.first().year, year);
        QVERIFY(w.fromBox()->count() >= 2);  // the years stay offered
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
        QCOMPARE(w.report().fromYear, 0);

        // A product added elsewhere (a re-import): the report re-reads.
        Product p = Test::sampleProduct(QStringLiteral("nouveau"), QStringLiteral("Nouveau"));
        ws.products().insert(p);
        ws.notifyExternalChange();
        QCOMPARE(w.report().products, 15);

        // Export: each format by its suffix; a suffix it does not know is refused.
        for (const QString &suffix : {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("csv"), QStringLiteral("html")}) {
            const QString path = m_dir.filePath(QStringLiteral("report.") + suffix);
            QString error;
            QVERIFY2(w.exportTo(path, &error), qPrintable(error));
            QVERIFY(QFile(path).size() > 100);
        }
        QString error;
        QVERIFY(!w.exportTo(m_dir.filePath(QStringLiteral("report.docx")), &error));
        QVERIFY(error.contains(QStringLiteral("report.docx")));
    }
};

QTEST_MAIN(TestGuiProgrammeReport)
#include "tst_gui_programmereport.moc"
