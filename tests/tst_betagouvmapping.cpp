// BetagouvMapping: each key of a beta.gouv.fr file mapped to Comité's terms,
// on fixture files written for the tests (tests/data/betagouv/flat), and
// each kind of bad file or entry with the reason and line reported.

#include "betagouv/betagouvmapping.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace Comite;

namespace {
QString fixture(const QString &relative)
{
    return QStringLiteral(COMITE_TEST_DATA "/betagouv/flat/") + relative;
}

BetagouvSource source(const QString &relative)
{
    QFile f(fixture(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return {relative, f.readAll()};
}

// A product file from its front matter lines.
std::optional<BetagouvProductRecord> product(const QByteArray &yaml, BetagouvMapping::Outcome &outcome,
                                             const QByteArray &body = {})
{
    return BetagouvMapping::product({QStringLiteral("startups/p.md"), "---\n" + yaml + "---\n" + body},
                                    QStringLiteral("p"), outcome);
}
} // namespace

class TestBetagouvMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productKeys()
    {
        BetagouvMapping::Outcome outcome;
        const auto p = BetagouvMapping::product(source(QStringLiteral("startups/mon-service.md")),
                                                QStringLiteral("mon-service"), outcome);
        QVERIFY(p);
        QVERIFY(!outcome.skip);
        QCOMPARE(outcome.warnings, QList<BetagouvIssue>{});
        QCOMPARE(p->slug, QStringLiteral("mon-service"));
        QCOMPARE(p->source.path, QStringLiteral("startups/mon-service.md"));
        QCOMPARE(p->title, QStringLiteral("Mon Service"));
        QCOMPARE(p->pitch, QStringLiteral("Permettre aux usagers d'obtenir leur attestation en ligne grâce à un "
                                          "formulaire simple afin de réduire les délais"));
        QCOMPARE(p->incubator, QStringLiteral("lab-test"));
        QCOMPARE(p->sponsors, (QStringList{QStringLiteral("dinum"), QStringLiteral("ademe")}));
        QCOMPARE(p->description, QStringLiteral("## Le problème\n\nLes usagers attendent **trois semaines** leur "
                                                "attestation.\n\n## La solution\n\nUn formulaire en ligne."));
    }

    void links()
    {
        BetagouvMapping::Outcome outcome;
        const auto p = BetagouvMapping::product(source(QStringLiteral("startups/mon-service.md")),
                                                QStringLiteral("mon-service"), outcome);
        const QList<ProductLink> expected{
            {QStringLiteral("site"), QStringLiteral("https://mon-service.example.gouv.fr")},
            {QStringLiteral("repository"), QStringLiteral("https://github.com/example/mon-service")},
            {QStringLiteral("stats"), QStringLiteral("https://mon-service.example.gouv.fr/stats")},
            {QStringLiteral("budget"), QStringLiteral("https://pad.example.gouv.fr/budget")},
            {QStringLiteral("dashlord"), QStringLiteral("https://dashlord.example.gouv.fr/mon-service/")},
            {QStringLiteral("impact"), QStringLiteral("https://docs.example.gouv.fr/impact")},
        };
        QCOMPARE(p->links, expected);
        // A trailing blank in a quoted address is dropped.
        const auto bare = BetagouvMapping::product(source(QStringLiteral("startups/sans-sponsor.md")),
                                                   QStringLiteral("sans-sponsor"), outcome);
        QCOMPARE(bare->links, (QList<ProductLink>{{QStringLiteral("site"), QStringLiteral("https://sans-sponsor.example.gouv.fr")}}));
        QVERIFY(bare->sponsors.isEmpty());
        QVERIFY(bare->events.isEmpty());
        QVERIFY(!bare->funding);
    }

    void phases()
    {
        BetagouvMapping::Outcome outcome;
        const auto p = BetagouvMapping::product(source(QStringLiteral("startups/mon-service.md")),
                                                QStringLiteral("mon-service"), outcome);
        const QList<PhaseRecord> expected{
            {Phase::Investigation, QDate(2021, 1, 4), QDate(2021, 3, 1), QStringLiteral("Enquête auprès de 40 usagers"), false},
            {Phase::Construction, QDate(2021, 3, 1), {}, {}, false},
            {Phase::Acceleration, QDate(2022, 9, 15), {}, QStringLiteral("Accélération : ouverture nationale"), false},
        };
        QCOMPARE(p->phases, expected);
        for (const BetagouvIssue &note : outcome.notes)  // no restart: nothing was stopped
            QVERIFY(!note.message.contains(QLatin1String("restart")));
    }

    void restartAfterStop_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("restartedRow");
        QTest::addColumn<int>("noteLine");
        QTest::newRow("abandon then transfere, same day") << QStringLiteral("startups/double-phase.md") << 4 << 16;
        QTest::newRow("abandon-investigation then investigation") << QStringLiteral("startups/reprise.md") << 1 << 10;
    }

