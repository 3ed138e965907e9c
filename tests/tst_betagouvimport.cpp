// BetagouvImporter: a beta.gouv.fr folder into the database — the mapping as
// the product JSON shows it, both layouts, bad files, --strict, re-import
// (idempotent, three-way with what was typed in Comité), cancel.

#include "betagouv/betagouvimporter.h"
#include "betagouv/betagouvreader.h"
#include "io/portfoliojson.h"
#include "storage/portfoliowriter.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Comite;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(COMITE_TEST_DATA "/betagouv/") + name;
}

// A copy of a fixture folder that a test may edit.
void copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(file, target);
    }
}

void rewrite(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray content = f.readAll();
    f.close();
    QVERIFY2(content.contains(from), from.constData());
    content.replace(from, to);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

// Every row of every table, to compare a database before and after.
QStringList dump(Database &db)
{
    QStringList rows;
    QSqlQuery tables = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : names) {
        QSqlQuery q = db.exec(QStringLiteral("SELECT * FROM ") + table);
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            rows << table + u':' + values.join(u'|');
        }
    }
    rows.sort();
    return rows;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q = db.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

QJsonObject productJson(Workspace &ws, const QString &slug)
{
    return PortfolioJson::product(ws, slug).value_or(QJsonObject());
}

QStringList paths(const QList<BetagouvIssue> &issues)
{
    QStringList result;
    for (const BetagouvIssue &i : issues)
        result << i.path;
    return result;
}
} // namespace

class TestBetagouvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsEveryMapping()
    {
        Test::TempWorkspace ws;
        const BetagouvReport report = BetagouvImporter::importFolder(ws->database(), fixture(QStringLiteral("flat")), {});
        QVERIFY(report.succeeded());
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.files, 9);
        QCOMPARE(report.created, (BetagouvCounts{3, 2, 4}));
        QCOMPARE(report.updated.total() + report.unchanged.total(), 0);
        QVERIFY(report.skipped.isEmpty());
        QVERIFY(report.warnings.isEmpty());
        QCOMPARE(paths(report.notes), (QStringList{QStringLiteral("startups/double-phase.md"), QStringLiteral("startups/mon-service.md"),
                                                  QStringLiteral("startups/reprise.md")}));

        const QJsonObject p = productJson(*ws, QStringLiteral("mon-service"));
        QCOMPARE(p[QStringLiteral("title")].toString(), QStringLiteral("Mon Service"));
        QVERIFY(p[QStringLiteral("pitch")].toString().startsWith(QLatin1String("Permettre aux usagers")));
        QCOMPARE(p[QStringLiteral("incubator")].toString(), QStringLiteral("lab-test"));
        QCOMPARE(p[QStringLiteral("sponsors")].toArray(), (QJsonArray{QStringLiteral("dinum"), QStringLiteral("ademe")}));
        QVERIFY(p[QStringLiteral("description")].toString().startsWith(QStringLiteral("## Le problème\n\n")));
        QCOMPARE(p[QStringLiteral("links")].toArray().size(), 6);
        QCOMPARE(p[QStringLiteral("links")][4][QStringLiteral("kind")].toString(), QStringLiteral("dashlord"));
        QCOMPARE(p[QStringLiteral("current_phase")].toString(), QStringLiteral("acceleration"));
        const QJsonArray phases = p[QStringLiteral("phases")].toArray();
        QCOMPARE(phases.size(), 3);
        QCOMPARE(phases[0].toObject(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("investigation")},
                                                    {QStringLiteral("start"), QStringLiteral("2021-01-04")},
                                                    {QStringLiteral("end"), QStringLiteral("2021-03-01")},
                                                    {QStringLiteral("comment"), QStringLiteral("Enquête auprès de 40 usagers")}}));
        QCOMPARE(phases[1][QStringLiteral("end")], QJsonValue(QJsonValue::Null));
        const QJsonArray committees = p[QStringLiteral("committees")].toArray();
        QCOMPARE(committees.size(), 2);
        QCOMPARE(committees[1].toObject(), (QJsonObject{{QStringLiteral("date"), QStringLiteral("2022-09-12")},
                                                        {QStringLiteral("decision"), QStringLiteral("recorded")},
                                                        {QStringLiteral("comment"), QStringLiteral("Passage en accélération validé\nBudget reconduit pour un an")}}));
        QCOMPARE(p[QStringLiteral("last_committee")].toString(), QStringLiteral("2022-09-12"));
        const QJsonArray events = p[QStringLiteral("events")].toArray();
        QStringList kinds;
        for (const QJsonValue &e : events)
            kinds << e[QStringLiteral("kind")].toString();
        QCOMPARE(kinds, (QStringList{QStringLiteral("product_launch"), QStringLiteral("fast"), QStringLiteral("national_impact"),
                                     QStringLiteral("hackathon"), QStringLiteral("other")}));  // by date
        QCOMPARE(events[0][QStringLiteral("date")].toString(), QStringLiteral("2021-06-01"));
        QCOMPARE(p[QStringLiteral("fundings")].toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("fast")},
                                         {QStringLiteral("amount"), 200000},
                                         {QStringLiteral("label"), QStringLiteral("FAST promotion 13")},
                                         {QStringLiteral("start"), QJsonValue::Null},
                                         {QStringLiteral("end"), QJsonValue::Null}}}));
        QCOMPARE(p[QStringLiteral("betagouv")].toObject(),
                 (QJsonObject{{QStringLiteral("path"), QStringLiteral("startups/mon-service.md")},
                              {QStringLiteral("changed"), false}}));

        // Same-day phases: the one listed last is current; a restart after a stop.
        const QJsonObject twice = productJson(*ws, QStringLiteral("double-phase"));
        QCOMPARE(twice[QStringLiteral("current_phase")].toString(), QStringLiteral("transfere"));
        QCOMPARE(ws->products().load(*ws->products().idForSlug(QStringLiteral("double-phase")))->phases.last().restart, true);
        QCOMPARE(productJson(*ws, QStringLiteral("reprise"))[QStringLiteral("current_phase")].toString(),
                 QStringLiteral("investigation"));

        const auto mte = ws->organisations().organisationBySlug(QStringLiteral("mte"));
        QVERIFY(mte);
        QCOMPARE(mte->name, QStringLiteral("Ministère de la Transition écologique"));
        QCOMPARE(mte->kind, QStringLiteral("ministere"));
        const auto lab = ws->organisations().incubatorBySlug(QStringLiteral("lab-test"));
        QCOMPARE(lab->name, QStringLiteral("Le Lab d'essai"));
        QCOMPARE(lab->ownerId, ws->organisations().organisationBySlug(QStringLiteral("dinum"))->id);

        const QJsonObject s = PortfolioJson::summary(*ws);
        QCOMPARE(s[QStringLiteral("products")].toInt(), 4);
        QCOMPARE(s[QStringLiteral("incubators")].toInt(), 2);
        QCOMPARE(s[QStringLiteral("organisations")].toInt(), 3);
        QCOMPARE(s[QStringLiteral("committees")].toInt(), 2);
        QCOMPARE(s[QStringLiteral("products_with_committee")].toInt(), 1);
        const QJsonObject byPhase = s[QStringLiteral("by_phase")].toObject();
        QCOMPARE(byPhase[QStringLiteral("acceleration")].toInt(), 1);
        QCOMPARE(byPhase[QStringLiteral("transfere")].toInt(), 1);
        QCOMPARE(byPhase[QStringLiteral("investigation")].toInt(), 2);
        QCOMPARE(s[QStringLiteral("by_incubator")][QStringLiteral("fabrique-verte")].toInt(), 2);
    }

    void siteLayout()
    {
        Test::TempWorkspace ws;
        const BetagouvReport report = BetagouvImporter::importFolder(ws->database(), fixture(QStringLiteral("site")), {});
        QCOMPARE(report.created, (BetagouvCounts{1, 1, 1}));
        QVERIFY(report.skipped.isEmpty());  // content/_posts is not read
        const QJsonObject p = productJson(*ws, QStringLiteral("aides-territoires"));
        QCOMPARE(p[QStringLiteral("incubator")].toString(), QStringLiteral("incubateur-territoires"));
        QCOMPARE(p[QStringLiteral("sponsors")].toArray(), QJsonArray{QStringLiteral("anct")});
        QCOMPARE(p[QStringLiteral("committees")].toArray().size(), 1);
        QCOMPARE(p[QStringLiteral("betagouv")][QStringLiteral("path")].toString(),
                 QStringLiteral("content/_startups/aides-territoires.md"));
    }

    void notAFolder_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("missing") << fixture(QStringLiteral("no-such-folder"));
        QTest::newRow("no content folders") << fixture(QStringLiteral("site/content/_posts"));
    }

    void notAFolder()
    {
        QFETCH(QString, folder);
        Test::TempWorkspace ws;
        const BetagouvReport report = BetagouvImporter::importFolder(ws->database(), folder, {});
        QVERIFY(!report.error.isEmpty());
        QCOMPARE(report.exitCode(), 1);
        QVERIFY(PortfolioWriter::isEmpty(ws->database()));
    }

    void badFilesAreSkippedWithTheirReason()
    {
        Test::TempWorkspace ws;
        const BetagouvReport report = BetagouvImporter::importFolder(ws->database(), fixture(QStringLiteral("bad")), {});
        QVERIFY(report.succeeded());
        QCOMPARE(report.exitCode(), 0);  // skipped files, the rest imported
        QCOMPARE(report.created, (BetagouvCounts{1, 1, 4}));
        QCOMPARE(paths(report.skipped),
                 (QStringList{QStringLiteral("organisations/sans-nom.md"), QStringLiteral("startups/double.md"),
                              QStringLiteral("startups/erreur-yaml.md"), QStringLiteral("startups/latin1.md"),
                              QStringLiteral("startups/liste.md"), QStringLiteral("startups/non-ferme.md"),
                              QStringLiteral("startups/sans-front-matter.md"), QStringLiteral("startups/sans-titre.md"),
                              QStringLiteral("startups/sous-dossier")}));
        const BetagouvIssue yaml = report.skipped[2];
        QCOMPARE(yaml.line, 6);
        QVERIFY(yaml.message.startsWith(QLatin1String("YAML error")));
        QVERIFY(report.skipped[1].message.contains(QLatin1String("startups/double")));
        QVERIFY(report.skipped[3].message.contains(QLatin1String("UTF-8")));
        // Each skipped file is named in the text, with the line for YAML.
        const QString text = report.text();
        QVERIFY(text.contains(QLatin1String("Skipped: 9")));
        QVERIFY(text.contains(QLatin1String("startups/erreur-yaml.md:6: YAML error")));

        QCOMPARE(report.warnings.size(), 11);
        QCOMPARE(paths(report.warnings).count(QStringLiteral("startups/entrees-douteuses.md")), 9);
        QVERIFY(paths(report.warnings).contains(QStringLiteral("incubators/lab-test.md")));  // unknown owner
        QVERIFY(paths(report.warnings).contains(QStringLiteral("startups/incubateur-inconnu.md")));

        const Product doubtful = *ws->products().load(*ws->products().idForSlug(QStringLiteral("entrees-douteuses")));
        QCOMPARE(doubtful.phases.size(), 3);
        QCOMPARE(doubtful.phases[0].end, QDate());
        QCOMPARE(doubtful.phases[1].start, QDate(2020, 4, 1));
        QCOMPARE(doubtful.sponsorIds.size(), 1);
        QCOMPARE(ws->committees().forProduct(doubtful.id).size(), 1);
        QCOMPARE(ws->products().load(*ws->products().idForSlug(QStringLiteral("incubateur-inconnu")))->incubatorId, 0);
        QCOMPARE(ws->products().load(*ws->products().idForSlug(QStringLiteral("double")))->title,
                 QStringLiteral("Double (sans extension)"));
        QCOMPARE(ws->organisations().incubatorBySlug(QStringLiteral("lab-test"))->ownerId, 0);
    }

    void strictImportsNothingWhenAFileIsBad_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<bool>("refused");
        QTest::newRow("bad files") << QStringLiteral("bad") << true;
        QTest::newRow("notes only") << QStringLiteral("flat") << false;
    }

    void strictImportsNothingWhenAFileIsBad()
    {
        QFETCH(QString, folder);
        QFETCH(bool, refused);
        Test::TempWorkspace ws;
        const BetagouvReport report = BetagouvImporter::importFolder(ws->database(), fixture(folder), {true});
        QCOMPARE(report.strictRefused, refused);
        QCOMPARE(report.exitCode(), refused ? 1 : 0);
        QCOMPARE(PortfolioWriter::isEmpty(ws->database()), refused);
        if (refused) {
            QCOMPARE(report.created.total(), 0);
            QVERIFY(report.text().contains(QLatin1String("Nothing was imported")));
            QCOMPARE(report.problemFiles(), 12);
        }
    }

    void reimportIsIdempotent()
    {
        Test::TempWorkspace ws;
        BetagouvImporter::importFolder(ws->database(), fixture(QStringLiteral("flat")), {});
        const QStringList before = dump(ws->database());
        QJsonArray jsonBefore;
        for (const auto &s : ws->products().summaries())
            jsonBefore << productJson(*ws, s.slug);
        const BetagouvReport again = BetagouvImporter::importFolder(ws->database(), fixture(QStringLiteral("flat")), {});
        QCOMPARE(again.created.total(), 0);
        QCOMPARE(again.updated.total(), 0);
        QCOMPARE(again.unchanged, (BetagouvCounts{3, 2, 4}));
        QCOMPARE(dump(ws->database()), before);
        QJsonArray jsonAfter;
        for (const auto &s : ws->products().summaries())
            jsonAfter << productJson(*ws, s.slug);
        QCOMPARE(jsonAfter, jsonBefore);
    }

    void changedFileUpdatesWhatItMaps()
    {
        Test::TempWorkspace ws;
        QTemporaryDir dir;
        copyFolder(fixture(QStringLiteral("flat")), dir.path());
        BetagouvImporter::importFolder(ws->database(), dir.path(), {});
        const qint64 id = *ws->products().idForSlug(QStringLiteral("mon-service"));
        const QList<CommitteeReview> committeesBefore = ws->committees().forProduct(id);

        const QString file = dir.filePath(QStringLiteral("startups/mon-service.md"));
        rewrite(file, "title: Mon Service\n", "title: Mon Service public\n");
        // The first committee's comment changes, a third committee appears.
        rewrite(file, "    comment: Comité de fin de construction\n", "    comment: Comité de fin de construction (V2)\n");
        rewrite(file, "  - name: national_impact\n", "  - name: committee\n    date: 2023-03-01\n  - name: national_impact\n");
        rewrite(file, "  montant: 200000\n", "  montant: 250000\n");
        rewrite(dir.filePath(QStringLiteral("organisations/ademe.md")), "acronym: ADEME", "acronym: Ademe");

        const BetagouvReport report = BetagouvImporter::importFolder(ws->database(), dir.path(), {});
        QCOMPARE(report.updated, (BetagouvCounts{1, 0, 1}));
        QCOMPARE(report.unchanged, (BetagouvCounts{2, 2, 3}));
        QCOMPARE(report.created.total(), 0);
        const QJsonObject p = productJson(*ws, QStringLiteral("mon-service"));
        QCOMPARE(p[QStringLiteral("title")].toString(), QStringLiteral("Mon Service public"));
        QCOMPARE(p[QStringLiteral("fundings")][0][QStringLiteral("amount")].toInt(), 250000);
        const QList<CommitteeReview> committees = ws->committees().forProduct(id);
        QCOMPARE(committees.size(), 3);
        QCOMPARE(committees[0].sessionId, committeesBefore[0].sessionId);  // the same session, updated
        QCOMPARE(committees[0].comment, QStringLiteral("Comité de fin de construction (V2)"));
        QCOMPARE(committees[1].sessionId, committeesBefore[1].sessionId);
        QCOMPARE(committees[2].date, QDate(2023, 3, 1));
        QCOMPARE(ws->organisations().organisationBySlug(QStringLiteral("ademe"))->acronym, QStringLiteral("Ademe"));
        QCOMPARE(count(ws->database(), QStringLiteral("SELECT count(*) FROM envelopes")), 1);
        QCOMPARE(count(ws->database(), QStringLiteral("SELECT count(*) FROM betagouv_sources")), 9);
    }

    void dataTypedInComiteSurvivesReimport()
    {
        Test::TempWorkspace ws;
        QTemporaryDir dir;
        copyFolder(fixture(QStringLiteral("flat")), dir.path());
        BetagouvImporter::importFolder(ws->database(), dir.path(), {});
        ProductRepository &products = ws->products();
        const qint64 id = *products.idForSlug(QStringLiteral("mon-service"));
        // Typed in Comité: people, a budget, a committee held in Comité, a
        // phase change, a new pitch.
        products.setField(id, ProductField::Intrapreneur, QStringLiteral("Camille Martin"));
        products.setField(id, ProductField::Coach, QStringLiteral("Léa Dubois"));
        products.setField(id, ProductField::Pitch, QStringLiteral("Un pitch réécrit dans Comité"));
        Incubator lab = *ws->organisations().incubatorBySlug(QStringLiteral("lab-test"));
        lab.yearlyBudget = 1500000;
        ws->organisations().update(lab);
        const qint64 held = ws->committees().record({0, id, QDate(2026, 10, 6), DecisionOption::Continue, QStringLiteral("Budget reconduit")});
        QList<PhaseRecord> phases = products.load(id)->phases;
        phases.last().end = QDate(2026, 10, 6);
        phases << PhaseRecord{Phase::Consolidation, QDate(2026, 10, 6), {}, QStringLiteral("Décidé en comité"), false};
        products.setPhases(id, phases);

        // Same files: nothing touched.
        BetagouvReport report = BetagouvImporter::importFolder(ws->database(), dir.path(), {});
        QCOMPARE(report.unchanged.total(), 9);
        Product p = *products.load(id);
        QCOMPARE(p.phases, phases);
        QCOMPARE(p.pitch, QStringLiteral("Un pitch réécrit dans Comité"));

        // Changed files: the file's new title and committee come in; what
        // Comité changed stays, a conflict keeps Comité's value and is said.
        const QString file = dir.filePath(QStringLiteral("startups/mon-service.md"));
        rewrite(file, "title: Mon Service\n", "title: Mon Service public\n");
        rewrite(file, "mission: Permettre", "mission: Désormais, permettre");
        rewrite(file, "  - name: national_impact\n", "  - name: committee\n    date: 2026-10-06\n    comment: Budget reconduit\n"
                                                     "  - name: committee\n    date: 2023-03-01\n  - name: national_impact\n");
        report = BetagouvImporter::importFolder(ws->database(), dir.path(), {});
        QCOMPARE(report.updated.products, 1);
        p = *products.load(id);
        QCOMPARE(p.title, QStringLiteral("Mon Service public"));
        QCOMPARE(p.pitch, QStringLiteral("Un pitch réécrit dans Comité"));
        QCOMPARE(p.phases, phases);  // the file's phases did not change: Comité's stay
        QCOMPARE(p.intrapreneur, QStringLiteral("Camille Martin"));
        QCOMPARE(p.coach, QStringLiteral("Léa Dubois"));
        QCOMPARE(ws->organisations().incubatorBySlug(QStringLiteral("lab-test"))->yearlyBudget, std::optional<qint64>(1500000));
        const QList<CommitteeReview> committees = ws->committees().forProduct(id);
        QCOMPARE(committees.size(), 4);  // 2 imported, 1 new in the file, 1 held in Comité (not duplicated)
        QCOMPARE(committees.last().sessionId, held);
        QCOMPARE(committees.last().decision, DecisionOption::Continue);
        QVERIFY(std::any_of(report.notes.cbegin(), report.notes.cend(), [](const BetagouvIssue &note) {
            return note.path == QLatin1String("startups/mon-service.md") && note.message.contains(QLatin1String("kept for: mission"));
        }));

        // A product typed in Comité only is not touched by an import.
        const qint64 own = products.insert(Test::sampleProduct(QStringLiteral("produit-comite")));
        BetagouvImporter::importFolder(ws->database(), dir.path(), {});
        QVERIFY(products.load(own));
    }

    void cancelLeavesTheDatabaseAsItWas_data()
    {
        QTest::addColumn<int>("cancelAt");  // percent of the work
        QTest::newRow("while reading") << 10;
        QTest::newRow("while writing") << 80;
        QTest::newRow("at the very end") << 100;
    }

    void cancelLeavesTheDatabaseAsItWas()
    {
        QFETCH(int, cancelAt);
        Test::TempWorkspace ws;
        QTemporaryDir dir;
        copyFolder(fixture(QStringLiteral("flat")), dir.path());
        BetagouvImporter::importFolder(ws->database(), fixture(QStringLiteral("site")), {});
        const QStringList before = dump(ws->database());
        std::atomic_bool cancel{false};
        int last = 0;
        const BetagouvReport report = BetagouvImporter::importFolder(
            ws->database(), dir.path(), {},
            [&](int done, int total) {
                QCOMPARE(total, 100);
                last = done;
                if (done >= cancelAt)
                    cancel = true;
            },
            &cancel);
        QVERIFY(report.cancelled);
        QVERIFY(!report.succeeded());
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(report.created.total(), 0);
        QVERIFY(last >= cancelAt);
        QCOMPARE(dump(ws->database()), before);
        QVERIFY(report.text().contains(QLatin1String("cancelled")));
    }

    void readerReportsProgress()
    {
        QList<int> seen;
        const BetagouvBatch batch = BetagouvReader::read(fixture(QStringLiteral("flat")), [&](int done, int total) {
            QCOMPARE(total, 9);
            seen << done;
        });
        QCOMPARE(seen, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
        QCOMPARE(batch.recordCount(), 9);
        QVERIFY(!batch.siteLayout);
    }

    void upgradesAVersion1Database()
    {
        // A database written before this migration keeps its sessions as
        // committees held in Comité.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            conn.setDatabaseName(path);
            QVERIFY(conn.open());
            QSqlQuery q(conn);
            for (const QString &statement : Migrations::statements(1, QStringLiteral("QSQLITE")))
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sessions (starts_at, status) VALUES ('2024-01-10', 'held')")));
            conn.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        const auto db = Database::open(path);
        QVERIFY(db->schemaVersion() >= 2);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM sessions WHERE origin = 'comite'")), 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM betagouv_sources")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM product_events")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM envelopes")), 0);
    }
};

QTEST_GUILESS_MAIN(TestBetagouvImport)
#include "tst_betagouvimport.moc"
