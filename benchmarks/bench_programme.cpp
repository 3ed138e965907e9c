// The programme report (issue 18, item 3) on a generated portfolio of
// 10,000 products over 60 months: reading the facts and computing the
// report in process, the document with its charts, and the whole command
// (`comite report programme --format pdf`) as a user runs it. The issue
// asks for ≤ 2 s. Figures, not pass/fail: run scripts/benchmark.sh.

#include "demo/syntheticportfolio.h"
#include "reports/programmeexport.h"
#include "reports/programmereportloader.h"
#include "storage/programmefactsreader.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Comite;

class BenchProgramme : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{Test::fixedToday};
    QString path() const { return m_dir.filePath(QStringLiteral("bench.sqlite")); }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::open(path());
        QElapsedTimer timer;
        timer.start();
        SyntheticPortfolio::write(*db, {10000, 60, 1, Test::fixedToday});
        qInfo() << "generated 10,000 products in" << timer.elapsed() << "ms";
    }

    void readFacts()
    {
        Workspace ws(Database::openReadOnly(path()), m_clock);
        QBENCHMARK {
            const ProgrammeFacts facts = ProgrammeFactsReader::read(ws.database(), ws.today());
            QCOMPARE(facts.products.size(), 10000);
        }
    }

    void readAndCompute()
    {
        Workspace ws(Database::openReadOnly(path()), m_clock);
        QBENCHMARK {
            const Result<ProgrammeReport> report = ProgrammeReportLoader::load(ws);
            QVERIFY(report.ok());
            QCOMPARE(report.value().products, 10000);
        }
    }

    void documentWithCharts()
    {
        Workspace ws(Database::openReadOnly(path()), m_clock);
        const ProgrammeReport report = ProgrammeReportLoader::load(ws).value();
        QBENCHMARK {
            const DeliberationDocument doc = ProgrammeExport::document(report);
            QVERIFY(doc.blocks.size() > 10);
        }
    }

    void commandPdf()
    {
        const QString out = m_dir.filePath(QStringLiteral("programme.pdf"));
        QBENCHMARK_ONCE {
            const Test::Run run = Test::comite({QStringLiteral("report"), QStringLiteral("programme"), QStringLiteral("--db"), path(),
                                                QStringLiteral("--today"), QStringLiteral("2026-11-24"), QStringLiteral("--format"),
                                                QStringLiteral("pdf"), QStringLiteral("--out"), out});
            QCOMPARE(run.exitCode, 0);
        }
    }

    void commandCsv()
    {
        const QString out = m_dir.filePath(QStringLiteral("programme.csv"));
        QBENCHMARK_ONCE {
            const Test::Run run = Test::comite({QStringLiteral("report"), QStringLiteral("programme"), QStringLiteral("--db"), path(),
                                                QStringLiteral("--today"), QStringLiteral("2026-11-24"), QStringLiteral("--format"),
                                                QStringLiteral("csv"), QStringLiteral("--out"), out});
            QCOMPARE(run.exitCode, 0);
        }
    }
};

QTEST_MAIN(BenchProgramme)
#include "bench_programme.moc"
