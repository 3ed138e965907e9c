// IndicatorModel (indicators grouped by matrix principle), MeasurementModel
// and TargetModel under QAbstractItemModelTester: what the columns and
// roles hold, row-precise signals that follow edits, undo and redo
// (inserted, removed, moved between principles), setData through undoable
// edits and refused edits.

#include "commands/indicatoredits.h"
#include "domain/displayformat.h"
#include "itemmodels/indicatormodel.h"
#include "itemmodels/measurementmodel.h"
#include "itemmodels/targetmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Comite;

class TestIndicatorModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_ws;
    qint64 m_product = 0;
    qint64 m_users = 0;
    qint64 m_jobs = 0;

    Workspace &ws() { return **m_ws; }
    QUndoStack *stack() { return ws().undoStack(); }

    Indicator make(const QString &name, IndicatorKind kind, MatrixPrinciple principle, const QString &mandatory = {})
    {
        Indicator i;
        i.productId = m_product;
        i.name = name;
        i.kind = kind;
        i.principle = principle;
        i.mandatory = mandatory;
        return i;
    }

    static int group(MatrixPrinciple p) { return int(p); }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        Product p = Test::sampleProduct(QStringLiteral("velo"));
        p.phases = {PhaseRecord{Phase::Construction, {2025, 1, 1}, {}, {}, false}};
        m_product = ws().products().insert(p);
        Indicator users = make(QStringLiteral("Utilisateurs actifs"), IndicatorKind::Usage, MatrixPrinciple::Used,
                               ImpactMatrix::MonthlyActiveUsers);
        users.unit = QStringLiteral("utilisateurs");
        users.northStar = true;
        const Result<qint64> addedUsers = Edit::addIndicator(ws(), users);
        QVERIFY(addedUsers);
        m_users = addedUsers.value();
        const Result<qint64> addedJobs = Edit::addIndicator(
            ws(), make(QStringLiteral("Emplois pourvus"), IndicatorKind::Impact, MatrixPrinciple::Impactful, QStringLiteral("policy-impact")));
        QVERIFY(addedJobs);
        m_jobs = addedJobs.value();
        for (int m = 0; m < 6; ++m)
            QVERIFY(Edit::addMeasurement(ws(), Measurement{0, m_users, QDate(2026, 6, 1).addMonths(m), 1000.0 + 250 * m, {}}));
        QVERIFY(Edit::addTarget(ws(), IndicatorTarget{0, m_users, {2027, 6, 30}, 4500}));
        stack()->clear();
    }

    void cleanup() { m_ws.reset(); }

    void indicatorTree()
    {
        IndicatorModel model(ws(), m_product);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Usable"));
        QCOMPARE(model.index(4, IndicatorModel::Name).data(IndicatorModel::PrincipleKeyRole).toString(), QStringLiteral("efficient"));
        const QModelIndex used = model.index(group(MatrixPrinciple::Used), 0);
        QCOMPARE(model.rowCount(used), 1);
        const QModelIndex users = model.index(0, 0, used);
        QCOMPARE(users.data(IndicatorModel::IndicatorIdRole).toLongLong(), m_users);
        QCOMPARE(users.data().toString(), QStringLiteral("★ Utilisateurs actifs"));
        QCOMPARE(users.siblingAtColumn(IndicatorModel::Latest).data().toString(), QStringLiteral("2,250\u00a0utilisateurs"));
        // 2026-11 against 2026-08: 2,250 / 1,500.
        QCOMPARE(users.siblingAtColumn(IndicatorModel::Trend).data().toString(), QStringLiteral("▲ +50%"));
        QCOMPARE(users.siblingAtColumn(IndicatorModel::Trend).data(IndicatorModel::TrendRole).toInt(),
                 int(IndicatorTrend::Improving));
        QCOMPARE(users.siblingAtColumn(IndicatorModel::Target).data().toString(), QStringLiteral("50%"));
        QCOMPARE(users.siblingAtColumn(IndicatorModel::Target).data(IndicatorModel::AttainmentRole).toDouble(), 0.5);
        QCOMPARE(users.siblingAtColumn(IndicatorModel::Fills).data().toString(), QStringLiteral("Monthly active users"));
        QCOMPARE(model.seriesAt(users)->measurements.size(), 6);
        QVERIFY(!model.seriesAt(used));
        QCOMPARE(model.indexOf(m_jobs).parent().row(), group(MatrixPrinciple::Impactful));

        // Missing mandatory indicators on the principle rows.
        QCOMPARE(model.index(0, 0).data(IndicatorModel::MissingRole).toStringList(), QStringList{"ease-of-use"});
        QCOMPARE(model.index(0, IndicatorModel::Fills).data().toString(), QStringLiteral("Missing: Ease-of-use score"));
        QVERIFY(model.index(0, IndicatorModel::Fills).data(IndicatorModel::WarningRole).toBool());
        QCOMPARE(model.index(group(MatrixPrinciple::Efficient), 0).data(IndicatorModel::MissingRole).toStringList(),
                 QStringList{"cost-per-use"});  // no spending yet
    }

    void indicatorTreeFollowsEdits()
    {
        IndicatorModel model(ws(), m_product);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const Result<qint64> addedEase = Edit::addIndicator(
            ws(), make(QStringLiteral("Note de facilité"), IndicatorKind::Usage, MatrixPrinciple::Usable, QStringLiteral("ease-of-use")));
        QVERIFY(addedEase);
        const qint64 ease = addedEase.value();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted[0][0].value<QModelIndex>().row(), group(MatrixPrinciple::Usable));
        QCOMPARE(model.index(0, 0).data(IndicatorModel::MissingRole).toStringList(), QStringList{});
        stack()->undo();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        stack()->redo();
        QCOMPARE(model.indexOf(ease).parent().row(), 0);

        // A measurement changes one row (and no reset).
        changed.clear();
        QVERIFY(Edit::addMeasurement(ws(), Measurement{0, m_jobs, {2026, 11, 1}, 12, {}}));
        const QModelIndex jobs = model.indexOf(m_jobs);
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(),
                            [&](const QList<QVariant> &args) { return args[0].value<QModelIndex>() == jobs; }));
        QCOMPARE(jobs.siblingAtColumn(IndicatorModel::Latest).data().toString(), QStringLiteral("12"));

        // Moving an indicator to another principle: removed there, inserted here.
        inserted.clear();
        removed.clear();
        Indicator moved = *ws().indicators().load(m_jobs);
        moved.principle = MatrixPrinciple::Useful;
        moved.mandatory.clear();
        QVERIFY(Edit::updateIndicator(ws(), moved));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.indexOf(m_jobs).parent().row(), group(MatrixPrinciple::Useful));
        stack()->undo();
        QCOMPARE(model.indexOf(m_jobs).parent().row(), group(MatrixPrinciple::Impactful));
        QCOMPARE(reset.size(), 0);

        // Spending fills "cost per use" on the Efficient row.
        for (int m = 1; m <= 12; ++m)
            ws().spending().insert(SpendingEntry{0, m_product, QDate(2025, 10, 1).addMonths(m).toString("yyyy-MM"),
                                                 QStringLiteral("development"), 22500, false});
        ws().notifyProductChanged(m_product, ProductChange::Spending);
        const QModelIndex efficient = model.index(group(MatrixPrinciple::Efficient), IndicatorModel::Latest);
        QCOMPARE(efficient.data().toString(), DisplayFormat::cost(120) + QStringLiteral(" per user"));  // 270,000 / 2,250
        QVERIFY(efficient.siblingAtColumn(0).data(IndicatorModel::MissingRole).toStringList().isEmpty());
    }

    void measurementModel()
    {
        MeasurementModel model(ws(), m_users);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refused(&model, &ReferenceTableModel::editRefused);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(0, MeasurementModel::Date).data(Qt::EditRole).toDate(), QDate(2026, 6, 1));
        QCOMPARE(model.index(5, MeasurementModel::Value).data().toString(), QStringLiteral("2,250\u00a0utilisateurs"));
        QCOMPARE(model.index(5, MeasurementModel::Value).data(Qt::EditRole).toDouble(), 2250.0);

        // setData goes through an undoable edit.
        QVERIFY(model.setData(model.index(5, MeasurementModel::Value), 2300.5));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(ws().indicators().measurements(m_users).last().value, 2300.5);
        QCOMPARE(model.index(5, MeasurementModel::Value).data().toString(), QStringLiteral("2,301\u00a0utilisateurs"));
        stack()->undo();
        QCOMPARE(model.index(5, MeasurementModel::Value).data(Qt::EditRole).toDouble(), 2250.0);

        QVERIFY(model.setData(model.index(0, MeasurementModel::Comment), QStringLiteral("lancement")));
        QCOMPARE(model.index(0, MeasurementModel::Comment).data().toString(), QStringLiteral("lancement"));

        // Refused: the date of another row; not a number.
        QVERIFY(!model.setData(model.index(0, MeasurementModel::Date), QDate(2026, 7, 1)));
        QVERIFY(!model.setData(model.index(0, MeasurementModel::Value), QStringLiteral("beaucoup")));
        QCOMPARE(refused.size(), 2);

        const int row = model.addMeasurement({2026, 5, 1}, 900);
        QCOMPARE(row, 6);
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(model.removeMeasurement(row));
        QCOMPARE(model.rowCount(), 6);
        stack()->undo();
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.addMeasurement(Test::fixedToday.addDays(3), 1), -1);
        QCOMPARE(refused.size(), 3);

        // Another indicator's edits leave it alone.
        QSignalSpy any(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(Edit::addMeasurement(ws(), Measurement{0, m_jobs, {2026, 11, 1}, 3, {}}));
        QCOMPARE(any.size(), 0);
        QCOMPARE(model.rowCount(), 7);
    }

    void targetModel()
    {
        TargetModel model(ws(), m_users);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, TargetModel::Status).data().toString(), QStringLiteral("Ahead"));
        QVERIFY(model.index(0, TargetModel::Status).data(TargetModel::ReachedRole).isNull());

        const int past = model.addTarget({2026, 9, 30}, 1500);  // 1,750 measured on 2026-09-01
        QCOMPARE(model.index(past, TargetModel::Status).data().toString(), QStringLiteral("Reached"));
        QVERIFY(model.setData(model.index(past, TargetModel::Value), 2000));
        QCOMPARE(model.index(past, TargetModel::Status).data().toString(), QStringLiteral("Missed"));
        QCOMPARE(ws().indicators().targets(m_users).first().value, 2000.0);

        // A new measurement moves the status of the row.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(Edit::addMeasurement(ws(), Measurement{0, m_users, {2026, 9, 20}, 2100, {}}));
        QCOMPARE(model.index(past, TargetModel::Status).data().toString(), QStringLiteral("Reached"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>(), model.index(past, TargetModel::Status));

        QVERIFY(model.removeTarget(past));
        QCOMPARE(model.rowCount(), 1);
        stack()->undo();
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!(model.flags(model.index(0, TargetModel::Status)) & Qt::ItemIsEditable));
    }
};

QTEST_MAIN(TestIndicatorModels)
#include "tst_indicatormodels.moc"
