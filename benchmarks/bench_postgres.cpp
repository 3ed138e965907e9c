// Shared-server benchmarks (issue targets), on the PostgreSQL server of
// COMITE_TEST_PG_URL (scripts/benchmark.sh starts a throwaway one):
// generating 1,000 and 10,000 products × 60 months (≤ 10 s at 10k),
// opening a 10,000-product portfolio in the window over loopback (≤ 1 s),
// and 20 members scoring 100 questions each in one session at the same
// time, each from its own connection through the application's edit API:
// all 2,000 scores stored, none lost, and the throughput.

#include "commands/sessionedits.h"
#include "demo/syntheticportfolio.h"
#include "itemmodels/portfoliomodel.h"
#include "mainwindow.h"
#include "portfolioview.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Comite;

class BenchPostgres : public QObject
{
    Q_OBJECT

    QString m_admin;
    QString m_large;  // 10,000 products, generated once
    ManualClock m_clock{Test::fixedToday};

private Q_SLOTS:
    void initTestCase()
    {
        m_admin = qEnvironmentVariable("COMITE_TEST_PG_URL");
        if (m_admin.isEmpty())
            QSKIP("No PostgreSQL server (COMITE_TEST_PG_URL is not set): scripts/benchmark.sh starts one.");
    }

    // `generate` on the server (issue #19: 10,000 products × 60 months in
    // ≤ 10 s): the bulk rows go through COPY. One run per size.
    void generate60Months_data()
    {
        QTest::addColumn<int>("products");
        QTest::newRow("1k") << 1000;
        QTest::newRow("10k") << 10000;
    }

    void generate60Months()
    {
        QFETCH(int, products);
        const QString url = Test::freshServerDatabase(m_admin, QStringLiteral("comite_bench_generate"));
        auto db = Database::open(url);
        QElapsedTimer generation;
        generation.start();
        QBENCHMARK_ONCE {
            SyntheticPortfolio::write(*db, {products, 60, 1, Test::fixedToday});
        }
        qInfo("FIGURE generate on the server %d products × 60 months: %lld ms", products, generation.elapsed());
    }

    void openWindow10000Products()
    {
        if (m_large.isEmpty()) {  // QBENCHMARK may run this function more than once
            m_large = Test::freshServerDatabase(m_admin, QStringLiteral("comite_bench_open"));
            auto db = Database::open(m_large);
            QElapsedTimer generation;
            generation.start();
            SyntheticPortfolio::write(*db, {10000, 24, 1, Test::fixedToday});
            qInfo("10,000 products × 24 months generated on the server in %lld ms", generation.elapsed());
        }
        QBENCHMARK {
            MainWindow window(m_clock);
            window.show();
            QVERIFY(window.openDatabase(m_large));
            QCoreApplication::processEvents();
            QCOMPARE(window.portfolio()->model()->rowCount(), 10000);
        }
    }

    void twentyMembersScoreAtOnce()
    {
        const int members = qEnvironmentVariableIntValue("COMITE_BENCH_MEMBERS") > 0 ? qEnvironmentVariableIntValue("COMITE_BENCH_MEMBERS") : 20;
        constexpr int products = 10;  // × 10 questions = 100 scores each
        const QString url = Test::freshServerDatabase(m_admin, QStringLiteral("comite_bench_scores"));
        qint64 sessionId = 0;
        QList<qint64> seats, productIds;
        {
            Workspace ws(Database::open(url), m_clock);
            SyntheticPortfolio::write(ws.database(), {products, 6, 1, Test::fixedToday});
            Session s;
            s.title = QStringLiteral("Comité de charge");
            s.startsAt = QDateTime(Test::fixedToday, QTime(9, 0));
            for (const ProductSummary &p : ws.products().summaries()) {
                s.products << SessionProduct{p.id, p.slug, p.title};
                productIds << p.id;
            }
            for (int m = 0; m < members; ++m) {
                Participant p;
                p.name = QStringLiteral("Membre %1").arg(m + 1);
                p.role = ParticipantRole::Sponsor;
                p.voting = true;
                s.participants << p;
            }
            sessionId = ws.sessions().insert(s);
            const Session stored = *ws.sessions().load(sessionId);
            for (const Participant &p : stored.participants)
                seats << p.id;
        }

        std::atomic<int> failures = 0;
        QList<QThread *> clients;
        for (int m = 0; m < members; ++m) {
            clients << QThread::create([&, m] {
                // Each member on its own connection, as on its own machine.
                Workspace ws(Database::open(url), m_clock);
                for (qint64 product : productIds) {
                    for (int q = 1; q <= ArbitrationGrid::questionCount; ++q) {
                        const Result<void> r = Edit::setScore(ws, sessionId, ArbitrationScore{product, seats[m], q, (m + q) % 6, {}});
                        if (!r && failures++ == 0)
                            qWarning("first refusal: %s", qPrintable(r.error().message));
                    }
                }
            });
        }
        QElapsedTimer elapsed;
        elapsed.start();
        for (QThread *t : clients)
            t->start();
        for (QThread *t : clients) {
            t->wait();
            delete t;
        }
        const qint64 ms = elapsed.elapsed();

        auto db = Database::open(url);
        QSqlQuery q = db->exec(QStringLiteral("SELECT count(*) FROM session_scores WHERE session_id = ?"), {sessionId});
        QVERIFY(q.next());
        const int stored = q.value(0).toInt();
        qInfo("%d members × %d scores at once: %d stored, %d refused, %lld ms, %.0f scores/s", members,
              products * ArbitrationGrid::questionCount, stored, failures.load(), ms, stored * 1000.0 / std::max<qint64>(ms, 1));
        QCOMPARE(failures.load(), 0);
        QCOMPARE(stored, members * products * ArbitrationGrid::questionCount);
    }
};

QTEST_MAIN(BenchPostgres)
#include "bench_postgres.moc"