    void restartAfterStop()
    {
        QFETCH(QString, file);
        QFETCH(int, restartedRow);
        QFETCH(int, noteLine);
        BetagouvMapping::Outcome outcome;
        const auto p = BetagouvMapping::product(source(file), BetagouvMapping::slugForFileName(file.section(u'/', 1)), outcome);
        QVERIFY(p);
        for (int i = 0; i < p->phases.size(); ++i)
            QCOMPARE(p->phases[i].restart, i == restartedRow);
        QCOMPARE(outcome.warnings, QList<BetagouvIssue>{});  // a valid history: nothing left out
        QCOMPARE(outcome.notes.size(), 1);
        QCOMPARE(outcome.notes.first().line, noteLine);
        QVERIFY(outcome.notes.first().message.contains(QLatin1String("explicit restart")));
    }

    void events()
    {
        BetagouvMapping::Outcome outcome;
        const auto p = BetagouvMapping::product(source(QStringLiteral("startups/mon-service.md")),
                                                QStringLiteral("mon-service"), outcome);
        const QList<BetagouvEvent> committees{
            {QStringLiteral("committee"), QDate(2021, 9, 20), QStringLiteral("Comité de fin de construction")},
            {QStringLiteral("committee"), QDate(2022, 9, 12),
             QStringLiteral("Passage en accélération validé\nBudget reconduit pour un an")},
        };
        QCOMPARE(p->committees(), committees);
        const QList<BetagouvEvent> timeline{
            {QStringLiteral("product_launch"), QDate(2021, 6, 1), {}},
            {QStringLiteral("national_impact"), QDate(2023, 2, 26), {}},
            // yaml-cpp writes \_ as a lone Latin-1 byte; it is read as a no-break space.
            {QStringLiteral("fast"), QDate(2022, 3, 1), QStringLiteral("Montant de 200\u00a0000€ pour la promotion 13")},
            {QStringLiteral("hackathon"), QDate(2023, 5, 10), QStringLiteral("Un événement que le site ne connaît pas")},
            {QStringLiteral("other"), QDate(2024, 1, 15), QStringLiteral("Demo-D : fin du programme")},
        };
        QCOMPARE(p->timeline(), timeline);
        QCOMPARE(p->events.size(), 7);  // file order kept
        QCOMPARE(p->events[1].kind, QStringLiteral("committee"));
        // The unknown kind is kept, and said.
        QCOMPARE(outcome.notes.size(), 1);
        QCOMPARE(outcome.notes.first().line, 44);
        QVERIFY(outcome.notes.first().message.contains(QLatin1String("hackathon")));
    }

    void funding()
    {
        BetagouvMapping::Outcome outcome;
        const auto p = BetagouvMapping::product(source(QStringLiteral("startups/mon-service.md")),
                                                QStringLiteral("mon-service"), outcome);
        QCOMPARE(p->funding, std::optional<BetagouvFunding>(BetagouvFunding{13, 200000}));
        const auto spaced = product("title: T\nfast:\n  promotion: 12\n  montant: 120 000 €\n", outcome);
        QCOMPARE(spaced->funding, std::optional<BetagouvFunding>(BetagouvFunding{12, 120000}));
    }

    void incubatorAndOrganisation()
    {
        BetagouvMapping::Outcome outcome;
        const auto i = BetagouvMapping::incubator(source(QStringLiteral("incubators/lab-test.md")),
                                                  QStringLiteral("lab-test"), outcome);
        QVERIFY(i);
        QCOMPARE(i->name, QStringLiteral("Le Lab d'essai"));
        QCOMPARE(i->owner, QStringLiteral("dinum"));
        const auto o = BetagouvMapping::organisation(source(QStringLiteral("organisations/dinum.md")),
                                                     QStringLiteral("dinum"), outcome);
        QVERIFY(o);
        QCOMPARE(o->name, QStringLiteral("Direction interministérielle du numérique"));
        QCOMPARE(o->acronym, QStringLiteral("DINUM"));
        QCOMPARE(o->kind, QStringLiteral("administration-centrale"));
        // No extension and no newline after the closing line.
        const auto mte = BetagouvMapping::organisation(source(QStringLiteral("organisations/mte")), QStringLiteral("mte"), outcome);
        QVERIFY(mte);
        QCOMPARE(mte->acronym, QStringLiteral("MTE"));
        QCOMPARE(mte->kind, QStringLiteral("ministere"));
        QVERIFY(!outcome.skip);
        QVERIFY(outcome.warnings.isEmpty());
    }

