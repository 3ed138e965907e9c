// CommitteeHistory: every held committee of a product — held in Comité or
// imported from beta.gouv.fr — with decision, amount, period and phase
// change, the total granted, and the deliberation's version once final.

#include "commands/deliberationedits.h"
#include "deliberationfixture.h"
#include "deliberation/committeehistory.h"

#include <QTest>

using namespace Comite;

namespace {
const QLocale english(QLocale::English, QLocale::UnitedKingdom);

QString rowsText(const DeliberationDocument &doc)
{
    QStringList lines;
    for (const DocBlock &b : doc.blocks) {
        lines << b.text;
        for (const QStringList &row : b.rows)
            lines << row.join(u'|');
        for (const auto &[label, value] : b.facts)
            lines << label + QStringLiteral(": ") + value;
    }
    return lines.join(u'\n');
}
} // namespace

class TestCommitteeHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void history()
    {
        try {
            run();
        } catch (const StorageError &e) {
            QFAIL(qPrintable(e.message()));
        }
    }

    void importedCommitteeEnvelopes()
    {
        // An imported committee whose decision carries no amount: its two
        // envelopes (granted before the next committee) are what it granted.
        Test::DeliberationFixture f;
        Workspace &ws = f.ws();
        const qint64 imported = ws.committees().record(
            CommitteeReview{0, f.products.velo, QDate(2026, 5, 12), DecisionOption::Continue, QStringLiteral("Poursuite")});
        ws.database().exec(QStringLiteral("UPDATE sessions SET origin = 'betagouv' WHERE id = ?"), {imported});
        for (const auto &[start, amount] : {std::pair(QDate(2026, 6, 1), qint64(100000)), std::pair(QDate(2026, 9, 1), qint64(50000))}) {
            Envelope e;
            e.productId = f.products.velo;
            e.start = start;
            e.end = start.addMonths(3);
            e.amount = amount;
            e.origin = QStringLiteral("betagouv");
            ws.envelopes().insert(e);
        }
        const QString text = rowsText(*CommitteeHistory::build(ws, f.products.velo, english));
        QVERIFY2(text.contains(QStringLiteral("12 May 2026|beta.gouv.fr|") + DecisionOptions::label(DecisionOption::Continue)
                               + QStringLiteral("|€150,000|")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Total granted: €1,650,000")));
        QVERIFY(!text.contains(QStringLiteral("Total granted: €0")));
    }

private:
    void run()
    {
        Test::DeliberationFixture f;
        Workspace &ws = f.ws();
        // An older committee, imported.
        CommitteeReview old{0, f.products.velo, QDate(2026, 5, 12), DecisionOption::Recorded, QStringLiteral("Passage validé")};
        const qint64 imported = ws.committees().record(old);
        ws.database().exec(QStringLiteral("UPDATE sessions SET origin = 'betagouv' WHERE id = ?"), {imported});
        // A planned one is not a committee gone through yet.
        QVERIFY(f.products.create(ws) > 0);

        auto doc = CommitteeHistory::build(ws, f.products.velo, english);
        QVERIFY(doc);
        QString text = rowsText(*doc);
        QCOMPARE(doc->title, QStringLiteral("Committee history — Vélo pour tous"));
        QVERIFY(text.contains(QStringLiteral("12 May 2026|beta.gouv.fr|") + DecisionOptions::label(DecisionOption::Recorded)));
        QVERIFY(text.contains(QStringLiteral("24 November 2026|Comité|") + DecisionOptions::label(DecisionOption::Continue)
                              + QStringLiteral("|€1,500,000|from 1 December 2026 to 31 May 2027|") + Phases::label(Phase::Acceleration)));
        QVERIFY(text.contains(QStringLiteral("Committees: 2")));
        QVERIFY(text.contains(QStringLiteral("Total granted: €1,500,000")));
        QVERIFY(text.contains(QStringLiteral("Source: imported from beta.gouv.fr")));
        QVERIFY(text.contains(QStringLiteral("Passage validé")));
        QVERIFY(!text.contains(QStringLiteral("Deliberation: ")));  // none made final yet

        QVERIFY(Edit::markDeliberationFinal(ws, f.sessionId));
        text = rowsText(*CommitteeHistory::build(ws, f.products.velo, english));
        QVERIFY(text.contains(QStringLiteral("Deliberation: Version 1 · final")));

        // The escaped product keeps its title as typed (the writers escape it).
        QVERIFY(CommitteeHistory::build(ws, f.evil, english)->title.contains(Test::evilTitle));
        QVERIFY(!CommitteeHistory::build(ws, 999, english));
    }
};

QTEST_MAIN(TestCommitteeHistory)
#include "tst_committeehistory.moc"
