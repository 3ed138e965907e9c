// The portfolio chart's points (issue #19): painted by one layer where the
// axes put them (linear and logarithmic), on screen after a resize and a
// palette change (under the median bars) and in the exported image; the
// product under the pointer is found where its point is painted, and named
// in a tooltip.

#include "chartbuilder.h"
#include "chartexport.h"
#include "chartpointslayer.h"
#include "chartstyle.h"
#include "domain/displayformat.h"
#include "guitestsupport.h"
#include "portfoliochartview.h"

#include <QChart>
#include <QChartView>
#include <QLogValueAxis>
#include <QTemporaryDir>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>
#include <memory>

using namespace Comite;

namespace {
PortfolioChart sample(bool logarithmic)
{
    PortfolioChart chart;
    chart.title = QStringLiteral("Cost per use");
    chart.subtitle = QStringLiteral("Products past investigation");
    chart.yTitle = QStringLiteral("€ per user");
    chart.phases = {Phase::Construction, Phase::Acceleration};
    chart.logarithmic = logarithmic;
    // Four a phase: the median bar, painted over the points, crosses none.
    const QList<double> values = logarithmic ? QList<double>{20, 300, 5000, 30000, 50, 800, 9000, 60000}
                                             : QList<double>{100, 300, 700, 850, 200, 450, 650, 900};
    for (int i = 0; i < values.size(); ++i) {
        chart.points << PortfolioChartPoint{i + 1, QStringLiteral("Product %1").arg(i + 1),
                                           i < 4 ? Phase::Construction : Phase::Acceleration, values[i]};
    }
    chart.yMin = logarithmic ? 10 : 0;
    chart.yMax = logarithmic ? 100000 : 1000;
    return chart;
}

bool near(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) <= 3 && std::abs(a.green() - b.green()) <= 3 && std::abs(a.blue() - b.blue()) <= 3;
}

// The height of `value` above the bottom of the plot area, from the axis
// itself: checks the layer's placing independently.
qreal expectedY(QChart *chart, double value)
{
    const QRectF area = chart->plotArea();
    QAbstractAxis *axis = chart->axes(Qt::Vertical).constFirst();
    double low = 0, high = 1, v = value;
    if (auto *log = qobject_cast<QLogValueAxis *>(axis)) {
        low = std::log10(log->min());
        high = std::log10(log->max());
        v = std::log10(value);
    } else if (auto *linear = qobject_cast<QValueAxis *>(axis)) {
        low = linear->min();
        high = linear->max();
    }
    return area.bottom() - (v - low) / (high - low) * area.height();
}

// Left of the first column, in the viewport: no product there.
QPoint emptyCorner(const PortfolioChartView &view)
{
    return view.mapFromScene(view.chart()->mapToScene(view.chart()->plotArea().topLeft() + QPointF(3, 3)));
}
} // namespace

class TestGuiPortfolioChart : public QObject
{
    Q_OBJECT

    std::unique_ptr<PortfolioChartView> m_view;  // shown at 1200 × 700

