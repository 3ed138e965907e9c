// Indicator benchmarks (issue targets): a product chart of 8 series × 60
// points drawn (≤ 50 ms), the sponsors' portfolio chart over 1,000 products
// (≤ 200 ms, reading the summaries included), and a 10,000-line CSV of
// measurements read and imported (≤ 0.5 s). Figures, not pass/fail: run
// scripts/benchmark.sh.

#include "chartview.h"
#include "commands/indicatoredits.h"
#include "commands/productedits.h"
#include "charts/chartdata.h"
#include "charts/chartdataportfolio.h"
#include "io/measurementcsv.h"
#include "demo/syntheticportfolio.h"
#include "portfoliochartview.h"
#include "testsupport.h"

#include <QTest>

using namespace Comite;

class BenchIndicators : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{Test::fixedToday};
    QString portfolioPath() const { return m_dir.filePath(QStringLiteral("portfolio.sqlite")); }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::open(portfolioPath());
        SyntheticPortfolio::write(*db, {1000, 60, 1, Test::fixedToday});
    }

    void productChart8Series60Points()
    {
        TimeChart chart;
        chart.title = QStringLiteral("Huit indicateurs");
        chart.from = Test::fixedToday.addMonths(-60);
        chart.to = Test::fixedToday;
        chart.yMin = 0;
        chart.yMax = 1000;
        for (int s = 0; s < 8; ++s) {
            ChartLine line;
            line.name = QStringLiteral("Indicateur %1").arg(s + 1);
            line.emphasised = s == 0;
            for (int m = 0; m < 60; ++m)
                line.points << QPointF(ChartData::x(chart.from.addMonths(m)), 100 + s * 90 + m * 1.5 + (m % 7) * 4);
            chart.lines << line;
        }
        chart.markers = {{Test::fixedToday.addMonths(-18), QStringLiteral("Comité")},
                         {Test::fixedToday.addMonths(-6), QStringLiteral("Comité")}};
        ChartView view;
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QBENCHMARK {
            view.setData(chart);
            QImage image = view.grab().toImage();  // built and painted
            QVERIFY(!image.isNull());
        }
    }

    void portfolioChart1000Products()
    {
        Workspace ws(Database::open(portfolioPath()), m_clock);
        PortfolioChartView view;
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QBENCHMARK {
            const PortfolioChart data = ChartDataPortfolio::build(ws.products().summaries(), PortfolioChart::CostPerUse,
                                                                  ws.today());
            view.setData(data);
            QVERIFY(!view.grab().isNull());
        }
    }

    void csv10000LinesImported()
    {
        Test::TempWorkspace ws;
        const Result<qint64> added = Edit::addProduct(*ws, Test::sampleProduct(QStringLiteral("velo")));
        QVERIFY(added);
        const qint64 product = added.value();
        QStringList names;
        for (int i = 0; i < 4; ++i) {
            Indicator indicator;
            indicator.productId = product;
            indicator.name = QStringLiteral("Indicateur %1").arg(i + 1);
            QVERIFY(Edit::addIndicator(*ws, indicator));
            names << indicator.name;
        }
        // 2,500 days × 4 indicators, French headers, decimal commas and
        // spaced thousands, as analytics tools export them.
        QByteArray csv = "date;indicateur;valeur\n";
        const QDate start = Test::fixedToday.addDays(-2499);
        for (int d = 0; d < 2500; ++d) {
            for (int i = 0; i < 4; ++i)
                csv += start.addDays(d).toString(Qt::ISODate).toUtf8() + ';' + names[i].toUtf8() + ";1 "
                    + QByteArray::number(100 + (d * 7 + i * 13) % 900) + ",5\n";
        }
        const QList<Indicator> indicators = ws->indicators().forProduct(product);
        QBENCHMARK_ONCE {
            const MeasurementCsvResult result = MeasurementCsv::parse(csv, indicators, ws->today());
            QVERIFY(result.ok());
            QCOMPARE(result.rows.size(), 10000);
            QVERIFY(Edit::importMeasurements(*ws, product, result.measurements()));
        }
        int stored = 0;
        for (const Indicator &i : indicators)
            stored += ws->indicators().measurements(i.id).size();
        QCOMPARE(stored, 10000);
    }
};

QTEST_MAIN(BenchIndicators)
#include "bench_indicators.moc"
