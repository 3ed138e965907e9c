// The command line, through the real `comite` binary: exit codes (0, 1
// with a message on stderr, 2 for usage), the JSON contract of `products`,
// `product` and `summary` checked against the demo portfolio counted here
// from resources/demo/portfolio.json, and deterministic `generate`.

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Comite;

namespace {
const QString today = QStringLiteral("2026-11-24");

QJsonDocument parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), bytes.left(200).constData());
    return doc;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

bool containsAll(const QJsonObject &o, const QStringList &keys)
{
    for (const QString &k : keys) {
        if (!o.contains(k))
            return false;
    }
    return true;
}

// What the demo file says, counted without the application's code: dates
// are offsets in months before the day the demo is written.
struct DemoProduct {
    QJsonObject source;
    QString currentPhase;
    QJsonArray phases;       // as `product --json` writes them
    QJsonArray committees;
    QStringList warnings;
    QDate due;             // six months after the last committee
    bool incubated = false;
};

QDate demoDate(double months)
{
    return Test::fixedToday.addDays(qRound(months * 30.4375));
}

DemoProduct expectedProduct(const QJsonObject &p)
{
    DemoProduct d;
    d.source = p;
    const QJsonArray phases = p.value(u"phases").toArray();
    int current = -1;
    for (int i = 0; i < phases.size(); ++i) {
        const QJsonObject ph = phases[i].toObject();
        const QDate start = demoDate(ph.value(u"start").toDouble());
        const QJsonValue end = i + 1 < phases.size()
            ? QJsonValue(demoDate(phases[i + 1][QStringLiteral("start")].toDouble()).toString(Qt::ISODate))
            : QJsonValue(QJsonValue::Null);
        d.phases.append(QJsonObject{{"name", ph.value(u"phase")}, {"start", start.toString(Qt::ISODate)}, {"end", end},
                                    {"comment", ph.value(u"comment").toString()}});
        if (current < 0 || ph.value(u"start").toDouble() >= phases[current][QStringLiteral("start")].toDouble())
            current = i;
    }
    QDate last;
    for (const QJsonValue &c : p.value(u"committees").toArray()) {
        const QDate date = demoDate(c[QStringLiteral("at")].toDouble());
        d.committees.append(QJsonObject{{"date", date.toString(Qt::ISODate)}, {"decision", c[QStringLiteral("decision")]},
                                        {"comment", c[QStringLiteral("comment")].toString()}});
        last = std::max(last, date);
    }
    if (current < 0)
        return d;
    d.currentPhase = phases[current][QStringLiteral("phase")].toString();
    const QDate currentStart = demoDate(phases[current][QStringLiteral("start")].toDouble());
    const QDate firstStart = demoDate(phases[0][QStringLiteral("start")].toDouble());
    // Overrun: investigation over 9 weeks, construction/acceleration over 12 months.
    const qint64 days = currentStart.daysTo(Test::fixedToday);
    if ((d.currentPhase == u"investigation" && days > 63)
        || ((d.currentPhase == u"construction" || d.currentPhase == u"acceleration")
            && currentStart.addMonths(12) < Test::fixedToday))
        d.warnings << QStringLiteral("phase-overrun");
    const QDate due = (last.isValid() ? last : firstStart).addMonths(6);
    const QStringList incubated = {"investigation", "construction", "acceleration", "consolidation"};
    d.due = due;
    d.incubated = incubated.contains(d.currentPhase);
    if (d.incubated && due < Test::fixedToday)
        d.warnings << QStringLiteral("committee-overdue");
    return d;
}