    // Every point shows its phase's colour at its centre, where the axis
    // puts its value, and pointAt() finds its product there.
    void checkPainted(PortfolioChartView &view)
    {
        QCoreApplication::processEvents();
        const QImage image = view.grab().toImage();
        const PortfolioChart &data = view.data();
        for (int k = 0; k < data.points.size(); ++k) {
            const QRectF rect = view.pointRect(k);
            QVERIFY2(rect.isValid(), qPrintable(data.points[k].title));
            const QPoint centre = rect.center().toPoint();
            QVERIFY2(near(image.pixelColor(centre), Phases::badgeColor(data.points[k].phase)),
                     qPrintable(QStringLiteral("%1 at %2,%3: %4").arg(data.points[k].title).arg(centre.x()).arg(centre.y())
                                    .arg(image.pixelColor(centre).name())));
            QVERIFY(std::abs(rect.center().y() - expectedY(view.chart(), data.points[k].value)) <= 1);
            const PortfolioChartPoint *found = view.pointAt(centre);
            QVERIFY(found);
            QCOMPARE(found->title, data.points[k].title);
            QCOMPARE(view.pointAt(centre + QPoint(int(rect.width() / 2) - 1, 0))->title, data.points[k].title);
        }
        QVERIFY(!view.pointAt(emptyCorner(view)));
    }

private Q_SLOTS:
    void init()
    {
        m_view = std::make_unique<PortfolioChartView>();
        m_view->resize(1200, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup() { m_view.reset(); }

    void pointsArePainted_data()
    {
        QTest::addColumn<bool>("logarithmic");
        QTest::newRow("linear") << false;
        QTest::newRow("logarithmic") << true;
    }

    void pointsArePainted()
    {
        QFETCH(bool, logarithmic);
        m_view->setData(sample(logarithmic));
        checkPainted(*m_view);
        QCOMPARE(m_view->accessibleName(), QStringLiteral("Cost per use"));
        QCOMPARE(m_view->accessibleDescription(), QStringLiteral("Products past investigation"));
    }

    // Three points in a phase: the middle one lies under the median bar,
    // painted over it as Qt Charts did.
    void medianPaintsOverThePoints()
    {
        PortfolioChart data = sample(false);
        data.points.removeAt(3);
        m_view->setData(data);
        QCoreApplication::processEvents();
        const QImage image = m_view->grab().toImage();
        const QColor bar = ChartStyle::forPalette(m_view->palette(), m_view->font()).text;
        QVERIFY(near(image.pixelColor(m_view->pointRect(1).center().toPoint()), bar));
    }

    void resizeAndPalette()
    {
        PortfolioChartView &view = *m_view;
        view.setData(sample(false));
        const QRectF before = view.pointRect(0);
        view.resize(800, 500);
        checkPainted(view);
        QVERIFY(view.pointRect(0) != before);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::WindowText, Qt::white);
        view.setPalette(dark);
        checkPainted(view);
        if (const QString dir = qEnvironmentVariable("COMITE_SCREENSHOTS"); !dir.isEmpty())
            view.grab().save(dir + QStringLiteral("/portfolio-chart-dark.png"));
    }

    void tooltipNamesTheProduct()
    {
        PortfolioChartView &view = *m_view;
        view.setData(sample(false));
        QCoreApplication::processEvents();
        // The pointer rests on the point, then leaves it for an empty spot.
        const QPoint on = view.pointRect(5).center().toPoint();
        QTest::mouseMove(view.viewport(), on);
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("Product 6\n%1").arg(DisplayFormat::cost(450)));
        QTest::mouseMove(view.viewport(), emptyCorner(view));
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    // The export renders a chart of its own: the same layer is in it.
    void exportContainsThePoints()
    {
        const PortfolioChart data = sample(true);
        m_view->setData(data);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        QString error;
        QVERIFY2(m_view->exportTo(path, &error), qPrintable(error));
        const QImage exported(path);
        QCOMPARE(exported.size(), ChartExport::defaultSize());

        // The same chart laid out at the same size tells where the points are.
        ChartPointsLayer *layer = nullptr;
        QChartView twin(ChartBuilder::portfolioChart(data, ChartStyle::forExport(exported.size()), &layer));
        twin.setFrameShape(QFrame::NoFrame);
        twin.resize(exported.size());
        twin.chart()->resize(exported.size());
        QVERIFY(!twin.grab().isNull());
        QVERIFY(layer);
        QCOMPARE(layer->count(), int(data.points.size()));
        for (int k = 0; k < data.points.size(); ++k) {
            const QPoint centre = layer->markerRect(k).center().toPoint();
            QVERIFY2(near(exported.pixelColor(centre), Phases::badgeColor(data.points[k].phase)), qPrintable(data.points[k].title));
        }
    }
};

QTEST_MAIN(TestGuiPortfolioChart)
#include "tst_gui_portfoliochart.moc"
