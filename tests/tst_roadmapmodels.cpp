// The roadmap item models under QAbstractItemModelTester: the priority
// tree, the review table and the team, support, budget request and
// standards tables. Edits go through the undo stack and the rows follow
// undo and redo with precise signals; refused edits change nothing.

#include "commands/roadmapedits.h"
#include "itemmodels/prioritytreemodel.h"
#include "itemmodels/reviewtablemodel.h"
#include "itemmodels/roadmapbudgetmodel.h"
#include "itemmodels/roadmapstandardsmodel.h"
#include "itemmodels/roadmapsupportmodel.h"
#include "itemmodels/roadmapteammodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Comite;

class TestRoadmapModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempWorkspace> m_ws;
    qint64 m_product = 0;
    qint64 m_roadmap = 0;
    qint64 m_indicator = 0;

    Workspace &ws() { return **m_ws; }
    Roadmap stored() { return *ws().roadmaps().load(m_roadmap); }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        m_product = ws().products().insert(Test::sampleProduct(QStringLiteral("velo")));
        Indicator users;
        users.productId = m_product;
        users.name = QStringLiteral("Collectivités actives");
        m_indicator = ws().indicators().insert(users);
        const Result<qint64> added = Edit::addRoadmap(ws(), RoadmapRules::blank(m_product, QDate(2026, 6, 1)));
        QVERIFY(added);
        m_roadmap = added.value();

        ws().undoStack()->clear();
    }

    void priorityTree()
    {
        PriorityTreeModel model(ws(), m_roadmap);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QVERIFY(model.addPriority(QStringLiteral("Déployer")));
        QVERIFY(model.addPriority(QStringLiteral("Mesurer")));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.addResult(0, QStringLiteral("600 collectivités")));
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(model.rowCount(first), 1);
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(inserted.last().at(0).toModelIndex(), first);

        const QModelIndex result = model.index(0, PriorityTreeModel::Text, first);
        QVERIFY(model.setData(model.index(0, PriorityTreeModel::IndicatorColumn, first), m_indicator));
        QVERIFY(model.setData(model.index(0, PriorityTreeModel::Target, first), QStringLiteral("600")));
        QCOMPARE(model.data(model.index(0, PriorityTreeModel::IndicatorColumn, first)).toString(), QStringLiteral("Collectivités actives"));
        QCOMPARE(model.data(model.index(0, PriorityTreeModel::Target, first), Qt::EditRole).toDouble(), 600.0);
        QCOMPARE(stored().priorities[0].results[0].target, std::optional<double>(600));
        QCOMPARE(ws().indicators().targets(m_indicator).size(), 1);
        QVERIFY(model.setData(model.index(0, PriorityTreeModel::TargetDate, first), QDate(2026, 10, 31)));
        QCOMPARE(ws().indicators().targets(m_indicator).first().date, QDate(2026, 10, 31));
        QVERIFY(model.setData(result, QStringLiteral("650 collectivités")));
        QCOMPARE(model.data(result).toString(), QStringLiteral("650 collectivités"));

        // A fourth priority is refused; a bad number too.
        QVERIFY(model.addPriority(QStringLiteral("Trois")));
        QSignalSpy refused(&model, &PriorityTreeModel::editRefused);
        QVERIFY(!model.addPriority(QStringLiteral("Quatre")));
        QVERIFY(!model.setData(model.index(0, PriorityTreeModel::Target, first), QStringLiteral("beaucoup")));
        QCOMPARE(refused.count(), 2);
        QCOMPARE(model.rowCount(), 3);

        // Undo walks back row by row, without a reset.
        const int steps = ws().undoStack()->count();
        ws().undoStack()->undo();  // third priority
        QCOMPARE(model.rowCount(), 2);
        ws().undoStack()->undo();  // result text
        QCOMPARE(model.data(model.index(0, 0, model.index(0, 0))).toString(), QStringLiteral("600 collectivités"));
        while (ws().undoStack()->canUndo())
            ws().undoStack()->undo();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(ws().indicators().targets(m_indicator).isEmpty());
        while (ws().undoStack()->index() < steps)
            ws().undoStack()->redo();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QCOMPARE(reset.count(), 0);

        QVERIFY(model.removeAt(model.index(0, 0, model.index(0, 0))));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QVERIFY(model.removeAt(model.index(1, 0)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("Trois"));
    }

    void treeFollowsTheRoadmapBeingRemoved()
    {
        PriorityTreeModel model(ws(), m_roadmap);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.addPriority(QStringLiteral("Déployer")));
        QVERIFY(Edit::removeRoadmap(ws(), m_roadmap));
        QCOMPARE(model.rowCount(), 0);
        ws().undoStack()->undo();  // the model no longer shows it: switch back
        model.setRoadmapId(m_roadmap);
        QCOMPARE(model.rowCount(), 1);
    }

    void reviewTable()
    {
        Roadmap r = stored();
        ExpectedResult users;
        users.text = QStringLiteral("600 collectivités");
        users.indicatorId = m_indicator;
        users.target = 600;
        ExpectedResult partners;
        partners.text = QStringLiteral("5 partenariats");
        partners.target = 5;
        r.priorities << RoadmapPriority{0, QStringLiteral("Déployer"), {}, {users, partners}};
        QVERIFY(Edit::saveRoadmap(ws(), r, QStringLiteral("Setup")));
        ws().indicators().insert(Measurement{0, m_indicator, QDate(2026, 5, 31), 200, {}});
        ws().indicators().insert(Measurement{0, m_indicator, QDate(2026, 10, 31), 500, {}});
        ws().notifyIndicatorChanged(m_product, m_indicator);

        ReviewTableModel model(ws(), m_roadmap);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, ReviewTableModel::SixMonthsAgo)).toString(), QStringLiteral("200"));
        QCOMPARE(model.data(model.index(0, ReviewTableModel::Today)).toString(), QStringLiteral("500"));
        QCOMPARE(model.data(model.index(0, ReviewTableModel::Attainment)).toString(), QStringLiteral("75 %"));
        QCOMPARE(model.data(model.index(0, ReviewTableModel::Status), ReviewTableModel::StatusKeyRole).toString(),
                 QStringLiteral("partial"));
        QVERIFY(model.data(model.index(0, ReviewTableModel::Status), Qt::ForegroundRole).value<QColor>().isValid());
        QCOMPARE(model.data(model.index(1, ReviewTableModel::Status), ReviewTableModel::StatusKeyRole).toString(),
                 QStringLiteral("not-measured"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1, ReviewTableModel::SixMonthsAgo), QStringLiteral("1")));
        QVERIFY(model.setData(model.index(1, ReviewTableModel::Today), QStringLiteral("5")));
        QCOMPARE(model.data(model.index(1, ReviewTableModel::Status), ReviewTableModel::StatusKeyRole).toString(),
                 QStringLiteral("achieved"));
        QVERIFY(model.setData(model.index(0, ReviewTableModel::Explanation), QStringLiteral("Recrutement tardif")));
        QCOMPARE(stored().priorities[0].results[0].explanation, QStringLiteral("Recrutement tardif"));
        QVERIFY(changed.count() >= 3);
        for (const auto &signal : changed)
            QCOMPARE(signal.at(0).toModelIndex().row(), signal.at(1).toModelIndex().row());  // one row at a time
        QVERIFY(!model.setData(model.index(1, ReviewTableModel::Today), QStringLiteral("abc")));

        // A typed value replaces the measurement; clearing it brings it back.
        QVERIFY(model.setData(model.index(0, ReviewTableModel::Today), QStringLiteral("650")));
        QCOMPARE(model.data(model.index(0, ReviewTableModel::Attainment)).toString(), QStringLiteral("113 %"));
        QVERIFY(model.setData(model.index(0, ReviewTableModel::Today), QString()));
        QCOMPARE(model.data(model.index(0, ReviewTableModel::Today)).toString(), QStringLiteral("500"));
        ws().undoStack()->undo();
        QCOMPARE(model.data(model.index(0, ReviewTableModel::Today)).toString(), QStringLiteral("650"));
    }

    void teamSupportBudgetStandards()
    {
        RoadmapTeamModel team(ws(), m_roadmap);
        RoadmapSupportModel support(ws(), m_roadmap);
        RoadmapBudgetModel budget(ws(), m_roadmap);
        RoadmapStandardsModel standards(ws(), m_roadmap);
        QAbstractItemModelTester t1(&team, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&support, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&budget, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(&standards, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(team.addMember(TeamMember{QStringLiteral("Développeuse"), 5, TimeUnit::DaysPerWeek}));
        QVERIFY(team.addMember(TeamMember{QStringLiteral("Designer"), 2, TimeUnit::DaysPerWeek}));
        QVERIFY(team.setData(team.index(1, RoadmapTeamModel::Unit), QStringLiteral("fte")));
        QVERIFY(team.setData(team.index(1, RoadmapTeamModel::Time), QStringLiteral("0.5")));
        QCOMPARE(stored().team[1], (TeamMember{QStringLiteral("Designer"), 0.5, TimeUnit::Fte}));
        QSignalSpy removed(&team, &QAbstractItemModel::rowsRemoved);
        QVERIFY(team.removeMember(0));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(team.data(team.index(0, RoadmapTeamModel::Profile)).toString(), QStringLiteral("Designer"));
        ws().undoStack()->undo();
        QCOMPARE(team.rowCount(), 2);

        QVERIFY(support.addNeed(SupportNeed{QStringLiteral("DGALN"), {}, {}}));
        QVERIFY(support.setData(support.index(0, RoadmapSupportModel::Need), QStringLiteral("Relayer auprès des DDT")));
        QCOMPARE(stored().supportNeeds[0].need, QStringLiteral("Relayer auprès des DDT"));
        QSignalSpy refused(&support, &RoadmapSupportModel::editRefused);
        QVERIFY(!support.setData(support.index(0, RoadmapSupportModel::Actor), QString()));
        QCOMPARE(refused.count(), 1);

        QCOMPARE(budget.rowCount(), 9);
        QVERIFY(budget.setData(budget.index(2, RoadmapBudgetModel::Amount), QStringLiteral("150 000")));
        QVERIFY(budget.setData(budget.index(3, RoadmapBudgetModel::Amount), 50000));
        QCOMPARE(stored().budgetRequest.value(QStringLiteral("development")), qint64(150000));
        QCOMPARE(budget.data(budget.index(budget.totalRow(), RoadmapBudgetModel::Amount), Qt::EditRole).toLongLong(), qint64(200000));
        QCOMPARE(budget.data(budget.index(2, RoadmapBudgetModel::Share)).toString(), QStringLiteral("75 %"));
        QVERIFY(!budget.setData(budget.index(2, RoadmapBudgetModel::Amount), QStringLiteral("-3")));
        QVERIFY(!(budget.flags(budget.index(budget.totalRow(), RoadmapBudgetModel::Amount)) & Qt::ItemIsEditable));
        QVERIFY(budget.setData(budget.index(3, RoadmapBudgetModel::Amount), QString()));
        QVERIFY(!stored().budgetRequest.contains(QStringLiteral("design")));

        QCOMPARE(standards.rowCount(), 4);
        QVERIFY(standards.setData(standards.index(2, RoadmapStandardsModel::Today), QStringLiteral("partial")));
        QCOMPARE(stored().standard(QStringLiteral("transparency")).today, StandardRating::Partial);
        QCOMPARE(standards.data(standards.index(2, RoadmapStandardsModel::Today)).toString(), QStringLiteral("Partly met"));
        QVERIFY(!standards.setData(standards.index(2, RoadmapStandardsModel::Today), QStringLiteral("perhaps")));
        ws().undoStack()->undo();
        QCOMPARE(standards.data(standards.index(2, RoadmapStandardsModel::Today)).toString(), QString());
    }
};

QTEST_MAIN(TestRoadmapModels)
#include "tst_roadmapmodels.moc"