    void names_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("slug");
        QTest::newRow("md") << QStringLiteral("mon-service.md") << QStringLiteral("mon-service");
        QTest::newRow("dots") << QStringLiteral("1000.jours.md") << QStringLiteral("1000.jours");
        QTest::newRow("no extension") << QStringLiteral("idfm") << QStringLiteral("idfm");
        QTest::newRow("dotted, no extension") << QStringLiteral("api.gouv.fr") << QStringLiteral("api.gouv.fr");
    }

    void names()
    {
        QFETCH(QString, input);
        QFETCH(QString, slug);
        QCOMPARE(BetagouvMapping::slugForFileName(input), slug);
    }

    void references()
    {
        const QString orgs = QStringLiteral("organisations");
        QCOMPARE(BetagouvMapping::referencedSlug(QStringLiteral("/organisations/dinum"), orgs), QStringLiteral("dinum"));
        QCOMPARE(BetagouvMapping::referencedSlug(QStringLiteral("dinum"), orgs), QStringLiteral("dinum"));
        QCOMPARE(BetagouvMapping::referencedSlug(QStringLiteral(" /organisations/dinum "), orgs), QStringLiteral("dinum"));
        QCOMPARE(BetagouvMapping::referencedSlug(QStringLiteral("/startups/x"), orgs), QString());
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("iso") << QStringLiteral("2024-06-18") << QDate(2024, 6, 18);
        QTest::newRow("one digit") << QStringLiteral("2024-6-8") << QDate(2024, 6, 8);
        QTest::newRow("timestamp") << QStringLiteral("2024-06-18T10:00:00Z") << QDate(2024, 6, 18);
        QTest::newRow("spaced timestamp") << QStringLiteral("2024-06-18 10:00:00") << QDate(2024, 6, 18);
        QTest::newRow("no such day") << QStringLiteral("2021-02-30") << QDate();
        QTest::newRow("french order") << QStringLiteral("18/06/2024") << QDate();
        QTest::newRow("year only") << QStringLiteral("2024") << QDate();
        QTest::newRow("word") << QStringLiteral("bientôt") << QDate();
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(BetagouvMapping::parseDate(text), date);
    }

    void skippedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no front matter") << QByteArray("# Titre\n") << 1 << QStringLiteral("no front matter");
        QTest::newRow("not closed") << QByteArray("---\ntitle: A\n") << 1 << QStringLiteral("not closed");
        QTest::newRow("not utf-8") << QByteArray("---\ntitle: Caf\xe9\n---\n") << 0 << QStringLiteral("not UTF-8");
        QTest::newRow("yaml error, line in the file")
            << QByteArray("---\ntitle: A\nphases:\n  - name: x\n   start: 2020-01-01\n---\n") << 5
            << QStringLiteral("YAML error");
        QTest::newRow("flow list not closed") << QByteArray("---\ntitle: [A\nmission: b\n---\n") << 3 << QStringLiteral("YAML error");
        QTest::newRow("colon in a plain value") << QByteArray("---\ntitle: A\nmission: b: c\n---\n") << 3
                                                << QStringLiteral("YAML error: mapping values are not allowed in this context");
        QTest::newRow("a list, not keys") << QByteArray("---\n- a\n- b\n---\n") << 2 << QStringLiteral("not a list of keys");
        QTest::newRow("empty front matter") << QByteArray("---\n---\n") << 2 << QStringLiteral("not a list of keys");
        QTest::newRow("no title") << QByteArray("---\nmission: m\n---\n") << 2 << QStringLiteral("no “title”");
        QTest::newRow("title is a list") << QByteArray("---\ntitle:\n  - a\n---\n") << 2 << QStringLiteral("no “title”");
    }

    void skippedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, reason);
        BetagouvMapping::Outcome outcome;
        QVERIFY(!BetagouvMapping::product({QStringLiteral("startups/p.md"), content}, QStringLiteral("p"), outcome));
        QVERIFY(outcome.skip);
        QCOMPARE(outcome.skip->path, QStringLiteral("startups/p.md"));
        QCOMPARE(outcome.skip->line, line);
        QVERIFY2(outcome.skip->message.contains(reason), qPrintable(outcome.skip->message));
    }

    void badEntries_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("phases");
        QTest::addColumn<int>("events");
        QTest::newRow("unknown phase") << QByteArray("title: T\nphases:\n  - name: pending\n    start: 2020-01-01\n")
                                       << 4 << QStringLiteral("“pending” is not a known phase") << 0 << 0;
        QTest::newRow("phase without name") << QByteArray("title: T\nphases:\n  - start: 2020-01-01\n") << 4
                                            << QStringLiteral("has no name") << 0 << 0;
        QTest::newRow("phase without start") << QByteArray("title: T\nphases:\n  - name: construction\n") << 4
                                             << QStringLiteral("has no start date") << 0 << 0;
        QTest::newRow("odd start") << QByteArray("title: T\nphases:\n  - name: construction\n    start: 2020-13-45\n")
                                   << 4 << QStringLiteral("“2020-13-45” is not a valid date") << 0 << 0;
        QTest::newRow("odd end keeps the phase")
            << QByteArray("title: T\nphases:\n  - name: construction\n    start: 2020-01-01\n    end: bientôt\n") << 4
            << QStringLiteral("the end was left out") << 1 << 0;
        QTest::newRow("phases out of order kept, said")
            << QByteArray("title: T\nphases:\n  - name: construction\n    start: 2021-01-01\n"
                          "  - name: acceleration\n    start: 2020-01-01\n")
            << 4 << QStringLiteral("before the previous phase") << 2 << 0;
        QTest::newRow("phases not a list") << QByteArray("title: T\nphases: investigation\n") << 3
                                           << QStringLiteral("“phases” is not a list") << 0 << 0;
        QTest::newRow("event without date") << QByteArray("title: T\nevents:\n  - name: committee\n    comment: c\n")
                                            << 4 << QStringLiteral("has no date") << 0 << 0;
        QTest::newRow("event with odd date") << QByteArray("title: T\nevents:\n  - name: end\n    date: 2021-02-30\n")
                                             << 4 << QStringLiteral("“2021-02-30” is not a valid date") << 0 << 0;
        QTest::newRow("event without name") << QByteArray("title: T\nevents:\n  - date: 2021-02-03\n") << 4
                                            << QStringLiteral("has no name") << 0 << 0;
        QTest::newRow("event not a map") << QByteArray("title: T\nevents:\n  - committee\n") << 4
                                         << QStringLiteral("not a list of keys") << 0 << 0;
        QTest::newRow("fast without amount") << QByteArray("title: T\nfast:\n  promotion: 12\n") << 4
                                             << QStringLiteral("no amount") << 0 << 0;
        QTest::newRow("sponsor not a reference") << QByteArray("title: T\nsponsors:\n  - /startups/x\n") << 4
                                                 << QStringLiteral("not an organisation reference") << 0 << 0;
        QTest::newRow("link not an address") << QByteArray("title: T\nlink:\n  - a\n") << 4
                                             << QStringLiteral("“link” is not a web address") << 0 << 0;
    }

    void badEntries()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, reason);
        QFETCH(int, phases);
        QFETCH(int, events);
        BetagouvMapping::Outcome outcome;
        const auto p = product(yaml, outcome);
        QVERIFY(p);  // the file is read, the entry left out
        QVERIFY(!outcome.skip);
        QCOMPARE(outcome.warnings.size(), 1);
        QCOMPARE(outcome.warnings.first().line, line);
        QVERIFY2(outcome.warnings.first().message.contains(reason), qPrintable(outcome.warnings.first().message));
        QCOMPARE(p->phases.size(), phases);
        QCOMPARE(p->events.size(), events);
    }

    void perennisationIsConsolidation()
    {
        BetagouvMapping::Outcome outcome;
        const auto p = product("title: T\nphases:\n  - name: perennisation\n    start: 2020-01-01\n", outcome);
        QCOMPARE(p->phases.size(), 1);
        QCOMPARE(p->phases.first().phase, Phase::Consolidation);
    }

    void bodyWithCrlfAndBlankLines()
    {
        BetagouvMapping::Outcome outcome;
        const auto p = BetagouvMapping::product({QStringLiteral("startups/p.md"),
                                                 "---\r\ntitle: T\r\n---\r\n\r\n# Titre\r\ntexte\r\n\r\n"},
                                                QStringLiteral("p"), outcome);
        QVERIFY(p);
        QCOMPARE(p->title, QStringLiteral("T"));
        QCOMPARE(p->description, QStringLiteral("# Titre\r\ntexte"));
    }
};

QTEST_GUILESS_MAIN(TestBetagouvMapping)
#include "tst_betagouvmapping.moc"
