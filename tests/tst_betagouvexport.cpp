// BetagouvExporter: the round trip back to beta.gouv.fr. Unchanged files
// come out byte for byte; a product changed in Comité gets only its
// `phases` or `events` rewritten (one folder per case under
// tests/data/betagouv-export/<case>/, input and expected output, with the
// edit made in Comité named by the case); importing the export gives the
// same portfolio.
// COMITE_BLESS=1 writes the actual output over the expected files, for
// review with git diff.

#include "domain/phasehistory.h"
#include "betagouv/betagouvexporter.h"
#include "betagouv/betagouvimporter.h"
#include "io/portfoliojson.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QTest>

using namespace Comite;

namespace {
QString data(const QString &relative)
{
    return QStringLiteral(COMITE_TEST_DATA "/") + relative;
}

void copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        QFile::copy(file, target);
    }
}

// Relative path → bytes of every file under `root`.
QMap<QString, QByteArray> files(const QString &root)
{
    QMap<QString, QByteArray> result;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            result.insert(QDir(root).relativeFilePath(f.fileName()), f.readAll());
    }
    return result;
}

// The front matter's top-level blocks by key (their exact text), and the
// body under the key "(body)".
QMap<QByteArray, QByteArray> blocks(const QByteArray &content)
{
    QMap<QByteArray, QByteArray> result;
    const QList<QByteArray> lines = content.split('\n');
    QByteArray key;
    int markers = 0;
    for (const QByteArray &line : lines) {
        if (markers < 2 && line.trimmed() == "---") {
            ++markers;
            key = markers == 2 ? QByteArray("(body)") : QByteArray();
            continue;
        }
        if (markers == 1 && !line.isEmpty() && line[0] != ' ' && line[0] != '-' && line[0] != '#')
            key = line.left(line.indexOf(':'));
        result[key] += line + '\n';
    }
    return result;
}

// What the portfolio says about a product, without what only Comité knows
// (decision options other than "recorded", whether it changed).
QJsonObject comparable(Workspace &ws, const QString &slug)
{
    QJsonObject p = PortfolioJson::product(ws, slug).value_or(QJsonObject());
    QJsonArray committees;
    for (const QJsonValue &c : p[QStringLiteral("committees")].toArray())
        committees << QJsonObject{{QStringLiteral("date"), c[QStringLiteral("date")]}};
    p[QStringLiteral("committees")] = committees;
    p.remove(QStringLiteral("betagouv"));
    return p;
}

qint64 productId(Workspace &ws, const QString &slug)
{
    return *ws.products().idForSlug(slug);
}
} // namespace

class TestBetagouvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unchangedFilesComeOutByteForByte_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("export layout, every mapping") << data(QStringLiteral("betagouv/flat"));
        QTest::newRow("site layout") << data(QStringLiteral("betagouv/site"));
    }

    void unchangedFilesComeOutByteForByte()
    {
        QFETCH(QString, folder);
        Test::TempWorkspace ws;
        BetagouvImporter::importFolder(ws->database(), folder, {});
        QTemporaryDir out;
        const BetagouvExportReport report = BetagouvExporter(ws->database()).exportTo(out.path());
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.count(BetagouvExportedFile::State::Rewritten), 0);
        QCOMPARE(report.count(BetagouvExportedFile::State::New), 0);
        QMap<QString, QByteArray> expected = files(folder);
        expected.remove(QStringLiteral("content/_posts/2020-01-01-post.md"));  // not content Comité reads
        QCOMPARE(files(out.path()), expected);
        // Nothing changed: every product says so.
        for (const ProductSummary &s : ws->products().summaries())
            QCOMPARE(BetagouvExporter(ws->database()).status(s.id)->changed, false);
    }

    void byteOrderMarkAndCrlfKept()
    {
        QTemporaryDir in;
        const QByteArray content("\xEF\xBB\xBF---\r\ntitle: Produit\r\nphases:\r\n  - name: investigation\r\n"
                                 "    start: 2025-01-06\r\n---\r\nCorps\u00a0\r\n");
        QDir().mkpath(in.filePath(QStringLiteral("startups")));
        QFile f(in.filePath(QStringLiteral("startups/produit.md")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        Test::TempWorkspace ws;
        QCOMPARE(BetagouvImporter::importFolder(ws->database(), in.path(), {true}).created.products, 1);
        QCOMPARE(ws->products().load(productId(*ws, QStringLiteral("produit")))->title, QStringLiteral("Produit"));
        QTemporaryDir out;
        QCOMPARE(BetagouvExporter(ws->database()).exportTo(out.path()).exitCode(), 0);
        QCOMPARE(files(out.path()).value(QStringLiteral("startups/produit.md")), content);
        // Changed, the rewritten file keeps both.
        const qint64 id = productId(*ws, QStringLiteral("produit"));
        ws->committees().record({0, id, QDate(2025, 3, 3), DecisionOption::Recorded, QStringLiteral("Go")});
        QCOMPARE(BetagouvExporter(ws->database()).exportTo(out.path()).exitCode(), 0);
        QCOMPARE(files(out.path()).value(QStringLiteral("startups/produit.md")),
                 content.left(content.indexOf("---\r\nCorps")) + "events:\r\n  - name: committee\r\n    date: 2025-03-03\r\n"
                                                                     "    comment: Go\r\n---\r\nCorps\u00a0\r\n");
    }

    void changedProducts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("rewritten");
        QTest::newRow("committee held in Comité") << QStringLiteral("comite-committee") << QStringList{QStringLiteral("events")};
        QTest::newRow("phase change") << QStringLiteral("phase-change") << QStringList{QStringLiteral("phases")};
        QTest::newRow("no events key yet") << QStringLiteral("no-events-key") << QStringList{QStringLiteral("events")};
        QTest::newRow("crlf line ends") << QStringLiteral("crlf") << QStringList{QStringLiteral("events")};
        QTest::newRow("imported committee removed") << QStringLiteral("committee-removed") << QStringList{QStringLiteral("events")};
    }

    void changedProducts()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, rewritten);
        const QString caseDir = data(QStringLiteral("betagouv-export/") + name);
        QTemporaryDir in;
        copyFolder(data(QStringLiteral("betagouv-export/common")), in.path());
        copyFolder(caseDir + QStringLiteral("/input"), in.path());
        Test::TempWorkspace ws;
        const BetagouvReport imported = BetagouvImporter::importFolder(ws->database(), in.path(), {true});
        QVERIFY2(imported.succeeded(), qPrintable(imported.text()));
        const qint64 id = productId(*ws, QStringLiteral("produit"));
        edit(name, *ws, id);
        QCOMPARE(BetagouvExporter(ws->database()).status(id)->changed, true);

        QTemporaryDir out;
        const BetagouvExportReport report = BetagouvExporter(ws->database()).exportTo(out.path());
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.count(BetagouvExportedFile::State::Rewritten), 1);
        QCOMPARE(report.count(BetagouvExportedFile::State::AsImported), 2);
        const QMap<QString, QByteArray> written = files(out.path());
        const QMap<QString, QByteArray> input = files(in.path());
        const QString path = QStringLiteral("startups/produit.md");
        // Organisation and incubator files are as read.
        for (auto it = input.cbegin(); it != input.cend(); ++it) {
            if (it.key() != path)
                QCOMPARE(written.value(it.key()), it.value());
        }
        // The product differs only in the rewritten keys.
        const auto before = blocks(input.value(path));
        const auto after = blocks(written.value(path));
        QSet<QByteArray> keys(before.keyBegin(), before.keyEnd());
        keys.unite(QSet<QByteArray>(after.keyBegin(), after.keyEnd()));
        for (const QByteArray &key : keys) {
            if (!rewritten.contains(QString::fromUtf8(key)))
                QCOMPARE(after.value(key), before.value(key));
            else
                QVERIFY(after.value(key) != before.value(key));
        }
        // Exactly the expected file.
        const QString expectedPath = caseDir + QStringLiteral("/expected/") + path;
        if (qEnvironmentVariableIsSet("COMITE_BLESS")) {
            QFile bless(expectedPath);
            QVERIFY(bless.open(QIODevice::WriteOnly | QIODevice::Truncate));
            bless.write(written.value(path));
        }
        QFile expected(expectedPath);
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(written.value(path), expected.readAll());

        // Importing the export gives the same portfolio.
        Test::TempWorkspace again;
        const BetagouvReport reimported = BetagouvImporter::importFolder(again->database(), out.path(), {true});
        QVERIFY2(reimported.succeeded(), qPrintable(reimported.text()));
        QCOMPARE(comparable(*again, QStringLiteral("produit")), comparable(*ws, QStringLiteral("produit")));
        QCOMPARE(PortfolioJson::summary(*again), PortfolioJson::summary(*ws));
        // And importing it back into the same database changes nothing
        // Comité holds: no committee twice, the export is now as imported.
        const QJsonObject held = comparable(*ws, QStringLiteral("produit"));
        BetagouvImporter::importFolder(ws->database(), out.path(), {true});
        QCOMPARE(comparable(*ws, QStringLiteral("produit")), held);
        QCOMPARE(BetagouvExporter(ws->database()).status(id)->changed, false);
    }

    void productsCreatedInComite()
    {
        Test::TempWorkspace ws;
        BetagouvImporter::importFolder(ws->database(), data(QStringLiteral("betagouv/flat")), {});
        Product p = Test::sampleProduct(QStringLiteral("nouveau-produit"), QStringLiteral("Nouveau : produit"));
        p.pitch = QStringLiteral("Permettre aux agents d'obtenir un outil");
        p.incubatorId = ws->organisations().incubatorBySlug(QStringLiteral("lab-test"))->id;
        p.sponsorIds << ws->organisations().organisationBySlug(QStringLiteral("dinum"))->id;
        p.links << ProductLink{QStringLiteral("site"), QStringLiteral("https://nouveau.example.gouv.fr")};
        p.description = QStringLiteral("# Nouveau\n\nDécrit dans Comité.");
        const qint64 id = ws->products().insert(p);
        ws->committees().record({0, id, Test::fixedToday, DecisionOption::Recorded, QStringLiteral("Premier comité")});
        ws->organisations().insert(Organisation{0, QStringLiteral("nouvelle-org"), QStringLiteral("Nouvelle organisation"), {}, {}});

        QTemporaryDir out;
        const BetagouvExportReport report = BetagouvExporter(ws->database()).exportTo(out.path());
        QCOMPARE(report.count(BetagouvExportedFile::State::New), 2);
        QCOMPARE(report.count(BetagouvExportedFile::State::AsImported), 9);
        QFile file(out.filePath(QStringLiteral("startups/nouveau-produit.md")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("---\ntitle: 'Nouveau : produit'\nmission: Permettre aux agents d'obtenir un outil\n"
                                            "sponsors:\n  - /organisations/dinum\nincubator: lab-test\n"
                                            "phases:\n  - name: investigation\n    start: 2026-11-04\n"
                                            "events:\n  - name: committee\n    date: 2026-11-24\n    comment: Premier comité\n"
                                            "link: https://nouveau.example.gouv.fr\n---\n\n# Nouveau\n\nDécrit dans Comité.\n"));
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("organisations/nouvelle-org.md"))));

        Test::TempWorkspace again;
        const BetagouvReport reimported = BetagouvImporter::importFolder(again->database(), out.path(), {true});
        QVERIFY2(reimported.succeeded(), qPrintable(reimported.text()));
        QCOMPARE(comparable(*again, QStringLiteral("nouveau-produit")), comparable(*ws, QStringLiteral("nouveau-produit")));
        QCOMPARE(PortfolioJson::summary(*again), PortfolioJson::summary(*ws));
    }

    void oneProduct()
    {
        Test::TempWorkspace ws;
        BetagouvImporter::importFolder(ws->database(), data(QStringLiteral("betagouv/flat")), {});
        QTemporaryDir out;
        BetagouvExportReport report = BetagouvExporter(ws->database()).exportTo(out.path(), QStringLiteral("reprise"));
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(files(out.path()).keys(), QStringList{QStringLiteral("startups/reprise.md")});
        report = BetagouvExporter(ws->database()).exportTo(out.path(), QStringLiteral("inconnu"));
        QCOMPARE(report.exitCode(), 1);
        QVERIFY(report.error.contains(QLatin1String("inconnu")));
    }

    void exportOntoAFileFails()
    {
        Test::TempWorkspace ws;
        BetagouvImporter::importFolder(ws->database(), data(QStringLiteral("betagouv/flat")), {});
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const BetagouvExportReport report = BetagouvExporter(ws->database()).exportTo(file);
        QCOMPARE(report.exitCode(), 1);
        QVERIFY(report.text().contains(QLatin1String("failed")));
    }

