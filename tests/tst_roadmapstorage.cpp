// Roadmaps in storage and through the undo stack: a roadmap with all its
// parts reads back equal and keeps its ids; ChangeRoadmap adds, edits and
// removes with exact undo/redo; text edits merge; quantified results on an
// indicator create, update and release its indicator targets; refused
// edits change nothing.

#include "commands/roadmapcommands.h"
#include "commands/roadmapedits.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Comite;

namespace {
Roadmap fullRoadmap(qint64 productId, qint64 indicatorId)
{
    Roadmap r = RoadmapRules::blank(productId, QDate(2026, 12, 1));
    r.vision = QStringLiteral("Toutes les collectivités planifient leurs pistes avec nous.");
    r.targetPopulation = QStringLiteral("35 000 communes, 1 200 intercommunalités");
    r.potentialEstimate = QStringLiteral("Recensement INSEE 2024");
    ExpectedResult users;
    users.text = QStringLiteral("600 collectivités actives");
    users.indicatorId = indicatorId;
    users.target = 600;
    ExpectedResult partners;
    partners.text = QStringLiteral("5 partenariats signés");
    partners.target = 5;
    partners.targetDate = QDate(2027, 3, 31);
    partners.startValue = 1;
    r.priorities << RoadmapPriority{0, QStringLiteral("Déployer"), QStringLiteral("Dans les régions pilotes"), {users, partners}}
                 << RoadmapPriority{0, QStringLiteral("Mesurer l'impact"), {}, {ExpectedResult{0, QStringLiteral("Étude d'impact")}}};
    r.hypotheses = {QStringLiteral("Les régions relaient l'outil")};
    r.quantitativeCriteria = {QStringLiteral("600 collectivités")};
    r.qualitativeCriteria = {QStringLiteral("Les élus citent l'outil")};
    r.blockers = {QStringLiteral("Accès aux données de comptage")};
    r.team = {TeamMember{QStringLiteral("Développeuse"), 5, TimeUnit::DaysPerWeek}, TeamMember{QStringLiteral("Coach"), 0.2, TimeUnit::Fte}};
    r.budgetRequest = {{QStringLiteral("development"), 150000}, {QStringLiteral("design"), 40000}};
    r.supportNeeds = {SupportNeed{QStringLiteral("DGALN"), QStringLiteral("Relayer"), QStringLiteral("200 collectivités")}};
    r.standards[0] = StandardAssessment{QStringLiteral("impact"), StandardRating::No, StandardRating::Partial, StandardRating::Yes};
    r.reviewNotes = QStringLiteral("Appris : les intercommunalités décident.");
    return r;
}
} // namespace

