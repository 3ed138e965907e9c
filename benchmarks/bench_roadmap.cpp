// Roadmap benchmark (issue target ≤ 100 ms): opening a product view whose
// roadmap, review of the previous period and budget are filled in (the
// demo's « Vélo pour tous »), every tab built, shown and painted once.
// Figures, not pass/fail: run scripts/benchmark.sh.

#include "budgetpage.h"
#include "demo/demoportfolio.h"
#include "productview.h"
#include "roadmappage.h"
#include "testsupport.h"

#include <QTabWidget>
#include <QTest>

using namespace Comite;

class BenchRoadmap : public QObject
{
    Q_OBJECT

    Test::TempWorkspace m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        DemoPortfolio::write(m_ws->database(), m_ws->today(), false);
        const qint64 id = *m_ws->products().idForSlug(QStringLiteral("velo-pour-tous"));
        QVERIFY(m_ws->roadmaps().forProduct(id).size() >= 2);
        QVERIFY(!m_ws->envelopes().forProduct(id).isEmpty());
    }

    void openProductWithRoadmapReviewAndBudget()
    {
        const qint64 id = *m_ws->products().idForSlug(QStringLiteral("velo-pour-tous"));
        QBENCHMARK {
            ProductView view(*m_ws, id);
            view.resize(1400, 900);
            view.tabs()->setCurrentWidget(view.roadmapPage());
            view.show();
            view.repaint();
            view.tabs()->setCurrentWidget(view.budgetPage());
            view.repaint();
        }
    }
};

QTEST_MAIN(BenchRoadmap)
#include "bench_roadmap.moc"