private:
    // The change made in Comité for each export case.
    void edit(const QString &name, Workspace &ws, qint64 id)
    {
        const QDate day(2026, 10, 6);
        if (name == QLatin1String("comite-committee")) {
            ws.committees().record({0, id, day, DecisionOption::Continue, QStringLiteral("Budget reconduit\npour six mois")});
        } else if (name == QLatin1String("phase-change")) {
            QStringList errors;
            const auto phases = PhaseHistory::withTransition(
                ws.products().load(id)->phases, {Phase::Acceleration, day, {}, QStringLiteral("Décidé en comité"), false}, &errors);
            QVERIFY(errors.isEmpty());
            ws.products().setPhases(id, phases);
        } else if (name == QLatin1String("no-events-key")) {
            ws.committees().record({0, id, day, DecisionOption::Recorded, QStringLiteral("Comité de lancement")});
        } else if (name == QLatin1String("crlf")) {
            ws.committees().record({0, id, day, DecisionOption::Provisional, {}});
        } else if (name == QLatin1String("committee-removed")) {
            ws.committees().removeRecorded(ws.committees().forProduct(id).first().sessionId);
        } else {
            QFAIL("unknown case");
        }
    }
};

QTEST_GUILESS_MAIN(TestBetagouvExport)
#include "tst_betagouvexport.moc"
