// PhaseHistory: which phase is current, what makes a history invalid
// (dates out of order, a phase after a stop without an explicit restart),
// and how a transition closes the running phase.

#include "domain/phasehistory.h"

#include <QTest>

using namespace Comite;

namespace {
PhaseRecord rec(Phase phase, QDate start, QDate end = {}, bool restart = false)
{
    return PhaseRecord{phase, start, end, {}, restart};
}
} // namespace

class TestPhaseHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currentIndex_data()
    {
        QTest::addColumn<QList<PhaseRecord>>("phases");
        QTest::addColumn<int>("current");
        QTest::newRow("empty") << QList<PhaseRecord>{} << -1;
        QTest::newRow("single") << QList<PhaseRecord>{rec(Phase::Investigation, {2026, 1, 1})} << 0;
        QTest::newRow("latest start wins")
            << QList<PhaseRecord>{rec(Phase::Investigation, {2025, 1, 1}, {2025, 3, 1}),
                                  rec(Phase::Construction, {2025, 3, 1})}
            << 1;
        QTest::newRow("listed out of order: latest start, not last row")
            << QList<PhaseRecord>{rec(Phase::Construction, {2025, 3, 1}), rec(Phase::Investigation, {2025, 1, 1})}
            << 0;
        QTest::newRow("same-day tie: listed last")
            << QList<PhaseRecord>{rec(Phase::Investigation, {2025, 1, 1}), rec(Phase::Construction, {2025, 6, 1}),
                                  rec(Phase::Abandon, {2025, 6, 1})}
            << 2;
    }

    void currentIndex()
    {
        QFETCH(QList<PhaseRecord>, phases);
        QFETCH(int, current);
        QCOMPARE(PhaseHistory::currentIndex(phases), current);
        const auto record = PhaseHistory::current(phases);
        QCOMPARE(record.has_value(), current >= 0);
        if (record)
            QCOMPARE(*record, phases[current]);
    }

    void validHistories_data()
    {
        QTest::addColumn<QList<PhaseRecord>>("phases");
        QTest::newRow("empty") << QList<PhaseRecord>{};
        QTest::newRow("full path")
            << QList<PhaseRecord>{rec(Phase::Investigation, {2024, 1, 1}, {2024, 3, 1}),
                                  rec(Phase::Construction, {2024, 3, 1}, {2025, 3, 1}),
                                  rec(Phase::Acceleration, {2025, 3, 1}, {2026, 1, 1}),
                                  rec(Phase::Consolidation, {2026, 1, 1}, {2026, 6, 1}),
                                  rec(Phase::Opere, {2026, 6, 1})};
        QTest::newRow("one-day phase") << QList<PhaseRecord>{rec(Phase::Investigation, {2026, 1, 1}, {2026, 1, 1})};
        QTest::newRow("same-day transitions")
            << QList<PhaseRecord>{rec(Phase::Investigation, {2026, 1, 1}), rec(Phase::Construction, {2026, 1, 1})};
        QTest::newRow("restart after a stop")
            << QList<PhaseRecord>{rec(Phase::Investigation, {2025, 1, 1}, {2025, 3, 1}),
                                  rec(Phase::AbandonInvestigation, {2025, 3, 1}),
                                  rec(Phase::Investigation, {2026, 1, 1}, {}, true)};
    }

    void validHistories()
    {
        QFETCH(QList<PhaseRecord>, phases);
        QCOMPARE(PhaseHistory::problems(phases), QStringList());
    }

    void problems_data()
    {
        QTest::addColumn<QList<PhaseRecord>>("phases");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("end before start")
            << QList<PhaseRecord>{rec(Phase::Investigation, {2026, 3, 1}, {2026, 2, 1})}
            << QStringList{"Row 1 (Investigation): the phase ends on 2026-02-01, before it starts on 2026-03-01."};
        QTest::newRow("out of order")
            << QList<PhaseRecord>{rec(Phase::Investigation, {2026, 3, 1}), rec(Phase::Construction, {2026, 1, 1})}
            << QStringList{"Row 2 (Construction): it starts on 2026-01-01, before the previous phase "
                           "(Investigation, 2026-03-01)."};
        QTest::newRow("after a stop without restart")
            << QList<PhaseRecord>{rec(Phase::Investigation, {2025, 1, 1}, {2025, 3, 1}),
                                  rec(Phase::Abandon, {2025, 3, 1}), rec(Phase::Construction, {2026, 1, 1})}
            << QStringList{"Row 3 (Construction): the product was stopped (Stopped); mark this phase as an "
                           "explicit restart to continue."};
        QTest::newRow("after abandon-investigation without restart")
            << QList<PhaseRecord>{rec(Phase::AbandonInvestigation, {2025, 3, 1}),
                                  rec(Phase::Investigation, {2026, 1, 1})}
            << QStringList{"Row 2 (Investigation): the product was stopped (Investigation not pursued); mark this "
                           "phase as an explicit restart to continue."};
        QTest::newRow("missing start")
            << QList<PhaseRecord>{rec(Phase::Investigation, {})}
            << QStringList{"Row 1 (Investigation): the start date is missing or invalid."};
        QTest::newRow("two problems, one per row")
            << QList<PhaseRecord>{rec(Phase::Investigation, {2026, 3, 1}, {2026, 2, 1}),
                                  rec(Phase::Construction, {2026, 1, 1})}
            << QStringList{"Row 1 (Investigation): the phase ends on 2026-02-01, before it starts on 2026-03-01.",
                           "Row 2 (Construction): it starts on 2026-01-01, before the previous phase "
                           "(Investigation, 2026-03-01)."};
    }

    void problems()
    {
        QFETCH(QList<PhaseRecord>, phases);
        QFETCH(QStringList, expected);
        QCOMPARE(PhaseHistory::problems(phases), expected);
    }

    void transitionClosesRunningPhase()
    {
        const QList<PhaseRecord> before = {rec(Phase::Investigation, {2026, 1, 5}, {2026, 1, 5}),
                                           rec(Phase::Construction, {2026, 1, 5})};
        QStringList errors{QStringLiteral("stale")};
        const PhaseRecord next{Phase::Acceleration, {2026, 11, 2}, {}, QStringLiteral("Feu vert du comité"), false};
        const QList<PhaseRecord> after = PhaseHistory::withTransition(before, next, &errors);
        QCOMPARE(errors, QStringList());
        QCOMPARE(after.size(), 3);
        QCOMPARE(after[0], before[0]);
        QCOMPARE(after[1].phase, Phase::Construction);
        QCOMPARE(after[1].end, QDate(2026, 11, 2));
        QCOMPARE(after[2], next);
        QCOMPARE(PhaseHistory::current(after)->phase, Phase::Acceleration);
    }

    void transitionKeepsAnEndedPhase()
    {
        // A phase already closed keeps its own end date.
        const QList<PhaseRecord> before = {rec(Phase::Construction, {2025, 1, 1}, {2025, 12, 1})};
        QStringList errors;
        const auto after = PhaseHistory::withTransition(before, rec(Phase::Acceleration, {2026, 2, 1}), &errors);
        QCOMPARE(errors, QStringList());
        QCOMPARE(after[0].end, QDate(2025, 12, 1));
    }

    void transitionOnEmptyHistory()
    {
        QStringList errors;
        const auto after = PhaseHistory::withTransition({}, rec(Phase::Investigation, {2026, 11, 1}), nullptr);
        QCOMPARE(after, QList<PhaseRecord>{rec(Phase::Investigation, {2026, 11, 1})});
        PhaseHistory::withTransition({}, rec(Phase::Investigation, {2026, 11, 1}), &errors);
        QVERIFY(errors.isEmpty());
    }

    void transitionBeforeRunningPhaseIsReported()
    {
        const QList<PhaseRecord> before = {rec(Phase::Construction, {2026, 6, 1})};
        QStringList errors;
        const auto after = PhaseHistory::withTransition(before, rec(Phase::Acceleration, {2026, 5, 1}), &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(QLatin1String("Row 2 (Acceleration): it starts on 2026-05-01")),
                 qPrintable(errors.first()));
        // The running phase is not closed before it started.
        QVERIFY(!after[0].end.isValid());
    }

    void transitionAfterStop()
    {
        const QList<PhaseRecord> stopped = {rec(Phase::Investigation, {2025, 1, 1}, {2025, 3, 1}),
                                            rec(Phase::AbandonInvestigation, {2025, 3, 1})};
        QStringList errors;
        PhaseHistory::withTransition(stopped, rec(Phase::Investigation, {2026, 1, 1}), &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QLatin1String("explicit restart")));

        const auto restarted = PhaseHistory::withTransition(stopped, rec(Phase::Investigation, {2026, 1, 1}, {}, true),
                                                            &errors);
        QCOMPARE(errors, QStringList());
        QCOMPARE(restarted.size(), 3);
        QCOMPARE(restarted[1].end, QDate(2026, 1, 1));
        QVERIFY(restarted[2].restart);
    }
};

QTEST_GUILESS_MAIN(TestPhaseHistory)
#include "tst_phasehistory.moc"
