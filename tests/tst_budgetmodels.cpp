// The budget through the undo stack and its item models: envelopes added,
// edited and removed with exact undo; spending cells (actual for past
// months, forecast from this month) with totals; the portfolio's "next
// committee due" follows the envelope (read set-based with the summaries)
// and its row is refreshed when an envelope changes.

#include "commands/budgetedits.h"
#include "itemmodels/budgetspendingmodel.h"
#include "itemmodels/envelopetablemodel.h"
#include "itemmodels/portfoliomodel.h"
#include "storage/envelopeprojectionreader.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Comite;

class TestBudgetModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempWorkspace> m_ws;
    qint64 m_product = 0;

    Workspace &ws() { return **m_ws; }

    Envelope envelope(QDate start, QDate end, qint64 amount)
    {
        Envelope e;
        e.productId = m_product;
        e.start = start;
        e.end = end;
        e.amount = amount;
        return e;
    }

    void spend(const QString &month, qint64 amount, bool forecast = false, const QString &line = QStringLiteral("development"))
    {
        const Result<void> done = Edit::setSpending(ws(), m_product, month, line, forecast, amount);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        Product p = Test::sampleProduct(QStringLiteral("velo"));
        p.phases = {PhaseRecord{Phase::Construction, QDate(2026, 1, 5), {}, {}, false}};
        m_product = ws().products().insert(p);
        CommitteeReview review;
        review.productId = m_product;
        review.date = QDate(2026, 9, 1);
        ws().committees().record(review);
    }

    void envelopesWithUndo()
    {
        EnvelopeTableModel model(ws(), m_product);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Result<qint64> added = Edit::addEnvelope(ws(), envelope({2026, 7, 1}, {2026, 12, 31}, 240000));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        const qint64 id = added.value();
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.setData(model.index(0, EnvelopeTableModel::Amount), QStringLiteral("250 000")));
        QVERIFY(model.setData(model.index(0, EnvelopeTableModel::Source), QStringLiteral("fast")));
        QCOMPARE(ws().envelopes().load(id)->amount, qint64(250000));
        QCOMPARE(ws().envelopes().load(id)->source, EnvelopeSource::Fast);
        QVERIFY(!model.setData(model.index(0, EnvelopeTableModel::End), QDate(2026, 1, 1)));  // before the start
        QVERIFY(!model.setData(model.index(0, EnvelopeTableModel::Amount), QStringLiteral("0")));
        const Envelope kept = *ws().envelopes().load(id);
        QVERIFY(model.removeEnvelope(0));
        QCOMPARE(model.rowCount(), 0);
        ws().undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(*ws().envelopes().load(id), kept);  // same id, same record
        ws().undoStack()->undo();
        ws().undoStack()->undo();
        QCOMPARE(ws().envelopes().load(id)->amount, qint64(240000));
        const int row = model.addEnvelope(100000);
        QCOMPARE(row, 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.envelopes().at(row).start, Test::fixedToday);
    }

    void spendingCells()
    {
        QVERIFY(Edit::addEnvelope(ws(), envelope({2026, 7, 1}, {2026, 12, 31}, 240000)));
        BudgetSpendingModel model(ws(), m_product);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.months().first(), QStringLiteral("2026-07"));
        QCOMPARE(model.months().last(), QStringLiteral("2026-12"));
        QCOMPARE(model.columnCount(), 8);
        const int october = model.columnOf(QStringLiteral("2026-10"));
        const int december = model.columnOf(QStringLiteral("2026-12"));
        QVERIFY(!model.isForecastMonth(QStringLiteral("2026-10")));
        QVERIFY(model.isForecastMonth(QStringLiteral("2026-11")));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(2, october), QStringLiteral("40 000")));  // development
        QVERIFY(model.setData(model.index(3, december), 10000));  // design, forecast
        QCOMPARE(changed.count(), 4);  // the month column and the total column, twice
        const QList<SpendingEntry> entries = ws().spending().forProduct(m_product);
        QCOMPARE(entries.size(), 2);
        QVERIFY(!entries[0].forecast);
        QVERIFY(entries[1].forecast);
        QCOMPARE(model.data(model.index(model.totalRow(), model.totalColumn()), Qt::EditRole).toString(), QString());
        QCOMPARE(model.data(model.index(3, december), BudgetSpendingModel::IsForecastRole).toBool(), true);
        QVERIFY(model.data(model.index(model.totalRow(), model.totalColumn())).toString().contains(QLatin1String("50")));
        QVERIFY(!model.setData(model.index(2, october), QStringLiteral("lots")));
        QVERIFY(!(model.flags(model.index(model.totalRow(), october)) & Qt::ItemIsEditable));

        QVERIFY(model.setData(model.index(2, october), QString()));  // cleared
        QCOMPARE(ws().spending().forProduct(m_product).size(), 1);
        ws().undoStack()->undo();
        QCOMPARE(ws().spending().forProduct(m_product).size(), 2);
        QCOMPARE(model.data(model.index(2, october), Qt::EditRole).toLongLong(), qint64(40000));

        // Another envelope changes the months shown.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(Edit::addEnvelope(ws(), envelope({2027, 1, 1}, {2027, 6, 30}, 240000)));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.months().last(), QStringLiteral("2027-06"));
    }

    void nextCommitteeDueFollowsTheEnvelope()
    {
        PortfolioModel portfolio(ws());
        QAbstractItemModelTester tester(&portfolio, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(ws().products().summary(m_product)->status(ws().today()).nextCommitteeDue, QDate(2027, 3, 1));

        // 240 000 € from July, 50 000 € a month: runs out on 25 November.
        QSignalSpy changed(&portfolio, &QAbstractItemModel::dataChanged);
        QVERIFY(Edit::addEnvelope(ws(), envelope({2026, 7, 1}, {2026, 12, 31}, 240000)));
        QVERIFY(!changed.isEmpty());
        for (const QString &m : {QStringLiteral("2026-07"), QStringLiteral("2026-08"), QStringLiteral("2026-09"), QStringLiteral("2026-10")})
            spend(m, 50000);
        const auto projections = EnvelopeProjectionReader::read(ws().database(), ws().today());
        QCOMPARE(projections.value(m_product).exhaustion, QDate(2026, 11, 25));
        const ProductStatus status = ws().products().summary(m_product)->status(ws().today());
        QCOMPARE(status.envelopeExhaustion, QDate(2026, 11, 25));
        QCOMPARE(status.nextCommitteeDue, QDate(2026, 10, 26));
        QVERIFY(status.committeeOverdue);
        QCOMPARE(ws().products().summaries().first().status(ws().today()).nextCommitteeDue, QDate(2026, 10, 26));

        // Undoing the spending puts the end of the envelope back.
        for (int i = 0; i < 4; ++i)
            ws().undoStack()->undo();
        QCOMPARE(ws().products().summary(m_product)->status(ws().today()).nextCommitteeDue, QDate(2026, 12, 1));
    }

    void refusedSpending()
    {
        QVERIFY(!Edit::setSpending(ws(), m_product, QStringLiteral("2026-13"), QStringLiteral("data"), false, 1));
        QVERIFY(!Edit::setSpending(ws(), m_product, QStringLiteral("2026-10"), QStringLiteral("lunch"), false, 1));
        QVERIFY(!Edit::setSpending(ws(), m_product, QStringLiteral("2026-10"), QStringLiteral("data"), false, -1));
        QVERIFY(!Edit::addEnvelope(ws(), envelope({}, {}, 10)));
        QCOMPARE(ws().undoStack()->count(), 0);
        // Setting the same amount again is no step.
        spend(QStringLiteral("2026-10"), 5);
        spend(QStringLiteral("2026-10"), 5);
        QCOMPARE(ws().undoStack()->count(), 1);
    }
};

QTEST_MAIN(TestBudgetModels)
#include "tst_budgetmodels.moc"
