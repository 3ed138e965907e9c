// A beta.gouv.fr snapshot from before May 2026: the old phase names
// (alumni, success, transfer, perennisation) read as today's with the rule
// of the README, each mapping counted in the import report.

#include "betagouv/betagouvimporter.h"
#include "betagouv/betagouvmapping.h"
#include "io/portfoliojson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Comite;

namespace {
QString fixture()
{
    return QStringLiteral(COMITE_TEST_DATA "/betagouv/old-2025");
}

// "investigation 2019-01-07..2019-03-04, alumni…" as phase keys and starts.
QStringList phases(Workspace &ws, const QString &slug)
{
    QStringList result;
    const QJsonObject p = PortfolioJson::product(ws, slug).value_or(QJsonObject());
    for (const QJsonValue &phase : p[QStringLiteral("phases")].toArray())
        result << phase[QStringLiteral("name")].toString() + u' ' + phase[QStringLiteral("start")].toString();
    return result;
}
} // namespace

class TestBetagouvOldSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oldPhaseNamesAreReadAsTodays()
    {
        Test::TempWorkspace ws;
        const BetagouvReport report = BetagouvImporter::importFolder(ws->database(), fixture(), {});
        QVERIFY2(report.succeeded(), qPrintable(report.text()));
        QCOMPARE(report.created.products, 7);
        // The member space's rule, a warning only: the restarted product has
        // two investigations.
        QVERIFY(report.warnings.isEmpty());
        QCOMPARE(report.advisories.size(), 1);
        QCOMPARE(report.advisories.first().text(),
                 QStringLiteral("startups/alumni-puis-reprise.md:6: the member space's rules: “investigation” is given 2 "
                                "times (rows 1, 3); the member space allows each phase once."));

        // Never left investigation: abandon-investigation.
        QCOMPARE(phases(*ws, QStringLiteral("jamais-sorti")),
                 (QStringList{QStringLiteral("investigation 2019-01-07"), QStringLiteral("abandon-investigation 2019-03-04")}));
        // Left investigation: abandon.
        QCOMPARE(phases(*ws, QStringLiteral("sorti-de-construction")).last(), QStringLiteral("abandon 2020-06-30"));
        // A later phase says otherwise: alumni then transfer is one transfere
        // phase from the day the product left, the later comment kept.
        QCOMPARE(phases(*ws, QStringLiteral("alumni-puis-transfert")),
                 (QStringList{QStringLiteral("investigation 2018-02-05"), QStringLiteral("construction 2018-04-02"),
                              QStringLiteral("transfere 2019-06-01")}));
        const auto transferred = ws->products().load(*ws->products().idForSlug(QStringLiteral("alumni-puis-transfert")));
        QCOMPARE(transferred->phases.last().comment, QStringLiteral("Repris par le ministère"));
        QVERIFY(!transferred->phases.last().end.isValid());
        // A later active phase is a restart after the stop.
        QCOMPARE(phases(*ws, QStringLiteral("alumni-puis-reprise")),
                 (QStringList{QStringLiteral("investigation 2019-01-07"), QStringLiteral("abandon-investigation 2019-03-04"),
                              QStringLiteral("investigation 2020-09-01")}));
        QVERIFY(ws->products().load(*ws->products().idForSlug(QStringLiteral("alumni-puis-reprise")))->phases.last().restart);
        // Renamed one to one.
        QCOMPARE(phases(*ws, QStringLiteral("succes")).last(), QStringLiteral("transfere 2020-01-06"));
        QCOMPARE(phases(*ws, QStringLiteral("transfert")).last(), QStringLiteral("transfere 2021-01-04"));
        QCOMPARE(phases(*ws, QStringLiteral("perenne")).last(), QStringLiteral("consolidation 2024-01-08"));

        const QMap<QString, int> counts = report.renameCounts();
        QCOMPARE(counts, (QMap<QString, int>{{QStringLiteral("alumni → abandon-investigation"), 2},
                                             {QStringLiteral("alumni → abandon"), 1},
                                             {QStringLiteral("alumni → transfere"), 1},
                                             {QStringLiteral("transfer → transfere"), 2},
                                             {QStringLiteral("success → transfere"), 1},
                                             {QStringLiteral("perennisation → consolidation"), 1}}));
        const QString text = report.text();
        QVERIFY2(text.contains(QStringLiteral("Old phase names (files from before May 2026): 8")), qPrintable(text));
        QVERIFY(text.contains(BetagouvMapping::oldPhaseRule()));
        QVERIFY(text.contains(QStringLiteral("  alumni → abandon-investigation: 2\n")));
        QVERIFY(text.contains(QStringLiteral("startups/jamais-sorti.md:9: phase 2: “alumni”, a name from before May 2026, "
                                             "was read as “abandon-investigation” (the product never left investigation).")));
        QVERIFY(text.contains(QStringLiteral("startups/sorti-de-construction.md:")));
        QVERIFY(text.contains(QStringLiteral("(the product had left investigation)")));

        const QJsonObject byPhase = PortfolioJson::summary(*ws)[QStringLiteral("by_phase")].toObject();
        QCOMPARE(byPhase[QStringLiteral("transfere")].toInt(), 3);
        QCOMPARE(byPhase[QStringLiteral("abandon-investigation")].toInt(), 1);
        QCOMPARE(byPhase[QStringLiteral("abandon")].toInt(), 1);
        QCOMPARE(byPhase[QStringLiteral("consolidation")].toInt(), 1);
        QCOMPARE(byPhase[QStringLiteral("investigation")].toInt(), 1);

        // Re-importing the same snapshot changes nothing.
        const BetagouvReport again = BetagouvImporter::importFolder(ws->database(), fixture(), {});
        QCOMPARE(again.unchanged.products, 7);
    }

    void todaysNamesAreNotRenamed()
    {
        Test::TempWorkspace ws;
        const BetagouvReport report
            = BetagouvImporter::importFolder(ws->database(), QStringLiteral(COMITE_TEST_DATA "/betagouv/flat"), {});
        QVERIFY(report.renames.isEmpty());
        QVERIFY(!report.text().contains(QStringLiteral("before May 2026")));
    }
};

QTEST_GUILESS_MAIN(TestBetagouvOldSnapshot)
#include "tst_betagouvoldsnapshot.moc"
