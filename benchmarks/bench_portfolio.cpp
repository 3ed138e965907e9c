// Portfolio benchmarks at any size (issue #19): a generated portfolio of
// BENCH_N products (default 1,000) over 60 months: generation, opening the
// window, the summary (in process and as a command), a product view, one
// filter keystroke, the indicator facts, the portfolio chart, a
// deliberation, the programme report, an incubator's allocation and the
// memory of the open window.
// BENCH_DB names a portfolio generated beforehand (reused, never written):
// a file or a PostgreSQL address.
// Figures, not pass/fail: scripts/benchmark-growth.sh runs it at 1k, 10k
// and 100k and prints the growth table.

#include "allocation/allocationsolver.h"
#include "charts/chartdataportfolio.h"
#include "deliberationexport.h"
#include "demo/syntheticportfolio.h"
#include "io/portfoliojson.h"
#include "itemmodels/portfoliofiltermodel.h"
#include "itemmodels/portfoliomodel.h"
#include "mainwindow.h"
#include "portfoliochartview.h"
#include "portfolioview.h"
#include "productview.h"
#include "reports/programmeexport.h"
#include "reports/programmereportloader.h"
#include "storage/allocationrepository.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <sys/resource.h>

using namespace Comite;

namespace {
int benchSize()
{
    const int n = qEnvironmentVariableIntValue("BENCH_N");
    return n > 0 ? n : 1000;
}

// VmHWM (peak) and VmRSS (now) of this process, in MB.
QString memory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    QStringList parts;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:") || line.startsWith("VmRSS:")) {
            const QList<QByteArray> f = line.simplified().split(' ');
            parts << QStringLiteral("%1 %2 MB").arg(QString::fromLatin1(f.value(0)), QString::number(f.value(1).toLongLong() / 1024));
        }
    }
    return parts.join(QStringLiteral(", "));
}
// CPU time of this process and of the commands it ran, in ms: on a machine
// shared with other builds the wall time says little, the CPU time stays.
double cpuMs()
{
    double total = 0;
    for (int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage u{};
        getrusage(who, &u);
        total += (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
    }
    return total;
}

// One figure: wall and CPU time per iteration of a QBENCHMARK loop, printed
// as "FIGURE name N wall-ms cpu-ms" for scripts/benchmark-growth.sh.
class Figure
{
public:
    Figure(const char *name, int n) : m_name(name), m_n(n), m_cpu(cpuMs()) { m_wall.start(); }
    void iteration() { ++m_iterations; }
    ~Figure()
    {
        const int k = std::max(1, m_iterations);
        qInfo("FIGURE %s %d %.2f %.2f", m_name, m_n, double(m_wall.nsecsElapsed()) / 1e6 / k, (cpuMs() - m_cpu) / k);
    }

private:
    const char *m_name;
    int m_n;
    double m_cpu;
    QElapsedTimer m_wall;
    int m_iterations = 0;
};
} // namespace

