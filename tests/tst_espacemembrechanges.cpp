// What to retype in the member space (EspaceMembreChanges, comite
// export-changes): a committee held in Comité with its decision, a phase
// change the imported file does not hold and a new envelope, per product,
// with the committee documents named as the member space files them; what
// came from the files and what is older than --since is left out.

#include "betagouv/betagouvimporter.h"
#include "betagouv/espacemembrechanges.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Comite;

class TestEspaceMembreChanges : public QObject
{
    Q_OBJECT

    static void recordInComite(Workspace &ws)
    {
        Database &db = ws.database();
        const qint64 id = *ws.products().idForSlug(QStringLiteral("mon-service"));
        db.exec(QStringLiteral("INSERT INTO sessions (id, title, starts_at, status) VALUES (90, 'Comité d''automne', "
                               "'2026-10-06T14:00:00', 'held')"));
        db.exec(QStringLiteral("INSERT INTO session_products (session_id, product_id) VALUES (90, ?)"), {id});
        db.exec(QStringLiteral("INSERT INTO decisions (session_id, product_id, option, comment) VALUES (90, ?, 'continue', "
                               "'Passage en consolidation')"),
                {id});
        // An older Comité session, before --since: left out.
        db.exec(QStringLiteral("INSERT INTO sessions (id, starts_at, status) VALUES (91, '2025-01-10T10:00:00', 'held')"));
        db.exec(QStringLiteral("INSERT INTO session_products (session_id, product_id) VALUES (91, ?)"), {id});
        db.exec(QStringLiteral("INSERT INTO envelopes (product_id, start_date, end_date, amount, source, label) "
                               "VALUES (?, '2026-10-07', '2027-04-06', 350000, 'sponsor', 'Consolidation')"),
                {id});
        Product p = *ws.products().load(id);
        p.phases.last().end = QDate(2026, 10, 6);
        p.phases << PhaseRecord{Phase::Consolidation, QDate(2026, 10, 6), {}, {}, false};
        ws.products().setPhases(id, p.phases);
    }

private Q_SLOTS:
    void listsWhatTheMemberSpaceMustBeTold()
    {
        Test::TempWorkspace ws;
        QVERIFY(BetagouvImporter::importFolder(ws->database(), QStringLiteral(COMITE_TEST_DATA "/betagouv/flat"), {})
                    .succeeded());
        recordInComite(*ws);
        const EspaceMembreChanges changes = EspaceMembreChanges::collect(ws->database(), QDate(2026, 9, 1));
        QCOMPARE(changes.products.size(), 1);  // the files' committees are not news
        const EspaceMembreChanges::Product &p = changes.products.first();
        QCOMPARE(p.slug, QStringLiteral("mon-service"));
        QCOMPARE(p.committees.size(), 1);
        QCOMPARE(p.committees.first().date, QDate(2026, 10, 6));
        QCOMPARE(p.committees.first().decision, DecisionOption::Continue);
        QCOMPARE(p.phases.size(), 1);
        QCOMPARE(p.phases.first().phase, Phase::Consolidation);
        QCOMPARE(p.envelopes.size(), 1);
        QCOMPARE(p.envelopes.first().amount, 350000);
        QCOMPARE(p.documents.size(), 2);
        QCOMPARE(p.documents[0].fileName, QStringLiteral("comite-2026-10-06-mon-service-dossier-de-preparation.pdf"));
        QCOMPARE(p.documents[1].fileName, QStringLiteral("comite-2026-10-06-mon-service-deliberation.pdf"));
        QCOMPARE(p.documents[1].command,
                 QStringLiteral("comite export-deliberation --session 90 --format pdf --out "
                                "comite-2026-10-06-mon-service-deliberation.pdf"));

        const QString md = changes.markdown();
        QVERIFY2(md.contains(QStringLiteral("## Mon Service (`mon-service`)")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("- Committee of 2026-10-06: ")));
        QVERIFY(md.contains(QStringLiteral(" — Passage en consolidation\n")));
        QVERIFY(md.contains(QStringLiteral("- Phase “consolidation” (Consolidation) from 2026-10-06\n")));
        QVERIFY(md.contains(QStringLiteral("- New envelope: ")));
        QVERIFY(!md.contains(QStringLiteral("2025-01-10")));
        const QString html = changes.html();
        QVERIFY(html.contains(QStringLiteral("<code>comite export-deliberation --session 90 --format pdf")));
        QVERIFY(html.contains(QStringLiteral("<h2>Mon Service (<code>mon-service</code>)</h2>")));

        // Nothing since a later date.
        const EspaceMembreChanges none = EspaceMembreChanges::collect(ws->database(), QDate(2026, 11, 1));
        QVERIFY(none.products.isEmpty());
        QVERIFY(none.markdown().contains(QStringLiteral("Nothing to tell")));
    }

    void commandWritesEachFormat()
    {
        Test::TempWorkspace ws;
        QVERIFY(BetagouvImporter::importFolder(ws->database(), QStringLiteral(COMITE_TEST_DATA "/betagouv/flat"), {})
                    .succeeded());
        recordInComite(*ws);
        const Test::Run toStdout = Test::comite({QStringLiteral("export-changes"), QStringLiteral("--since"),
                                                 QStringLiteral("2026-09-01"), QStringLiteral("--db"), ws.path()});
        QCOMPARE(toStdout.exitCode, 0);
        QVERIFY(toStdout.out.contains("## Mon Service"));
        for (const QString &suffix : {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf")}) {
            const QString out = ws.dir.filePath(QStringLiteral("changes.") + suffix);
            const Test::Run r = Test::comite({QStringLiteral("export-changes"), QStringLiteral("--since"),
                                              QStringLiteral("2026-09-01"), QStringLiteral("--out"), out,
                                              QStringLiteral("--db"), ws.path()});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(QFileInfo(out).size() > 100);
        }
        // --json: the same facts for scripts, with the file written.
        const Test::Run json = Test::comite({QStringLiteral("export-changes"), QStringLiteral("--since"),
                                             QStringLiteral("2026-09-01"), QStringLiteral("--json"), QStringLiteral("--db"),
                                             ws.path()});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o[QStringLiteral("since")].toString(), QStringLiteral("2026-09-01"));
        QVERIFY(o[QStringLiteral("written")].isNull());
        const QJsonArray products = o[QStringLiteral("products")].toArray();
        QCOMPARE(products.size(), 1);
        const QJsonObject p = products.first().toObject();
        QCOMPARE(p[QStringLiteral("slug")].toString(), QStringLiteral("mon-service"));
        QCOMPARE(p[QStringLiteral("committees")].toArray().size(), 1);
        QCOMPARE(p[QStringLiteral("committees")][0][QStringLiteral("decision")].toString(), QStringLiteral("continue"));
        QVERIFY(p[QStringLiteral("documents")][0][QStringLiteral("file_name")].toString().endsWith(QStringLiteral(".pdf")));

        QFile pdf(ws.dir.filePath(QStringLiteral("changes.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(Test::comite({QStringLiteral("export-changes"), QStringLiteral("--since"), QStringLiteral("hier"),
                               QStringLiteral("--db"), ws.path()})
                     .exitCode,
                 2);
        QCOMPARE(Test::comite({QStringLiteral("export-changes"), QStringLiteral("--since"), QStringLiteral("2026-09-01"),
                               QStringLiteral("--out"), ws.dir.filePath(QStringLiteral("x.odt")), QStringLiteral("--db"), ws.path()})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestEspaceMembreChanges)
#include "tst_espacemembrechanges.moc"