// The budget rule: the committee comes at the latest 30 days before the
// envelope runs out (the exhaustion itself is tested in tst_budget).
void applyEnvelope(DemoProduct &d, QDate exhaustion)
{
    if (!exhaustion.isValid() || !d.incubated || d.warnings.contains(QStringLiteral("committee-overdue")))
        return;
    if (exhaustion.addDays(-30) < Test::fixedToday)
        d.warnings << QStringLiteral("committee-overdue");
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;  // a database holding the demo, written once
    QJsonObject m_demoSource;
    QList<DemoProduct> m_expected;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile file(QStringLiteral(":/demo/portfolio.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_demoSource = parseJson(file.readAll()).object();
        for (const QJsonValue &p : m_demoSource.value(u"products").toArray())
            m_expected << expectedProduct(p.toObject());
        QVERIFY(m_expected.size() >= 12);

        m_demo = path(QStringLiteral("demo.sqlite"));
        const Test::Run run = Test::comite({"demo", "--db", m_demo, "--today", today});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        for (DemoProduct &e : m_expected) {
            const Test::Run product = Test::comite({"product", e.source.value(u"slug").toString(), "--db", m_demo, "--json",
                                                    "--today", today});
            QCOMPARE(product.exitCode, 0);
            applyEnvelope(e, QDate::fromString(parseJson(product.out).object().value(u"envelope_exhaustion").toString(),
                                               Qt::ISODate));
        }
    }

    void helpAndVersion()
    {
        const Test::Run help = Test::comite({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith("Usage: comite"));
        for (const char *command : {"demo", "products", "product SLUG", "summary", "generate"})
            QVERIFY2(help.out.contains(QByteArray("comite ") + command), help.out.constData());
        QCOMPARE(help.err, QByteArray());

        const Test::Run version = Test::comite({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith("comite " COMITE_VERSION "\n"), version.out.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown command") << QStringList{"frobnicate", "--db", "P"} << QByteArray("Unknown command “frobnicate”");
        QTest::newRow("unknown option") << QStringList{"products", "--db", "P", "--bogus"} << QByteArray("Unknown option 'bogus'");
        QTest::newRow("unknown window option") << QStringList{"--bogus"} << QByteArray("bogus");
        QTest::newRow("missing slug") << QStringList{"product", "--db", "P", "--json"} << QByteArray("argument");
        QTest::newRow("extra argument") << QStringList{"summary", "extra", "--db", "P"} << QByteArray("argument");
        QTest::newRow("missing option value") << QStringList{"products", "--db"} << QByteArray("db");
        QTest::newRow("bad --today") << QStringList{"summary", "--db", "P", "--json", "--today", "2026-13-01"}
                                     << QByteArray("--today wants a date written YYYY-MM-DD, not “2026-13-01”");
        QTest::newRow("--today in French") << QStringList{"summary", "--db", "P", "--today", "24/11/2026"}
                                           << QByteArray("YYYY-MM-DD");
        QTest::newRow("bad --lang") << QStringList{"products", "--db", "P", "--lang", "de"} << QByteArray("“de”");
        QTest::newRow("generate without numbers") << QStringList{"generate", "--db", "P", "--months", "12"}
                                                  << QByteArray("--products");
        QTest::newRow("generate, bad months") << QStringList{"generate", "--db", "P", "--products", "5", "--months", "0"}
                                              << QByteArray("--months");
        QTest::newRow("generate, bad seed") << QStringList{"generate", "--db", "P", "--products", "5", "--months", "3", "--seed", "x"}
                                            << QByteArray("--seed");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const QString db = path(QStringLiteral("usage-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        for (QString &argument : arguments) {
            if (argument == u"P")
                argument = db;
        }
        const Test::Run run = Test::comite(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QCOMPARE(run.out, QByteArray());
        QVERIFY2(!QFile::exists(db), "a usage error created the database");
    }

    void demoRefusesToOverwrite()
    {
        const QString db = path(QStringLiteral("demo-twice.sqlite"));
        const Test::Run first = Test::comite({"demo", "--db", db, "--today", today});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains("Demo portfolio written to"), first.out.constData());
        QCOMPARE(first.err, QByteArray());
        const QByteArray listed = Test::comite({"products", "--db", db, "--json"}).out;

        const Test::Run second = Test::comite({"demo", "--db", db, "--today", today});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains("already holds a portfolio"), second.err.constData());
        QVERIFY2(second.err.contains("--force"), second.err.constData());
        QCOMPARE(second.out, QByteArray());
        QCOMPARE(Test::comite({"products", "--db", db, "--json"}).out, listed);

        // --force replaces it: the same demo again, not twice the demo.
        const Test::Run forced = Test::comite({"demo", "--db", db, "--force", "--today", today});
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(Test::comite({"products", "--db", db, "--json"}).out, listed);
    }

    void productsJson()
    {
        const Test::Run run = Test::comite({"products", "--db", m_demo, "--json"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
        const QJsonArray list = parseJson(run.out).array();
        QCOMPARE(list.size(), m_expected.size());
        for (int i = 0; i < list.size(); ++i) {
            const QJsonObject o = list[i].toObject();
            const DemoProduct &e = m_expected[i];
            QVERIFY2(containsAll(o, {"slug", "title", "incubator", "current_phase"}), qPrintable(sortedKeys(o).join(u',')));
            QCOMPARE(o.value(u"slug").toString(), e.source.value(u"slug").toString());
            QCOMPARE(o.value(u"title").toString(), e.source.value(u"title").toString());
            QCOMPARE(o.value(u"incubator").toString(), e.source.value(u"incubator").toString());
            QCOMPARE(o.value(u"current_phase").toString(), e.currentPhase);
        }
    }

    void productsText()
    {
        const Test::Run run = Test::comite({"products", "--db", m_demo});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count('\n'), m_expected.size());
        QVERIFY(run.out.contains("velo-pour-tous"));
    }

    void productJson_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_expected.size(); ++i)
            QTest::newRow(qPrintable(m_expected[i].source.value(u"slug").toString())) << i;
    }

    void productJson()
    {
        QFETCH(int, index);
        const DemoProduct &e = m_expected[index];
        const QString slug = e.source.value(u"slug").toString();
        const Test::Run run = Test::comite({"product", slug, "--db", m_demo, "--json", "--today", today});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = parseJson(run.out).object();
        QVERIFY2(containsAll(o, {"slug", "title", "pitch", "incubator", "sponsors", "phases", "current_phase",
                                 "committees", "warnings"}),
                 qPrintable(sortedKeys(o).join(u',')));
        QCOMPARE(o.value(u"slug").toString(), slug);
        QCOMPARE(o.value(u"title").toString(), e.source.value(u"title").toString());
        QCOMPARE(o.value(u"pitch").toString(), e.source.value(u"pitch").toString());
        QCOMPARE(o.value(u"incubator").toString(), e.source.value(u"incubator").toString());
        QCOMPARE(o.value(u"sponsors").toArray(), e.source.value(u"sponsors").toArray());
        QCOMPARE(o.value(u"phases").toArray(), e.phases);
        QCOMPARE(o.value(u"current_phase").toString(), e.currentPhase);
        QCOMPARE(o.value(u"committees").toArray(), e.committees);
        // The foundation's warnings; later features add codes of their own.
        QStringList warnings;
        for (const QJsonValue &w : o.value(u"warnings").toArray()) {
            if (w.toString() == u"phase-overrun" || w.toString() == u"committee-overdue")
                warnings << w.toString();
        }
        QCOMPARE(warnings, e.warnings);
    }

    void productText()
    {
        const Test::Run run = Test::comite({"product", "velo-pour-tous", "--db", m_demo, "--today", today});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("Vélo pour tous (velo-pour-tous)\n"));
    }

    void unknownSlug()
    {
        const Test::Run run = Test::comite({"product", "pas-de-produit", "--db", m_demo, "--json"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("No product “pas-de-produit”"), run.err.constData());
        QCOMPARE(run.out, QByteArray());
    }

    void summaryJson()
    {
        const Test::Run run = Test::comite({"summary", "--db", m_demo, "--json", "--today", today});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject s = parseJson(run.out).object();
        QCOMPARE(sortedKeys(s), (QStringList{"by_incubator", "by_incubator_primary", "by_phase", "coincubated_products",
                                             "committee_overdue", "committee_unknown", "committees", "incubators",
                                             "median_phase_days", "organisations", "products", "products_with_committee"}));

        QJsonObject byPhase;
        for (const char *phase : {"investigation", "construction", "acceleration", "consolidation", "opere", "transfere",
                                  "abandon-investigation", "abandon"})
            byPhase.insert(QLatin1String(phase), 0);
        QJsonObject byIncubator;
        for (const QJsonValue &i : m_demoSource.value(u"incubators").toArray())
            byIncubator.insert(i[QStringLiteral("slug")].toString(), 0);
        int committees = 0, withCommittee = 0, overdue = 0;
        for (const DemoProduct &e : std::as_const(m_expected)) {
            byPhase[e.currentPhase] = byPhase[e.currentPhase].toInt() + 1;
            const QString incubator = e.source.value(u"incubator").toString();
            byIncubator[incubator] = byIncubator[incubator].toInt() + 1;
            committees += int(e.committees.size());
            withCommittee += e.committees.isEmpty() ? 0 : 1;
            overdue += e.warnings.contains(QStringLiteral("committee-overdue")) ? 1 : 0;
        }

        QCOMPARE(s.value(u"products").toInt(), m_expected.size());
        QCOMPARE(s.value(u"incubators").toInt(), m_demoSource.value(u"incubators").toArray().size());
        QCOMPARE(s.value(u"organisations").toInt(), m_demoSource.value(u"organisations").toArray().size());
        QCOMPARE(s.value(u"by_phase").toObject(), byPhase);
        QCOMPARE(s.value(u"by_incubator").toObject(), byIncubator);
        QCOMPARE(s.value(u"committees").toInt(), committees);
        QCOMPARE(s.value(u"products_with_committee").toInt(), withCommittee);
        QCOMPARE(s.value(u"committee_overdue").toInt(), overdue);
        // The demo is varied enough to mean something.
        QVERIFY(overdue > 0);
        QVERIFY(overdue < m_expected.size());
    }

    void summaryDependsOnToday()
    {
        // Two years on, every incubated product is overdue.
        const Test::Run later = Test::comite({"summary", "--db", m_demo, "--json", "--today", "2028-11-24"});
        QCOMPARE(later.exitCode, 0);
        int incubated = 0;
        for (const DemoProduct &e : std::as_const(m_expected))
            incubated += QStringList{"investigation", "construction", "acceleration", "consolidation"}.contains(e.currentPhase);
        QCOMPARE(parseJson(later.out).object().value(u"committee_overdue").toInt(), incubated);
    }

    void summaryText()
    {
        const Test::Run run = Test::comite({"summary", "--db", m_demo, "--today", today});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QByteArray("Products: ") + QByteArray::number(m_expected.size()) + '\n'));
    }

    // 280 products make 7 organisations, where a second sponsor once fell
    // on the first one (a UNIQUE refusal): every size generates.
    void generateSevenOrganisations()
    {
        const QString db = path(QStringLiteral("gen-280.sqlite"));
        const Test::Run run = Test::comite({"generate", "--db", db, "--products", "280", "--months", "1", "--today", today});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(parseJson(Test::comite({"summary", "--db", db, "--json", "--today", today}).out).object().value(u"products").toInt(),
                 280);
    }

    void generateIsDeterministic()
    {
        auto generate = [&](const QString &name, const QString &seed) {
            const QString db = path(name);
            const Test::Run run = Test::comite({"generate", "--db", db, "--products", "50", "--months", "24", "--seed",
                                                seed, "--today", today});
            return std::pair{run, db};
        };
        const auto [a, dbA] = generate(QStringLiteral("gen-a.sqlite"), QStringLiteral("7"));
        const auto [b, dbB] = generate(QStringLiteral("gen-b.sqlite"), QStringLiteral("7"));
        const auto [c, dbC] = generate(QStringLiteral("gen-c.sqlite"), QStringLiteral("8"));
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(b.exitCode, 0);
        QCOMPARE(c.exitCode, 0);

        auto list = [](const QString &db) { return Test::comite({"products", "--db", db, "--json"}).out; };
        auto summary = [](const QString &db) {
            return Test::comite({"summary", "--db", db, "--json", "--today", today}).out;
        };
        const QByteArray productsA = list(dbA);
        QCOMPARE(parseJson(productsA).array().size(), 50);
        QCOMPARE(list(dbB), productsA);
        QCOMPARE(summary(dbB), summary(dbA));
        QVERIFY(list(dbC) != productsA);
        QVERIFY(summary(dbC) != summary(dbA));
        QCOMPARE(parseJson(summary(dbA)).object().value(u"products").toInt(), 50);

        // Generating again into the same file is refused without --force,
        // the file left byte for byte as it was.
        const QByteArray before = contents(dbA);
        const Test::Run refused = generate(QStringLiteral("gen-a.sqlite"), QStringLiteral("8")).first;
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("gen-a.sqlite") && refused.err.contains("products: 50")
                     && refused.err.contains("--force"),
                 refused.err.constData());
        QCOMPARE(contents(dbA), before);
        QCOMPARE(list(dbA), productsA);
        // With --force it replaces, never appends.
        const Test::Run forced = Test::comite({"generate", "--db", dbA, "--products", "50", "--months", "24", "--seed",
                                               "7", "--today", today, "--force"});
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(list(dbA), productsA);
    }

    void notAComiteDatabase_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("products") << QStringList{"products", "--json"};
        QTest::newRow("product") << QStringList{"product", "velo-pour-tous", "--json"};
        QTest::newRow("summary") << QStringList{"summary", "--json"};
        QTest::newRow("demo") << QStringList{"demo", "--force"};
        QTest::newRow("generate") << QStringList{"generate", "--products", "3", "--months", "6"};
    }

    void notAComiteDatabase()
    {
        QFETCH(QStringList, arguments);
        const QString file = path(QStringLiteral("notes.txt"));
        const QByteArray text = "Compte rendu du comité du 12 mars\nDécision : continuer.\n";
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        }
        const Test::Run run = Test::comite(arguments << "--db" << file);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("notes.txt"), run.err.constData());
        QVERIFY2(run.err.contains("not a Comité database"), run.err.constData());
        QCOMPARE(run.out, QByteArray());
        QCOMPARE(contents(file), text);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
