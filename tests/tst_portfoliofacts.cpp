// The indicator facts of a list of products read at once (ProductFilter,
// PortfolioModel::readFacts, what the portfolio view asks for the rows it
// measures): the same facts and warnings as one read per product, in a
// fixed number of statements whatever the number of rows. On SQLite, and
// on the PostgreSQL server of COMITE_TEST_PG_URL when set.

#include "demo/syntheticportfolio.h"
#include "itemmodels/portfoliomodel.h"
#include "storage/indicatorfactsreader.h"
#include "testsupport.h"

#include <QTest>

using namespace Comite;

namespace {
// Every field of the facts, to compare two reads.
QString describe(const IndicatorFacts &f)
{
    auto number = [](const auto &v) { return v ? QString::number(double(*v), 'g', 17) : QStringLiteral("-"); };
    return QStringList{QString::number(f.indicatorCount), f.filledMandatory.join(u','), f.lastUsageMeasurement.toString(Qt::ISODate),
                       f.lastImpactMeasurement.toString(Qt::ISODate), number(f.spendingNow), number(f.spendingAtCommittee),
                       number(f.usersNow), number(f.usersAtCommittee), number(f.impactNow), number(f.impactAtCommittee)}
        .join(u' ');
}
} // namespace

class TestPortfolioFacts : public QObject
{
    Q_OBJECT

    ManualClock m_clock{Test::fixedToday};
    Test::TempWorkspace m_file;
    std::unique_ptr<Workspace> m_server;

    Workspace &workspace(const QString &backend)
    {
        return backend == QLatin1String("sqlite") ? *m_file : *m_server;
    }

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

private Q_SLOTS:
    void initTestCase()
    {
        const SyntheticPortfolio::Options options{90, 36, 5, Test::fixedToday};
        SyntheticPortfolio::write(m_file->database(), options);
        if (const QString admin = qEnvironmentVariable("COMITE_TEST_PG_URL"); !admin.isEmpty()) {
            m_server = std::make_unique<Workspace>(
                Database::open(Test::freshServerDatabase(admin, QStringLiteral("comite_portfolio_facts"))), m_clock);
            SyntheticPortfolio::write(m_server->database(), options);
        }
    }

    void aListReadsWhatEachReadsAlone_data() { backends(); }
    void aListReadsWhatEachReadsAlone()
    {
        QFETCH(QString, backend);
        if (backend == QLatin1String("postgresql") && !m_server)
            QSKIP("No PostgreSQL test server (COMITE_TEST_PG_URL is not set).");
        Database &db = workspace(backend).database();
        const QList<qint64> ids = {3, 7, 8, 20, 41, 42, 60, 89, 5000};  // 5000: no such product
        const QHash<qint64, IndicatorFacts> listed = IndicatorFactsReader::read(db, Test::fixedToday, ids);
        const QHash<qint64, IndicatorFacts> all = IndicatorFactsReader::read(db, Test::fixedToday);
        int withIndicators = 0;
        for (const qint64 id : ids) {
            const QHash<qint64, IndicatorFacts> alone = IndicatorFactsReader::read(db, Test::fixedToday, id);
            QCOMPARE(listed.contains(id), alone.contains(id));
            QCOMPARE(describe(listed.value(id)), describe(alone.value(id)));
            QCOMPARE(describe(listed.value(id)), describe(all.value(id)));
            withIndicators += listed.value(id).indicatorCount > 0;
        }
        QVERIFY(withIndicators >= 3);
        for (const qint64 id : listed.keys())
            QVERIFY(ids.contains(id));
        QVERIFY(IndicatorFactsReader::read(db, Test::fixedToday, QList<qint64>{}).isEmpty());
    }

    void modelReadsManyRowsInOneGo_data() { backends(); }
    void modelReadsManyRowsInOneGo()
    {
        QFETCH(QString, backend);
        if (backend == QLatin1String("postgresql") && !m_server)
            QSKIP("No PostgreSQL test server (COMITE_TEST_PG_URL is not set).");
        Workspace &ws = workspace(backend);
        PortfolioModel oneByOne(ws), together(ws);
        QCOMPARE(together.rowCount(), 90);
        QList<int> rows;
        for (int r = 0; r < together.rowCount(); ++r)
            rows << r;
        const quint64 before = ws.database().statementCount();
        together.readFacts(rows);
        const quint64 batch = ws.database().statementCount() - before;
        QVERIFY2(batch <= 3, qPrintable(QString::number(batch)));
        int warned = 0;
        for (const int r : rows) {
            const quint64 read = ws.database().statementCount();
            const QStringList warnings = together.statusAt(r).warnings();
            QCOMPARE(ws.database().statementCount(), read);  // already read
            QCOMPARE(warnings, oneByOne.statusAt(r).warnings());
            QCOMPARE(describe(together.summaryAt(r).indicatorFacts), describe(oneByOne.summaryAt(r).indicatorFacts));
            warned += !warnings.isEmpty();
        }
        QVERIFY(warned > 0);
        const quint64 again = ws.database().statementCount();
        together.readFacts(rows);  // nothing left to read
        QCOMPARE(ws.database().statementCount(), again);
    }
};

QTEST_GUILESS_MAIN(TestPortfolioFacts)
#include "tst_portfoliofacts.moc"