class TestRoadmapStorage : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempWorkspace> m_ws;
    qint64 m_product = 0;
    qint64 m_indicator = 0;

    Workspace &ws() { return **m_ws; }
    QList<IndicatorTarget> targets() { return ws().indicators().targets(m_indicator); }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        m_product = ws().products().insert(Test::sampleProduct(QStringLiteral("velo")));
        Indicator users;
        users.productId = m_product;
        users.name = QStringLiteral("Collectivités actives");
        m_indicator = ws().indicators().insert(users);
    }

    void roundTrip()
    {
        const Roadmap saved = ws().roadmaps().save(fullRoadmap(m_product, m_indicator));
        QVERIFY(saved.id > 0);
        QVERIFY(saved.priorities[0].id > 0 && saved.priorities[0].results[1].id > 0);
        const auto loaded = ws().roadmaps().load(saved.id);
        QVERIFY(loaded);
        QCOMPARE(*loaded, saved);
        QCOMPARE(ws().roadmaps().forProduct(m_product).size(), 1);

        // Saving again keeps the ids and replaces the children.
        Roadmap edited = saved;
        edited.priorities.removeLast();
        edited.team.removeFirst();
        const Roadmap again = ws().roadmaps().save(edited);
        QCOMPARE(again, edited);
        QCOMPARE(*ws().roadmaps().load(saved.id), edited);
        QSqlQuery q = ws().database().exec(QStringLiteral("SELECT count(*) FROM roadmap_results"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void deletingTheProductDeletesItsRoadmaps()
    {
        ws().roadmaps().save(fullRoadmap(m_product, m_indicator));
        ws().products().remove(m_product);
        QCOMPARE(ws().roadmaps().count(), 0);
    }

    void addEditRemoveWithUndo()
    {
        QSignalSpy changed(&ws(), &Workspace::productChanged);
        const Result<qint64> add = Edit::addRoadmap(ws(), fullRoadmap(m_product, m_indicator));
        QVERIFY2(add, qPrintable(add ? QString() : add.error().message));
        const qint64 id = add.value();
        QVERIFY(changed.count() >= 1);
        QVERIFY(changed.last().at(1).value<ProductChanges>() & ProductChange::Roadmaps);
        const Roadmap added = *ws().roadmaps().load(id);

        Roadmap edited = added;
        edited.priorities[0].title = QStringLiteral("Déployer partout");
        edited.priorities[0].results.removeLast();
        QVERIFY(Edit::saveRoadmap(ws(), edited, QStringLiteral("Edit")));
        QCOMPARE(*ws().roadmaps().load(id), edited);
        ws().undoStack()->undo();
        QCOMPARE(*ws().roadmaps().load(id), added);
        ws().undoStack()->redo();
        QCOMPARE(*ws().roadmaps().load(id), edited);

        QVERIFY(Edit::removeRoadmap(ws(), id));
        QVERIFY(!ws().roadmaps().load(id));
        ws().undoStack()->undo();
        QCOMPARE(*ws().roadmaps().load(id), edited);
        ws().undoStack()->undo();
        ws().undoStack()->undo();
        QVERIFY(!ws().roadmaps().load(id));
        ws().undoStack()->redo();
        QCOMPARE(*ws().roadmaps().load(id), added);  // same ids again
    }

    void textEditsMerge()
    {
        const Result<qint64> add = Edit::addRoadmap(ws(), fullRoadmap(m_product, 0));
        QVERIFY(add);
        const qint64 id = add.value();
        Roadmap r = *ws().roadmaps().load(id);
        for (const QString &text : {QStringLiteral("A"), QStringLiteral("AB"), QStringLiteral("ABC")}) {
            r.vision = text;
            QVERIFY(Edit::saveRoadmap(ws(), r, QStringLiteral("Edit the vision"), QStringLiteral("vision")));
        }
        QCOMPARE(ws().undoStack()->count(), 2);
        r.hypotheses << QStringLiteral("Autre");
        QVERIFY(Edit::saveRoadmap(ws(), r, QStringLiteral("Edit hypotheses"), QStringLiteral("hypotheses")));
        QCOMPARE(ws().undoStack()->count(), 3);
        ws().undoStack()->undo();
        ws().undoStack()->undo();
        QCOMPARE(ws().roadmaps().load(id)->vision, fullRoadmap(m_product, 0).vision);
    }

    void quantifiedResultsSetIndicatorTargets()
    {
        const Result<qint64> add = Edit::addRoadmap(ws(), fullRoadmap(m_product, m_indicator));
        QVERIFY(add);
        const qint64 id = add.value();
        QCOMPARE(targets().size(), 1);
        QCOMPARE(targets()[0].value, 600.0);
        QCOMPARE(targets()[0].date, QDate(2027, 5, 31));  // the end of the period

        Roadmap r = *ws().roadmaps().load(id);
        r.priorities[0].results[0].target = 800;
        QVERIFY(Edit::saveRoadmap(ws(), r, QStringLiteral("Target")));
        QCOMPARE(targets().size(), 1);
        QCOMPARE(targets()[0].value, 800.0);
        ws().undoStack()->undo();
        QCOMPARE(targets()[0].value, 600.0);
        ws().undoStack()->redo();

        // Moving the date moves the target; removing the result releases it.
        r.priorities[0].results[0].targetDate = QDate(2027, 4, 30);
        QVERIFY(Edit::saveRoadmap(ws(), r, QStringLiteral("Date")));
        QCOMPARE(targets().size(), 1);
        QCOMPARE(targets()[0].date, QDate(2027, 4, 30));
        r.priorities[0].results.removeFirst();
        QVERIFY(Edit::saveRoadmap(ws(), r, QStringLiteral("Remove")));
        QVERIFY(targets().isEmpty());
        ws().undoStack()->undo();
        QCOMPARE(targets().size(), 1);
        QCOMPARE(targets()[0].value, 800.0);

        // Undoing the whole history leaves no target behind.
        while (ws().undoStack()->canUndo())
            ws().undoStack()->undo();
        QVERIFY(targets().isEmpty());
        QCOMPARE(ws().roadmaps().count(), 0);
    }

    void existingTargetIsUpdatedNotDuplicated()
    {
        const qint64 existing = ws().indicators().insert(IndicatorTarget{0, m_indicator, QDate(2027, 5, 31), 450});
        QVERIFY(Edit::addRoadmap(ws(), fullRoadmap(m_product, m_indicator)));
        QCOMPARE(targets().size(), 1);

        QCOMPARE(targets()[0].id, existing);
        QCOMPARE(targets()[0].value, 600.0);
        ws().undoStack()->undo();
        QCOMPARE(targets().size(), 1);
        QCOMPARE(targets()[0].value, 450.0);
    }

    void textEditLeavesTargetsAlone()
    {
        const Result<qint64> add = Edit::addRoadmap(ws(), fullRoadmap(m_product, m_indicator));
        QVERIFY(add);
        const qint64 id = add.value();
        // Someone adjusts the target in the indicators view…
        IndicatorTarget t = targets()[0];
        t.value = 650;
        ws().indicators().update(t);
        // …an unrelated roadmap edit does not overwrite it.
        Roadmap r = *ws().roadmaps().load(id);
        r.vision = QStringLiteral("Autre vision");
        QVERIFY(Edit::saveRoadmap(ws(), r, QStringLiteral("Vision"), QStringLiteral("vision")));
        QCOMPARE(targets()[0].value, 650.0);
    }

    void refusedEdits()
    {
        Roadmap r = fullRoadmap(m_product, m_indicator);
        r.priorities << RoadmapPriority{0, QStringLiteral("3"), {}, {}} << RoadmapPriority{0, QStringLiteral("4"), {}, {}};
        const Result<qint64> tooMany = Edit::addRoadmap(ws(), r);
        QVERIFY(!tooMany);
        QVERIFY(tooMany.error().message.contains(QLatin1String("at most")));
        QCOMPARE(ws().undoStack()->count(), 0);

        const qint64 other = ws().products().insert(Test::sampleProduct(QStringLiteral("autre")));
        Indicator foreign;
        foreign.productId = other;
        foreign.name = QStringLiteral("Autre");
        r = fullRoadmap(m_product, ws().indicators().insert(foreign));
        const Result<qint64> foreignIndicator = Edit::addRoadmap(ws(), r);
        QVERIFY(!foreignIndicator);
        QVERIFY(foreignIndicator.error().message.contains(QLatin1String("another product")));

        const Result<qint64> add = Edit::addRoadmap(ws(), fullRoadmap(m_product, m_indicator));
        QVERIFY(add);
        const qint64 id = add.value();
        Roadmap overlapping = RoadmapRules::blank(m_product, QDate(2027, 2, 1));
        const Result<qint64> overlaps = Edit::addRoadmap(ws(), overlapping);
        QVERIFY(!overlaps);
        QVERIFY(overlaps.error().message.contains(QLatin1String("overlaps")));
        QVERIFY(!Edit::removeRoadmap(ws(), id + 100));
        QCOMPARE(ws().undoStack()->count(), 1);
    }

    void nextRoadmapFollowsTheLast()
    {
        const Result<qint64> first = Edit::addRoadmap(ws(), fullRoadmap(m_product, 0));
        QVERIFY(first);
        const Result<qint64> next = Edit::addNextRoadmap(ws(), m_product, QDate(2020, 1, 1));
        QVERIFY(next);
        const Roadmap r = *ws().roadmaps().load(next.value());
        QCOMPARE(r.start, ws().roadmaps().load(first.value())->end.addDays(1));
        QCOMPARE(r.vision, fullRoadmap(m_product, 0).vision);
        QCOMPARE(r.standard(QStringLiteral("impact")).ago, StandardRating::Partial);
        const qint64 lone = ws().products().insert(Test::sampleProduct(QStringLiteral("seul")));
        const Result<qint64> alone = Edit::addNextRoadmap(ws(), lone, QDate(2026, 12, 1));
        QVERIFY(alone);
        QCOMPARE(ws().roadmaps().load(alone.value())->start, QDate(2026, 12, 1));

    }
};

QTEST_MAIN(TestRoadmapStorage)
#include "tst_roadmapstorage.moc"