class BenchPortfolio : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{Test::fixedToday};
    const int m_n = benchSize();
    QString m_path;
    QString path() const { return m_path; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = qEnvironmentVariable("BENCH_DB");
        if (!m_path.isEmpty() && (m_path.contains(QLatin1String("://")) || QFile::exists(m_path)))
            return;  // a file, or a PostgreSQL server's address
        m_path = m_dir.filePath(QStringLiteral("bench.sqlite"));
        auto db = Database::open(path());
        SyntheticPortfolio::write(*db, {m_n, 60, 1, Test::fixedToday});
    }

    void generate()
    {
        // Through the real command, as a user runs it.
        const QString target = m_dir.filePath(QStringLiteral("generated.sqlite"));
        Figure figure("generate", m_n);
        QBENCHMARK_ONCE {
            const Test::Run run = Test::comite({QStringLiteral("generate"), QStringLiteral("--db"), target, QStringLiteral("--products"),
                                                QString::number(m_n), QStringLiteral("--months"), QStringLiteral("60"),
                                                QStringLiteral("--today"), QStringLiteral("2026-11-24")});
            QCOMPARE(run.exitCode, 0);
            figure.iteration();
        }
        QFile::remove(target);
    }

    void openWindow()
    {
        Figure figure("window open", m_n);
        QBENCHMARK {
            MainWindow window(m_clock);
            window.show();
            QVERIFY(window.openDatabase(path()));
            QCoreApplication::processEvents();
            QCOMPARE(window.portfolio()->model()->rowCount(), m_n);
            figure.iteration();
        }
    }

    // Run alone in a fresh process (scripts/benchmark-growth.sh) so the
    // peak is the open window's, not the generation's.
    void openWindowMemory()
    {
        MainWindow window(m_clock);
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openDatabase(path()));
        QCoreApplication::processEvents();
        QCOMPARE(window.portfolio()->model()->rowCount(), m_n);
        qInfo("MEMORY %d products, window open: %s", m_n, qPrintable(memory()));
    }

    void summaryInProcess()
    {
        Workspace ws(Database::open(path()), m_clock);
        Figure figure("summary in process", m_n);
        QBENCHMARK {
            const QJsonObject s = PortfolioJson::summary(ws);
            QCOMPARE(s.value(QStringLiteral("products")).toInt(), m_n);
            figure.iteration();
        }
    }

    void summaryCommand()
    {
        Figure figure("summary --json command", m_n);
        QBENCHMARK {
            const Test::Run run = Test::comite({QStringLiteral("summary"), QStringLiteral("--db"), path(), QStringLiteral("--json"),
                                                QStringLiteral("--today"), QStringLiteral("2026-11-24")});
            QCOMPARE(run.exitCode, 0);
            figure.iteration();
        }
    }

    void productView()
    {
        Workspace ws(Database::open(path()), m_clock);
        const qint64 id = *ws.products().idForSlug(QStringLiteral("produit-%1").arg(m_n / 2));
        Figure figure("product view", m_n);
        QBENCHMARK {
            ProductView view(ws, id);
            view.resize(1200, 800);
            view.show();
            QCoreApplication::processEvents();
            QVERIFY(!view.grab().isNull());
            figure.iteration();
        }
    }

    void filterKeystroke()
    {
        Workspace ws(Database::open(path()), m_clock);
        PortfolioView view(ws);
        view.resize(1200, 800);
        view.show();
        QCoreApplication::processEvents();
        int i = 0;
        Figure figure("filter keystroke", m_n);
        QBENCHMARK {
            // One keystroke: a letter typed, then erased on the next round.
            if (i++ % 2 == 0)
                QTest::keyClick(view.searchField(), Qt::Key_E);
            else
                QTest::keyClick(view.searchField(), Qt::Key_Backspace);
            view.table()->viewport()->repaint();
            figure.iteration();
        }
    }

    // The indicator facts alone (the chart's and the alerts' inputs).
    void indicatorFacts()
    {
        Workspace ws(Database::open(path()), m_clock);
        Figure figure("indicator facts", m_n);
        QBENCHMARK {
            QVERIFY(!ws.products().indicatorFacts().isEmpty());
            figure.iteration();
        }
    }

    void portfolioChart() { chartRounds("portfolio chart", true); }
    // The drawing part alone: the summaries read once, before the rounds.
    void portfolioChartDrawing() { chartRounds("portfolio chart drawing", false); }

    // A held committee's deliberation, exported to PDF: one product's
    // session read out of the whole portfolio, charts drawn, written.
    void deliberation()
    {
        Workspace ws(Database::open(path()), m_clock);
        const qint64 product = *ws.products().idForSlug(QStringLiteral("produit-%1").arg(m_n / 2));
        const DeliberationExport::Options options{DeliberationFormat::Pdf, {}, false, QLocale(QLocale::French, QLocale::France)};
        qint64 session = 0;
        const QList<qint64> sessions = ws.sessions().sessionsOfProduct(product);
        for (auto it = sessions.crbegin(); it != sessions.crend() && !session; ++it) {
            if (DeliberationExport::sessionDocument(ws, *it, options))
                session = *it;
        }
        QVERIFY(session);
        const QString pdf = m_dir.filePath(QStringLiteral("deliberation.pdf"));
        Figure figure("deliberation", m_n);
        QBENCHMARK {
            QString error;
            QVERIFY2(DeliberationExport::exportSession(ws, session, pdf, options, &error), qPrintable(error));
            figure.iteration();
        }
    }

    // The programme report over every product: facts read, report
    // computed, document made with its charts.
    void programmeReport()
    {
        Workspace ws(Database::open(path()), m_clock);
        Figure figure("programme report", m_n);
        QBENCHMARK {
            const Result<ProgrammeReport> report = ProgrammeReportLoader::load(ws);
            QVERIFY(report.ok());
            QCOMPARE(report.value().products, m_n);
            QVERIFY(ProgrammeExport::document(report.value()).blocks.size() > 10);
            figure.iteration();
        }
    }

    // A six-month pool for one incubator's products (about 80 whatever the
    // portfolio's size): the summaries read, the problem built, solved.
    void allocation()
    {
        Workspace ws(Database::open(path()), m_clock);
        FundingPool pool;
        pool.name = QStringLiteral("Bench");
        pool.start = Test::fixedToday;
        pool.end = Test::fixedToday.addMonths(6).addDays(-1);
        pool.amount = 5'000'000;
        pool.incubatorIds = {ws.products().summaries().value(m_n / 2).incubatorId};
        qsizetype candidates = 0;
        Figure figure("allocation", m_n);
        QBENCHMARK {
            const AllocationProblem problem = AllocationRepository(ws.database()).problem(pool, ws.products());
            const Result<AllocationProposal> proposal = AllocationSolver::solve(problem);
            QVERIFY2(proposal.ok(), qPrintable(proposal.ok() ? QString() : proposal.error().message));
            candidates = problem.candidates().size();
            figure.iteration();
        }
        QVERIFY(candidates > 10);
    }

private:
    void chartRounds(const char *name, bool readEachRound)
    {
        Workspace ws(Database::open(path()), m_clock);
        auto read = [&] { return ChartDataPortfolio::build(ws.products().summaries(), PortfolioChart::CostPerUse, ws.today()); };
        const PortfolioChart once = readEachRound ? PortfolioChart() : read();
        PortfolioChartView view;
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Figure figure(name, m_n);
        QBENCHMARK {
            view.setData(readEachRound ? read() : once);
            QVERIFY(!view.grab().isNull());
            figure.iteration();
        }
    }
};

QTEST_MAIN(BenchPortfolio)
#include "bench_portfolio.moc"
