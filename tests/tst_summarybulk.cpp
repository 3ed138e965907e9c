// Issue #19: the figures read in bulk (the summary without sponsors or
// indicator facts, the portfolio model with its facts read lazily) are the
// ones read product by product with everything: on the demo portfolio, a
// generated one and the shared beta.gouv.fr data when it is there.

#include "betagouv/betagouvimporter.h"
#include "demo/demoportfolio.h"
#include "demo/syntheticportfolio.h"
#include "io/portfoliojson.h"
#include "itemmodels/portfoliomodel.h"
#include "storage/bulkinsert.h"
#include "storage/portfoliocopy.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Comite;

namespace {
// Every product read on its own, all parts: the previous way.
QList<ProductSummary> oneByOne(Workspace &ws)
{
    QList<ProductSummary> rows;
    for (const ProductSummary &s : ws.products().summaries({})) {
        const auto full = ws.products().summary(s.id);
        if (full)
            rows << *full;
    }
    return rows;
}

QString describe(const ProductStatus &s)
{
    return QStringLiteral("%1 due %2 overdue %3 unknown %4 warnings %5")
        .arg(s.currentPhase ? Phases::key(*s.currentPhase) : QStringLiteral("-"), s.nextCommitteeDue.toString(Qt::ISODate))
        .arg(s.committeeOverdue)
        .arg(s.committeeUnknown)
        .arg(s.warnings().join(u','));
}

void compareBulkWithOneByOne(Workspace &ws)
{
    const QList<ProductSummary> reference = oneByOne(ws);
    QVERIFY(!reference.isEmpty());

    // The summary: same JSON, key for key.
    const QJsonObject bulk = PortfolioJson::summary(ws);
    const QJsonObject slow = PortfolioJson::summaryOf(ws, reference);
    QCOMPARE(QJsonDocument(bulk).toJson(), QJsonDocument(slow).toJson());

    // The window: each row's status, warnings included, and the columns.
    PortfolioModel model(ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(reference.size()));
    const QDate today = ws.today();
    for (const ProductSummary &s : reference) {
        const int row = model.rowOf(s.id);
        QVERIFY(row >= 0);
        const ProductStatus expected = s.status(today);
        const QModelIndex warnings = model.index(row, PortfolioModel::Warnings);
        QCOMPARE(warnings.data(PortfolioModel::WarningCodesRole).toStringList(), expected.warnings());
        QCOMPARE(describe(model.statusAt(row)), describe(expected));
        QCOMPARE(model.index(row, PortfolioModel::NextCommitteeDue).data(PortfolioModel::SortRole).toLongLong(),
                 expected.nextCommitteeDue.isValid() ? expected.nextCommitteeDue.toJulianDay() : 0);
        QCOMPARE(model.index(row, PortfolioModel::Sponsors).data().toString(), s.sponsorNames.join(QStringLiteral(", ")));
    }
}
} // namespace

class TestSummaryBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoPortfolio()
    {
        Test::TempWorkspace ws;
        DemoPortfolio::write(ws->database(), ws->today(), false);
        compareBulkWithOneByOne(*ws);
    }

    void generatedPortfolio()
    {
        Test::TempWorkspace ws;
        SyntheticPortfolio::write(ws->database(), {400, 60, 7, ws->today()});
        compareBulkWithOneByOne(*ws);
    }

    // A generation sets the indexes aside while it fills the empty tables
    // and rebuilds them after (BulkSchema): the file ends with the indexes
    // of a fresh one, the same names and definitions.
    void generatedFileKeepsItsIndexes()
    {
        const auto indexes = [](Database &db) {
            QStringList result;
            QSqlQuery q = db.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name"));
            while (q.next())
                result << q.value(0).toString() + QStringLiteral(": ") + q.value(1).toString();
            return result;
        };
        Test::TempWorkspace fresh, generated;
        SyntheticPortfolio::write(generated->database(), {50, 12, 3, generated->today()});
        QVERIFY(indexes(fresh->database()).size() > 20);
        QCOMPARE(indexes(generated->database()), indexes(fresh->database()));
        QVERIFY(indexes(generated->database()).contains(
            QStringLiteral("spending_month: CREATE INDEX spending_month ON spending(month, product_id, forecast, amount)")));
    }

    // A SQLite bulk load writes through a rollback journal, and the file
    // is back in write-ahead-log mode after it, whether the load succeeded
    // or failed; with another connection on the file nothing is switched.
    void bulkLoadWritesThroughARollbackJournal()
    {
        const auto mode = [](Database &db) {
            QSqlQuery q = db.exec(QStringLiteral("PRAGMA journal_mode"));
            return q.next() ? q.value(0).toString() : QString();
        };
        const auto synchronous = [](Database &db) {
            QSqlQuery q = db.exec(QStringLiteral("PRAGMA synchronous"));
            return q.next() ? q.value(0).toInt() : -1;
        };
        Test::TempWorkspace ws;
        Database &db = ws->database();
        QCOMPARE(mode(db), QStringLiteral("wal"));
        {
            const BulkJournal journal(db);
            QCOMPARE(mode(db), QStringLiteral("delete"));
            QCOMPARE(synchronous(db), 2);  // FULL
        }
        QCOMPARE(mode(db), QStringLiteral("wal"));
        QCOMPARE(synchronous(db), 1);  // NORMAL
        QSqlQuery timeout = db.exec(QStringLiteral("PRAGMA busy_timeout"));
        QVERIFY(timeout.next());
        QCOMPARE(timeout.value(0).toInt(), 5000);  // the connection's own, back
        timeout.finish();
        SyntheticPortfolio::write(db, {30, 12, 3, ws->today()});
        QCOMPARE(mode(db), QStringLiteral("wal"));
        // Refused (a portfolio is there): still in the log's mode.
        QVERIFY_THROWS_EXCEPTION(StorageError, SyntheticPortfolio::write(db, {30, 12, 3, ws->today()}));
        QCOMPARE(mode(db), QStringLiteral("wal"));
        QCOMPARE(ws->products().count(), 30);

        // Another connection reading the file: the log stays.
        auto other = Database::open(ws.path());
        QCOMPARE(ws->products().count(), ProductRepository(*other).count());
        QElapsedTimer waited;
        waited.start();
        {
            const BulkJournal journal(db);
            QCOMPARE(mode(db), QStringLiteral("wal"));
        }
        QVERIFY2(waited.elapsed() < 4000, "the switch waited for the other connection");
        QCOMPARE(mode(db), QStringLiteral("wal"));
        QCOMPARE(synchronous(db), 1);
    }

    // A copy that fails halfway (a row the target's foreign keys refuse)
    // leaves the target empty, with every index the load set aside, in
    // write-ahead-log mode.
    void failedCopyLeavesTheTargetAsItWas()
    {
        const auto indexes = [](Database &db) {
            QStringList result;
            QSqlQuery q = db.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name"));
            while (q.next())
                result << q.value(0).toString();
            return result;
        };
        Test::TempWorkspace from, to;
        SyntheticPortfolio::write(from->database(), {40, 12, 3, from->today()});
        from->database().exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        from->database().exec(QStringLiteral("UPDATE phases SET product_id = 99999 WHERE id = (SELECT MAX(id) FROM phases)"));
        const QStringList before = indexes(to->database());
        QVERIFY(before.size() > 20);
        try {
            PortfolioCopy::copy(from->database(), to->database());
            QFAIL("The copy should have been refused.");
        } catch (const StorageError &e) {
            QVERIFY2(e.message().contains(QLatin1String("phases")), qPrintable(e.message()));
        }
        QCOMPARE(indexes(to->database()), before);
        QCOMPARE(to->products().count(), 0);
        QSqlQuery mode = to->database().exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    }

    void sharedBetagouvData()
    {
        const QString shared = QStringLiteral(COMITE_SHARED_DATA);
        if (!QDir(shared).exists())
            QSKIP("The shared beta.gouv.fr data is not here (../shared/data/betagouv).");
        Test::TempWorkspace ws;
        QVERIFY(BetagouvImporter::importFolder(ws->database(), shared, {}).succeeded());
        compareBulkWithOneByOne(*ws);
    }

    // Sorting on the warnings reads every row's facts at once; the rows
    // then say what they said one by one.
    void sortingOnWarningsReadsAllFacts()
    {
        Test::TempWorkspace ws;
        SyntheticPortfolio::write(ws->database(), {120, 60, 3, ws->today()});
        PortfolioModel model(*ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const quint64 before = ws->database().statementCount();
        for (int row = 0; row < model.rowCount(); ++row)
            model.index(row, PortfolioModel::Warnings).data(PortfolioModel::SortRole);
        QVERIFY2(ws->database().statementCount() - before < 10, "one bulk read, not one per row");
        for (int row = 0; row < model.rowCount(); ++row) {
            const ProductStatus expected = ws->products().summary(model.productIdAt(row))->status(ws->today());
            QCOMPARE(model.index(row, PortfolioModel::Warnings).data(PortfolioModel::WarningCodesRole).toStringList(),
                     expected.warnings());
        }
    }
};

QTEST_MAIN(TestSummaryBulk)
#include "tst_summarybulk.moc"
