// What showing the portfolio reads: the table measures its first rows'
// warnings (fitColumns) with one batched read of their indicator facts, so
// the statements run do not grow with the rows shown (on a server each is
// a round trip: 1,226 per window open before, at 10,000 products); rows
// scrolled to are read together too.

#include "demo/syntheticportfolio.h"
#include "itemmodels/portfoliofiltermodel.h"
#include "itemmodels/portfoliomodel.h"
#include "portfolioview.h"
#include "testsupport.h"

#include <QSettings>
#include <QStandardPaths>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace Comite;

class TestGuiPortfolioReads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showingManyRowsReadsTheirFactsAtOnce()
    {
        QSettings().remove(QStringLiteral("portfolio"));  // no remembered column widths: the view measures
        Test::TempWorkspace ws;
        SyntheticPortfolio::write(ws->database(), {450, 24, 2, Test::fixedToday});
        const quint64 before = ws->database().statementCount();
        QStringList log;
        ws->database().setStatementLog(&log);
        PortfolioView view(*ws);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();  // the column fit runs from a zero timer
        ws->database().setStatementLog(nullptr);
        const quint64 opened = ws->database().statementCount() - before;
        QVERIFY2(opened < 40, qPrintable(log.join(u'\n')));
        QCOMPARE(view.model()->rowCount(), 450);

        // The 400 rows measured, and the rows on screen, hold their facts: no more reads.
        const quint64 measured = ws->database().statementCount();
        for (int r = 0; r < 400; ++r)
            view.model()->statusAt(view.filterModel()->mapToSource(view.filterModel()->index(r, 0)).row());
        QCOMPARE(ws->database().statementCount(), measured);

        // Scrolled to the last rows (never measured): theirs in one read.
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_End, Qt::ControlModifier);
        QCoreApplication::processEvents();
        const quint64 scrolled = ws->database().statementCount() - measured;
        QVERIFY2(scrolled > 0 && scrolled <= 3, qPrintable(QString::number(scrolled)));
        const quint64 shown = ws->database().statementCount();
        for (int r = view.table()->rowAt(0); r < 450; ++r)
            view.model()->statusAt(view.filterModel()->mapToSource(view.filterModel()->index(r, 0)).row());
        QCOMPARE(ws->database().statementCount(), shown);
    }
};

QTEST_MAIN(TestGuiPortfolioReads)
#include "tst_gui_portfolioreads.moc"
