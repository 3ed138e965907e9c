// Precise roadmap change events: an edit says which roadmap of which
// product changed and which parts; the six roadmap item models read again
// only the parts they show, only for their roadmap. Counted with the
// database's statement log: renaming a priority adds, beyond the edit's own
// statements, only reads of the roadmap row, its priorities and results
// (and the indicators the priority views show) — never the team, budget,
// support, standards or listed items; an edit of another product's roadmap
// adds nothing.

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

namespace {
// The statements in `with` that are not in `without` (as a multiset).
QStringList extra(QStringList with, const QStringList &without)
{
    for (const QString &s : without)
        with.removeOne(s);
    return with;
}
} // namespace

class TestRoadmapChangeEvents : public QObject
{
    Q_OBJECT

    Test::TempWorkspace m_ws;
    Workspace &ws() { return *m_ws; }

    qint64 addRoadmap(const QString &slug)
    {
        const qint64 product = ws().products().insert(Test::sampleProduct(slug));
        Roadmap r = RoadmapRules::blank(product, QDate(2026, 12, 1));
        r.priorities << RoadmapPriority{0, QStringLiteral("Deploy"), {}, {ExpectedResult{0, QStringLiteral("100 towns")}}};
        r.team << TeamMember{QStringLiteral("Developer"), 5, TimeUnit::DaysPerWeek};
        r.budgetRequest.insert(QStringLiteral("development"), 100000);
        r.supportNeeds << SupportNeed{QStringLiteral("DGALN"), QStringLiteral("Relay"), {}};
        const Result<qint64> added = Edit::addRoadmap(ws(), r);
        if (!added)
            qFatal("roadmap refused: %s", qPrintable(added.error().message));
        return added.value();
    }

    // Renames the first priority and returns the statements it ran.
    QStringList rename(qint64 id, const QString &title)
    {
        QStringList log;
        ws().database().setStatementLog(&log);
        Roadmap r = *ws().roadmaps().load(id);
        ws().database().setStatementLog(nullptr);
        r.priorities[0].title = title;
        ws().database().setStatementLog(&log);
        log.clear();
        const quint64 before = ws().database().statementCount();
        if (!Edit::saveRoadmap(ws(), r, QStringLiteral("Rename")))
            qFatal("rename refused");
        ws().database().setStatementLog(nullptr);
        if (ws().database().statementCount() - before != quint64(log.size()))
            qFatal("statement count and log disagree");
        return log;
    }

private Q_SLOTS:
    void renameReadsOnlyThePriorities()
    {
        const qint64 mine = addRoadmap(QStringLiteral("velo"));
        const qint64 other = addRoadmap(QStringLiteral("train"));
        QVERIFY(mine > 0 && other > 0);
        const QStringList bare = rename(mine, QStringLiteral("Deploy widely"));
        const QStringList bareOther = rename(other, QStringLiteral("Deploy widely"));

        PriorityTreeModel priorities(ws(), mine);
        ReviewTableModel review(ws(), mine);
        RoadmapTeamModel team(ws(), mine);
        RoadmapBudgetModel budget(ws(), mine);
        RoadmapSupportModel support(ws(), mine);
        RoadmapStandardsModel standards(ws(), mine);
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{&priorities, &review, &team, &budget, &support, &standards})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        QSignalSpy events(&ws(), &Workspace::roadmapChanged);

        const QStringList added = extra(rename(mine, QStringLiteral("Deploy everywhere")), bare);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0][1].toLongLong(), mine);
        QCOMPARE(events[0][2].value<RoadmapParts>(), RoadmapParts(RoadmapPart::Priorities));
        QCOMPARE(priorities.index(0, PriorityTreeModel::Text).data().toString(), QStringLiteral("Deploy everywhere"));
        // Two views show priorities: each reads the roadmap row, its
        // priorities and results, and the product's indicators.
        QVERIFY2(added.size() <= 8, qPrintable(added.join(u'\n')));
        qInfo("renaming a priority: %d statements by the edit, %d more by the six views", int(bare.size()), int(added.size()));
        for (const QString &sql : added) {
            for (const char *unrelated : {"roadmap_team", "roadmap_budget", "roadmap_support", "roadmap_standards", "roadmap_items"})
                QVERIFY2(!sql.contains(QLatin1String(unrelated)), qPrintable(sql));
        }

        // Another product's roadmap: the views of this one read nothing.
        QCOMPARE(extra(rename(other, QStringLiteral("Deploy everywhere")), bareOther), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestRoadmapChangeEvents)
#include "tst_roadmapchangeevents.moc"
