// The indicator commands through the real binary: import-measurements
// (all or nothing, line numbers on stderr, exit codes), the `indicators`,
// `efficiency` and warning keys of `product SLUG --json`, and export-chart
// writing PNG and SVG files headless.

#include "commands/indicatoredits.h"
#include "commands/productedits.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Comite;

namespace {
const QString today = QStringLiteral("2026-11-24");
}

class TestIndicatorCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_ws;
    qint64 m_product = 0;
    qint64 m_users = 0;
    qint64 m_jobs = 0;

    Workspace &ws() { return **m_ws; }
    QString db() const { return m_ws->path(); }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_ws->dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

    QJsonObject productJson()
    {
        const Test::Run run = Test::comite({"product", "velo", "--db", db(), "--json", "--today", today});
        return QJsonDocument::fromJson(run.out).object();
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        Product p = Test::sampleProduct(QStringLiteral("velo"), QStringLiteral("Vélo pour tous"));
        p.phases = {PhaseRecord{Phase::Construction, {2026, 1, 5}, {}, {}, false}};
        const Result<qint64> added = Edit::addProduct(ws(), p);
        QVERIFY(added);
        m_product = added.value();
        Indicator users;
        users.productId = m_product;
        users.name = QStringLiteral("Utilisateurs actifs");
        users.kind = IndicatorKind::Usage;
        users.principle = MatrixPrinciple::Used;
        users.unit = QStringLiteral("collectivités");
        users.mandatory = ImpactMatrix::MonthlyActiveUsers;
        users.northStar = true;
        const Result<qint64> addedUsers = Edit::addIndicator(ws(), users);
        QVERIFY(addedUsers);
        m_users = addedUsers.value();
        Indicator jobs;
        jobs.productId = m_product;
        jobs.name = QStringLiteral("Kilomètres aménagés");
        jobs.kind = IndicatorKind::Impact;
        jobs.principle = MatrixPrinciple::Impactful;
        jobs.unit = QStringLiteral("km");
        const Result<qint64> addedJobs = Edit::addIndicator(ws(), jobs);
        QVERIFY(addedJobs);
        m_jobs = addedJobs.value();
        QVERIFY(Edit::addTarget(ws(), IndicatorTarget{0, m_users, {2027, 6, 30}, 200}));
        for (int m = 0; m < 12; ++m)
            ws().spending().insert(SpendingEntry{0, m_product, QDate(2025, 11, 1).addMonths(m).toString("yyyy-MM"),
                                                 QStringLiteral("development"), 25000, false});
    }

    void cleanup() { m_ws.reset(); }

    void importThenJson()
    {
        const QString file = writeFile(QStringLiteral("mesures.csv"),
                                       "\xef\xbb\xbf" "date;indicateur;valeur\n"
                                       "2026-09-01;Utilisateurs actifs;100\n"
                                       "2026-10-01;Utilisateurs actifs;120\n"
                                       "2026-11-01;utilisateurs actifs;150\n"
                                       "2026-11-01;Kilomètres aménagés;\"12,5\"\n");
        const Test::Run run = Test::comite({"import-measurements", file, "--product", "velo", "--db", db(), "--today", today});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("Imported 4 measurements of 2 indicators into velo.\n"));

        const QJsonObject o = productJson();
        const QJsonArray indicators = o.value(u"indicators").toArray();
        QCOMPARE(indicators.size(), 2);
        const QJsonObject users = indicators[0].toObject();
        QCOMPARE(users.value(u"name").toString(), QStringLiteral("Utilisateurs actifs"));
        QCOMPARE(users.value(u"kind").toString(), QStringLiteral("usage"));
        QCOMPARE(users.value(u"principle").toString(), QStringLiteral("used"));
        QCOMPARE(users.value(u"unit").toString(), QStringLiteral("collectivités"));
        QCOMPARE(users.value(u"north_star").toBool(), true);
        QCOMPARE(users.value(u"mandatory").toString(), QStringLiteral("monthly-active-users"));
        QCOMPARE(users.value(u"measurements").toArray().size(), 3);
        QCOMPARE(users.value(u"measurements").toArray()[2].toObject(),
                 (QJsonObject{{"date", "2026-11-01"}, {"value", 150}}));
        QCOMPARE(users.value(u"targets").toArray(), (QJsonArray{QJsonObject{{"date", "2027-06-30"}, {"value", 200}}}));
        QCOMPARE(indicators[1].toObject().value(u"north_star").toBool(), false);
        QCOMPARE(indicators[1].toObject().value(u"measurements").toArray()[0].toObject().value(u"value").toDouble(), 12.5);

        const QJsonObject e = o.value(u"efficiency").toObject();
        QCOMPARE(e.value(u"spending_12_months").toDouble(), 300000.0);
        QCOMPARE(e.value(u"monthly_active_users").toDouble(), 150.0);
        QCOMPARE(e.value(u"cost_per_use").toDouble(), 2000.0);
        QCOMPARE(e.value(u"cost_per_impact").toDouble(), 24000.0);
        QCOMPARE(e.value(u"impact_indicator").toString(), QStringLiteral("Kilomètres aménagés"));
        QVERIFY(e.value(u"cost_per_use_change_year").isNull());  // no users a year ago
        QVERIFY(e.value(u"cost_per_use_change_committee").isNull());
        QVERIFY(e.contains(u"cost_per_impact_change_year"));
        QVERIFY(e.value(u"previous_committee").isNull());
        QCOMPARE(o.value(u"missing_mandatory_indicators").toArray(),
                 (QJsonArray{"ease-of-use", "monthly-transactions", "market-penetration", "satisfaction", "policy-impact"}));
        QStringList warnings;
        for (const QJsonValue &w : o.value(u"warnings").toArray())
            warnings << w.toString();
        QVERIFY(warnings.contains(QStringLiteral("missing-mandatory-indicators")));
        QVERIFY(!warnings.contains(QStringLiteral("usage-only")));  // impact measured in November
    }

    void usageOnlyWarning()
    {
        QVERIFY(Edit::addMeasurement(ws(), Measurement{0, m_users, {2026, 11, 1}, 150, {}}));
        QVERIFY(Edit::addMeasurement(ws(), Measurement{0, m_jobs, {2026, 4, 1}, 3, {}}));
        QStringList warnings;
        for (const QJsonValue &w : productJson().value(u"warnings").toArray())
            warnings << w.toString();
        QVERIFY2(warnings.contains(QStringLiteral("usage-only")), qPrintable(warnings.join(u',')));
    }

    void badLinesImportNothing()
    {
        const QString file = writeFile(QStringLiteral("erreurs.csv"),
                                       "date,indicator,value\n"
                                       "2026-09-01,Utilisateurs actifs,100\n"
                                       "2026-31-01,Utilisateurs actifs,120\n"
                                       "2026-11-01,Visites,150\n"
                                       "2026-11-01,Utilisateurs actifs,cent\n");
        const Test::Run run = Test::comite({"import-measurements", file, "--product", "velo", "--db", db(), "--today", today});
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QStringLiteral("erreurs.csv:3: ")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("erreurs.csv:4: No indicator “Visites” in this product.")));
        QVERIFY(err.contains(QStringLiteral("erreurs.csv:5: “cent” is not a number.")));
        QVERIFY(!err.contains(QStringLiteral("erreurs.csv:2")));
        QVERIFY(err.contains(QStringLiteral("Nothing was imported.")));
        QVERIFY(ws().indicators().measurements(m_users).isEmpty());
    }

    void exportChart_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("file");
        QTest::newRow("one indicator, PNG") << QStringList{"--indicator", "utilisateurs actifs"} << "users.png";
        QTest::newRow("North Star by default, SVG") << QStringList{} << "star.svg";
        QTest::newRow("impact matrix") << QStringList{"--chart", "matrix"} << "matrix.png";
        QTest::newRow("against targets") << QStringList{"--chart", "progress"} << "progress.svg";
    }

    void exportChart()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, file);
        for (int m = 0; m < 8; ++m)
            QVERIFY(Edit::addMeasurement(ws(), Measurement{0, m_users, QDate(2026, 4, 1).addMonths(m), 50.0 + 10 * m, {}}));
        const QString out = m_ws->dir.filePath(file);
        const Test::Run run = Test::comite(QStringList{"export-chart", "--product", "velo", "--db", db(), "--today", today, "--out", out}
                                           + options);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (file.endsWith(QLatin1String(".png"))) {
            QCOMPARE(QImage::fromData(bytes, "PNG").size(), QSize(1600, 900));
        } else {
            QVERIFY(bytes.contains("<svg"));
            QVERIFY(bytes.contains("width=\"1600\""));
        }
    }

    void exportChartRefusals()
    {
        const QString out = m_ws->dir.filePath(QStringLiteral("x.png"));
        const Test::Run unknown = Test::comite({"export-chart", "--product", "velo", "--indicator", "Visites", "--db", db(), "--out", out});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("No indicator “Visites”"));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(Test::comite({"export-chart", "--product", "nope", "--db", db(), "--out", out}).exitCode, 1);
        QCOMPARE(Test::comite({"export-chart", "--product", "velo", "--db", db(), "--out", m_ws->dir.filePath("x.jpg")}).exitCode, 2);
        QCOMPARE(Test::comite({"export-chart", "--product", "velo", "--db", db()}).exitCode, 2);  // no --out
        QCOMPARE(Test::comite({"export-chart", "--out", out, "--db", db()}).exitCode, 2);  // no --product
        QCOMPARE(Test::comite({"export-chart", "--product", "velo", "--chart", "pie", "--db", db(), "--out", out}).exitCode, 2);
    }

    void usageAndMissing()
    {
        const QString file = writeFile(QStringLiteral("ok.csv"), "date;indicator;value\n2026-09-01;Utilisateurs actifs;1\n");
        QCOMPARE(Test::comite({"import-measurements", file, "--db", db()}).exitCode, 2);  // no --product
        QCOMPARE(Test::comite({"import-measurements", "--product", "velo", "--db", db()}).exitCode, 2);  // no file
        const Test::Run unknown = Test::comite({"import-measurements", file, "--product", "nope", "--db", db()});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("No product “nope”"));
        const Test::Run missing = Test::comite({"import-measurements", m_ws->dir.filePath("absent.csv"), "--product", "velo",
                                                "--db", db(), "--today", today});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("absent.csv: Cannot read the file"));
        const Test::Run help = Test::comite({"--help"});
        QVERIFY(help.out.contains("import-measurements FILE --product SLUG --db PATH"));
        QVERIFY(help.out.contains("export-chart --product SLUG [--indicator NAME]"));
    }
};

QTEST_GUILESS_MAIN(TestIndicatorCli)
#include "tst_indicatorcli.moc"
