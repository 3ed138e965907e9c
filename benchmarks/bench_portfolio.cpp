// Foundation benchmarks on a generated portfolio of 1,000 products over 60
// months: generation, opening the window, the summary, and one filter
// keystroke. Figures, not pass/fail: run scripts/benchmark.sh.

#include "io/portfoliojson.h"
#include "demo/syntheticportfolio.h"
#include "itemmodels/portfoliofiltermodel.h"
#include "itemmodels/portfoliomodel.h"
#include "mainwindow.h"
#include "portfolioview.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Comite;

class BenchPortfolio : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{Test::fixedToday};
    QString path() const { return m_dir.filePath(QStringLiteral("bench.sqlite")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto db = Database::open(path());
        SyntheticPortfolio::write(*db, {1000, 60, 1, Test::fixedToday});
    }

    void generate1000Products60Months()
    {
        // Through the real command, as a user runs it.
        const QString target = m_dir.filePath(QStringLiteral("generated.sqlite"));
        QBENCHMARK_ONCE {
            const Test::Run run = Test::comite({QStringLiteral("generate"), QStringLiteral("--db"), target,
                                                QStringLiteral("--products"), QStringLiteral("1000"),
                                                QStringLiteral("--months"), QStringLiteral("60")});
            QCOMPARE(run.exitCode, 0);
        }
    }

    void openWindowWithPortfolio()
    {
        QBENCHMARK {
            MainWindow window(m_clock);
            window.show();
            QVERIFY(window.openDatabase(path()));
            QCoreApplication::processEvents();
            QCOMPARE(window.portfolio()->model()->rowCount(), 1000);
        }
    }

    void summaryInProcess()
    {
        Workspace ws(Database::open(path()), m_clock);
        QBENCHMARK {
            const QJsonObject s = PortfolioJson::summary(ws);
            QCOMPARE(s.value(QStringLiteral("products")).toInt(), 1000);
        }
    }

    void summaryCommand()
    {
        QBENCHMARK {
            const Test::Run run = Test::comite({QStringLiteral("summary"), QStringLiteral("--db"), path(),
                                                QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2026-11-24")});
            QCOMPARE(run.exitCode, 0);
        }
    }

    void filterKeystroke1000Rows()
    {
        Workspace ws(Database::open(path()), m_clock);
        PortfolioView view(ws);
        view.resize(1200, 800);
        view.show();
        QCoreApplication::processEvents();
        int i = 0;
        QBENCHMARK {
            // One keystroke: a letter typed, then erased on the next round.
            if (i++ % 2 == 0)
                QTest::keyClick(view.searchField(), Qt::Key_E);
            else
                QTest::keyClick(view.searchField(), Qt::Key_Backspace);
            view.table()->viewport()->repaint();
        }
    }
};

QTEST_MAIN(BenchPortfolio)
#include "bench_portfolio.moc"
