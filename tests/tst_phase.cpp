// Phases: stable keys (stored and exported), labels, the old
// "perennisation" spelling, the active/stop/exit groups and the overrun
// limits of DESIGN.md (investigation 9 weeks, construction and
// acceleration 12 months).

#include "domain/phase.h"

#include <QTest>

using namespace Comite;

class TestPhase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys_data()
    {
        QTest::addColumn<Phase>("phase");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("label");
        QTest::newRow("investigation") << Phase::Investigation << "investigation" << "Investigation";
        QTest::newRow("construction") << Phase::Construction << "construction" << "Construction";
        QTest::newRow("acceleration") << Phase::Acceleration << "acceleration" << "Acceleration";
        QTest::newRow("consolidation") << Phase::Consolidation << "consolidation" << "Consolidation";
        QTest::newRow("opere") << Phase::Opere << "opere" << "Operated";
        QTest::newRow("transfere") << Phase::Transfere << "transfere" << "Transferred";
        QTest::newRow("abandon-investigation") << Phase::AbandonInvestigation << "abandon-investigation"
                                               << "Investigation not pursued";
        QTest::newRow("abandon") << Phase::Abandon << "abandon" << "Stopped";
    }

    void keys()
    {
        QFETCH(Phase, phase);
        QFETCH(QString, key);
        QFETCH(QString, label);
        QCOMPARE(Phases::key(phase), key);
        QCOMPARE(Phases::fromKey(key), std::optional<Phase>(phase));
        // No translator is installed: the English source label.
        QCOMPARE(Phases::label(phase), label);
    }

    void allInDesignOrder()
    {
        const QList<Phase> expected = {Phase::Investigation, Phase::Construction, Phase::Acceleration,
                                       Phase::Consolidation, Phase::Opere, Phase::Transfere,
                                       Phase::AbandonInvestigation, Phase::Abandon};
        QCOMPARE(Phases::all(), expected);
    }

    void fromKeyAcceptsOldSpelling()
    {
        QCOMPARE(Phases::fromKey(u"perennisation"), std::optional<Phase>(Phase::Consolidation));
        QCOMPARE(Phases::fromKey(QStringLiteral("pérennisation")), std::optional<Phase>(Phase::Consolidation));
        // The canonical key stays "consolidation".
        QCOMPARE(Phases::key(*Phases::fromKey(u"perennisation")), QStringLiteral("consolidation"));
    }

    void fromKeyRefusesUnknown_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << "";
        QTest::newRow("unknown") << "incubation";
        QTest::newRow("upper case") << "Construction";
        QTest::newRow("label not key") << "Operated";
        QTest::newRow("padded") << " investigation";
    }

    void fromKeyRefusesUnknown()
    {
        QFETCH(QString, key);
        QCOMPARE(Phases::fromKey(key), std::nullopt);
    }

    void groups_data()
    {
        QTest::addColumn<Phase>("phase");
        QTest::addColumn<bool>("active");
        QTest::addColumn<bool>("stop");
        QTest::addColumn<bool>("exit");
        QTest::newRow("investigation") << Phase::Investigation << true << false << false;
        QTest::newRow("construction") << Phase::Construction << true << false << false;
        QTest::newRow("acceleration") << Phase::Acceleration << true << false << false;
        QTest::newRow("consolidation") << Phase::Consolidation << true << false << false;
        QTest::newRow("opere") << Phase::Opere << false << false << true;
        QTest::newRow("transfere") << Phase::Transfere << false << false << true;
        QTest::newRow("abandon-investigation") << Phase::AbandonInvestigation << false << true << false;
        QTest::newRow("abandon") << Phase::Abandon << false << true << false;
    }

    void groups()
    {
        QFETCH(Phase, phase);
        QFETCH(bool, active);
        QFETCH(bool, stop);
        QFETCH(bool, exit);
        QCOMPARE(Phases::isActive(phase), active);
        QCOMPARE(Phases::isStop(phase), stop);
        QCOMPARE(Phases::isExit(phase), exit);
    }

    void overrunLimit_data()
    {
        QTest::addColumn<Phase>("phase");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("limit");
        QTest::newRow("investigation: 9 weeks") << Phase::Investigation << QDate(2026, 1, 5) << QDate(2026, 3, 9);
        QTest::newRow("construction: 12 months") << Phase::Construction << QDate(2025, 11, 24) << QDate(2026, 11, 24);
        QTest::newRow("construction from 29 Feb") << Phase::Construction << QDate(2024, 2, 29) << QDate(2025, 2, 28);
        QTest::newRow("acceleration: 12 months") << Phase::Acceleration << QDate(2026, 3, 31) << QDate(2027, 3, 31);
        QTest::newRow("consolidation: none") << Phase::Consolidation << QDate(2026, 1, 1) << QDate();
        QTest::newRow("opere: none") << Phase::Opere << QDate(2026, 1, 1) << QDate();
        QTest::newRow("transfere: none") << Phase::Transfere << QDate(2026, 1, 1) << QDate();
        QTest::newRow("abandon-investigation: none") << Phase::AbandonInvestigation << QDate(2026, 1, 1) << QDate();
        QTest::newRow("abandon: none") << Phase::Abandon << QDate(2026, 1, 1) << QDate();
    }

    void overrunLimit()
    {
        QFETCH(Phase, phase);
        QFETCH(QDate, start);
        QFETCH(QDate, limit);
        QCOMPARE(Phases::overrunLimit(phase, start), limit);
    }

    void badgeTextIsReadable()
    {
        // Text on a badge is black or white, picked for contrast (RGAA).
        for (Phase phase : Phases::all()) {
            const QColor text = Phases::badgeTextColor(phase);
            QVERIFY2(text == QColor(Qt::black) || text == QColor(Qt::white), qPrintable(Phases::key(phase)));
            QVERIFY(Phases::badgeColor(phase).isValid());
        }
        // Light yellow takes black text, dark red takes white text.
        QCOMPARE(Phases::badgeTextColor(Phase::Investigation), QColor(Qt::black));
        QCOMPARE(Phases::badgeTextColor(Phase::Abandon), QColor(Qt::white));
    }
};

QTEST_GUILESS_MAIN(TestPhase)
#include "tst_phase.moc"
