// ProductStatus and CommitteeSchedule: the next committee is due 6 calendar
// months after the last one (or after the first phase started); overdue
// only while the product is incubated; phase overrun after 9 weeks of
// investigation or 12 months of construction / acceleration.

#include "domain/productstatus.h"

#include <QTest>

using namespace Comite;

namespace {
const QDate today(2026, 11, 24);

PhaseRecord rec(Phase phase, QDate start, QDate end = {})
{
    return PhaseRecord{phase, start, end, {}, false};
}
} // namespace

class TestProductStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueDate_data()
    {
        QTest::addColumn<QDate>("lastCommittee");
        QTest::addColumn<QDate>("firstPhaseStart");
        QTest::addColumn<QDate>("due");
        QTest::newRow("after last committee") << QDate(2026, 5, 10) << QDate(2024, 1, 1) << QDate(2026, 11, 10);
        QTest::newRow("calendar months, not 182 days") << QDate(2026, 1, 15) << QDate() << QDate(2026, 7, 15);
        QTest::newRow("end of month clamps") << QDate(2026, 8, 31) << QDate() << QDate(2027, 2, 28);
        QTest::newRow("leap year") << QDate(2027, 8, 31) << QDate() << QDate(2028, 2, 29);
        QTest::newRow("across the year") << QDate(2026, 9, 30) << QDate() << QDate(2027, 3, 30);
        QTest::newRow("no committee: first phase") << QDate() << QDate(2026, 3, 31) << QDate(2026, 9, 30);
        QTest::newRow("nothing known") << QDate() << QDate() << QDate();
    }

    void dueDate()
    {
        QFETCH(QDate, lastCommittee);
        QFETCH(QDate, firstPhaseStart);
        QFETCH(QDate, due);
        QCOMPARE(CommitteeSchedule::dueDate(lastCommittee, firstPhaseStart), due);
    }

    void compute_data()
    {
        QTest::addColumn<QList<PhaseRecord>>("phases");
        QTest::addColumn<QDate>("lastCommittee");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<bool>("overdue");
        QTest::addColumn<bool>("overrun");
        QTest::addColumn<int>("daysInPhase");

        // Overdue: due strictly before today.
        QTest::newRow("committee due today: not overdue")
            << QList<PhaseRecord>{rec(Phase::Construction, {2026, 1, 1})} << QDate(2026, 5, 24)
            << QDate(2026, 11, 24) << false << false << 327;
        QTest::newRow("committee due yesterday: overdue")
            << QList<PhaseRecord>{rec(Phase::Construction, {2026, 1, 1})} << QDate(2026, 5, 23)
            << QDate(2026, 11, 23) << true << false << 327;
        QTest::newRow("no committee: from the first phase, not the current one")
            << QList<PhaseRecord>{rec(Phase::Investigation, {2026, 4, 1}, {2026, 6, 1}),
                                  rec(Phase::Construction, {2026, 6, 1})}
            << QDate() << QDate(2026, 10, 1) << true << false << 176;

        // Overdue only for investigation to consolidation; out of
        // incubation (stopped, abandoned, transferred, operated) no
        // committee is due at all (issue #20).
        for (Phase phase : Phases::all()) {
            const QByteArray name = "overdue in " + Phases::key(phase).toLatin1();
            QTest::newRow(name.constData()) << QList<PhaseRecord>{rec(phase, {2026, 10, 20})} << QDate(2025, 1, 10)
                                            << (Phases::isActive(phase) ? QDate(2025, 7, 10) : QDate())
                                            << Phases::isActive(phase) << false << 35;
        }
        QTest::newRow("no phase: never overdue")
            << QList<PhaseRecord>{} << QDate(2025, 1, 10) << QDate(2025, 7, 10) << false << false << 0;

        // Investigation: overrun after 9 weeks (63 days).
        QTest::newRow("investigation 63 days")
            << QList<PhaseRecord>{rec(Phase::Investigation, today.addDays(-63))} << QDate() << today.addDays(-63).addMonths(6)
            << false << false << 63;
        QTest::newRow("investigation 64 days")
            << QList<PhaseRecord>{rec(Phase::Investigation, today.addDays(-64))} << QDate() << today.addDays(-64).addMonths(6)
            << false << true << 64;
        // Construction and acceleration: overrun after 12 months.
        QTest::newRow("construction 12 months")
            << QList<PhaseRecord>{rec(Phase::Construction, {2025, 11, 24})} << QDate(2026, 9, 1)
            << QDate(2027, 3, 1) << false << false << 365;
        QTest::newRow("construction 12 months and a day")
            << QList<PhaseRecord>{rec(Phase::Construction, {2025, 11, 23})} << QDate(2026, 9, 1)
            << QDate(2027, 3, 1) << false << true << 366;
        QTest::newRow("acceleration 12 months and a day")
            << QList<PhaseRecord>{rec(Phase::Acceleration, {2025, 11, 23})} << QDate(2026, 9, 1)
            << QDate(2027, 3, 1) << false << true << 366;
        // Consolidation and exits never overrun.
        QTest::newRow("consolidation for years")
            << QList<PhaseRecord>{rec(Phase::Consolidation, {2022, 1, 1})} << QDate(2026, 9, 1)
            << QDate(2027, 3, 1) << false << false << 1788;
        QTest::newRow("operated for years")
            << QList<PhaseRecord>{rec(Phase::Opere, {2022, 1, 1})} << QDate() << QDate() << false << false
            << 1788;
        // Only the current phase counts: a long investigation in the past
        // is not an overrun today.
        QTest::newRow("past phase overran, current one fine")
            << QList<PhaseRecord>{rec(Phase::Investigation, {2025, 1, 1}, {2025, 9, 1}),
                                  rec(Phase::Construction, {2025, 12, 1})}
            << QDate(2026, 10, 1) << QDate(2027, 4, 1) << false << false << 358;
        // A current phase closed in the past counts up to its end.
        QTest::newRow("closed current phase counts to its end")
            << QList<PhaseRecord>{rec(Phase::Investigation, {2026, 1, 1}, {2026, 2, 1})} << QDate(2026, 10, 1)
            << QDate(2027, 4, 1) << false << false << 31;
    }

    void compute()
    {
        QFETCH(QList<PhaseRecord>, phases);
        QFETCH(QDate, lastCommittee);
        QFETCH(QDate, due);
        QFETCH(bool, overdue);
        QFETCH(bool, overrun);
        QFETCH(int, daysInPhase);

        const ProductStatus s = ProductStatus::compute(phases, lastCommittee, today);
        QCOMPARE(s.lastCommittee, lastCommittee);
        QCOMPARE(s.nextCommitteeDue, due);
        QCOMPARE(s.committeeOverdue, overdue);
        QCOMPARE(s.phaseOverrun, overrun);
        QCOMPARE(s.daysInPhase, daysInPhase);
        QCOMPARE(CommitteeSchedule::isOverdue(due, today, s.currentPhase), overdue);

        QStringList codes;
        if (overrun)
            codes << WarningCode::PhaseOverrun;
        if (overdue)
            codes << WarningCode::CommitteeOverdue;
        QCOMPARE(s.warnings(), codes);
    }

    void currentPhaseAndStart()
    {
        const QList<PhaseRecord> phases = {rec(Phase::Investigation, {2026, 1, 1}, {2026, 3, 1}),
                                           rec(Phase::Construction, {2026, 3, 1})};
        const ProductStatus s = ProductStatus::compute(phases, {}, today);
        QCOMPARE(s.currentPhase, std::optional<Phase>(Phase::Construction));
        QCOMPARE(s.phaseStart, QDate(2026, 3, 1));

        const ProductStatus none = ProductStatus::compute({}, {}, today);
        QCOMPARE(none.currentPhase, std::nullopt);
        QVERIFY(!none.phaseStart.isValid());
        QVERIFY(!none.nextCommitteeDue.isValid());
        QCOMPARE(none.warnings(), QStringList());
    }

    // Issue #20: an exited product shows no next committee date, even when
    // an envelope would run out or no committee is on record.
    void exitedProductHasNoCommitteeDue()
    {
        const QList<PhaseRecord> stopped = {rec(Phase::Construction, {2025, 1, 1}, {2026, 3, 1}),
                                            rec(Phase::Abandon, {2026, 3, 1})};
        ProductStatus s = ProductStatus::compute(stopped, QDate(2025, 6, 1), today);
        QVERIFY(!s.nextCommitteeDue.isValid());
        s.applyEnvelope(QDate(2026, 12, 31), today);
        QVERIFY(!s.nextCommitteeDue.isValid());
        QVERIFY(!s.dueToEnvelope);
        QVERIFY(!s.committeeOverdue);
        ProductStatus imported = ProductStatus::compute(stopped, {}, today);
        imported.applyEnvelope(QDate(2026, 12, 31), today);
        imported.applyNoCommitteeOnRecord(today);
        QVERIFY(!imported.nextCommitteeDue.isValid());
        QVERIFY(!imported.committeeUnknown);
        QCOMPARE(imported.warnings(), QStringList());
        // Still incubated: the envelope brings the date forward.
        ProductStatus running = ProductStatus::compute({rec(Phase::Construction, {2026, 1, 1})}, QDate(2026, 9, 1), today);
        running.applyEnvelope(QDate(2026, 12, 31), today);
        QCOMPARE(running.nextCommitteeDue, QDate(2026, 12, 1));
        QVERIFY(running.dueToEnvelope);
    }

    void warningCodesAreAContract()
    {
        QCOMPARE(WarningCode::PhaseOverrun, QStringLiteral("phase-overrun"));
        QCOMPARE(WarningCode::CommitteeOverdue, QStringLiteral("committee-overdue"));
        QCOMPARE(WarningCode::label(WarningCode::PhaseOverrun), QStringLiteral("Phase overrun"));
        QCOMPARE(WarningCode::label(WarningCode::CommitteeOverdue), QStringLiteral("Committee overdue"));
        QCOMPARE(WarningCode::label(QStringLiteral("unknown-code")), QStringLiteral("unknown-code"));
    }
};

QTEST_GUILESS_MAIN(TestProductStatus)
#include "tst_productstatus.moc"
