// Deliberation benchmark: a held three-product session, each product with
// a North Star chart, exported to PDF (read, charts drawn, document laid
// out and written) — target 1 s. Figures, not pass/fail: run
// scripts/benchmark.sh.

#include "commands/deliberationedits.h"
#include "deliberationexport.h"
#include "deliberationfixture.h"
#include "deliberation/deliberationbuilder.h"
#include "deliberation/deliberationwriter.h"

#include <QStandardPaths>
#include <QTest>

using namespace Comite;

class BenchDeliberation : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::DeliberationFixture> m_f;
    QTemporaryDir m_dir;
    bool m_final = false;  // finalRecordToPdf made the deliberation final

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_f = std::make_unique<Test::DeliberationFixture>();
        Workspace &ws = m_f->ws();
        // A North Star for the two other products too: three charts.
        for (qint64 product : {m_f->products.bus, m_f->evil}) {
            Indicator star;
            star.productId = product;
            star.name = QStringLiteral("Trajets");
            star.kind = IndicatorKind::Impact;
            star.principle = MatrixPrinciple::Impactful;
            star.northStar = true;
            const qint64 id = ws.indicators().insert(star);
            for (int m = 12; m >= 0; --m)
                ws.indicators().insert(Measurement{0, id, Test::fixedToday.addMonths(-m), 1000.0 + m * 37, {}});
        }
        const auto data = DeliberationData::load(ws, m_f->sessionId);
        QCOMPARE(data->products.size(), 3);
        for (const DeliberationProduct &p : data->products)
            QVERIFY(!p.northStar.isEmpty());
    }

    void threeProductsToPdf()
    {
        const QString path = m_dir.filePath(QStringLiteral("deliberation.pdf"));
        const DeliberationExport::Options options{DeliberationFormat::Pdf, {}, false, QLocale(QLocale::French, QLocale::France)};
        QBENCHMARK {
            QString error;
            QVERIFY2(DeliberationExport::exportSession(m_f->ws(), m_f->sessionId, path, options, &error), qPrintable(error));
        }
    }

    // The parts: reading with the charts drawn, then laying out and writing.
    void readAndDraw()
    {
        QBENCHMARK {
            auto data = DeliberationData::load(m_f->ws(), m_f->sessionId);
            DeliberationExport::drawCharts(*data);
        }
    }

    void layOutAndWrite()
    {
        auto data = DeliberationData::load(m_f->ws(), m_f->sessionId);
        DeliberationExport::drawCharts(*data);
        const DeliberationDocument doc = DeliberationBuilder(*data).deliberation();
        const QString path = m_dir.filePath(QStringLiteral("written.pdf"));
        QBENCHMARK {
            QVERIFY(DeliberationWriter::write(doc, DeliberationFormat::Pdf, path));
        }
    }

    // A final version: read back from its frozen record (charts included).
    void finalRecordToPdf()
    {
        // QtTest runs a benchmark function again until the figure is stable:
        // the deliberation is made final on the first run only.
        if (!m_final) {
            const Result<void> r = Edit::markDeliberationFinal(m_f->ws(), m_f->sessionId,
                                                               [](DeliberationData &d) { return DeliberationExport::freeze(d); });
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            m_final = true;
        }
        const QString path = m_dir.filePath(QStringLiteral("final.pdf"));
        const DeliberationExport::Options options{DeliberationFormat::Pdf, {}, false, QLocale(QLocale::French, QLocale::France)};
        QString error;
        QBENCHMARK {
            QVERIFY2(DeliberationExport::exportSession(m_f->ws(), m_f->sessionId, path, options, &error), qPrintable(error));
        }
    }

    void cleanupTestCase() { m_f.reset(); }
};

QTEST_MAIN(BenchDeliberation)
#include "bench_deliberation.moc"
