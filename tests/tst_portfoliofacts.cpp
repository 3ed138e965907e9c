// The indicator facts of a list of products read at once (ProductFilter,
// PortfolioModel::readFacts, what the portfolio view asks for the rows it
// measures): the same facts and warnings as one read per product, in a
// fixed number of statements whatever the number of rows. And the
// summaries, read in sequential passes with the held sessions joined in
// memory (HeldSessions): the same committees, last decisions and phase
// order as plain SQL over the committee record says. On SQLite, and on the
// PostgreSQL server of COMITE_TEST_PG_URL when set.

#include "demo/syntheticportfolio.h"
#include "domain/decisionoption.h"
#include "itemmodels/portfoliomodel.h"
#include "storage/indicatorfactsreader.h"
#include "storage/spendingrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
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
        const IndicatorFactsByProduct listed = IndicatorFactsReader::read(db, Test::fixedToday, ids);
        const IndicatorFactsByProduct all = IndicatorFactsReader::read(db, Test::fixedToday);
        int withIndicators = 0;
        for (const qint64 id : ids) {
            const IndicatorFactsByProduct alone = IndicatorFactsReader::read(db, Test::fixedToday, id);
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

    // The bulk read (values only for the users and impact candidates,
    // spending summed by id and merged in id order) gives each product the
    // facts its own full series, spending and last committee give.
    void bulkFactsMatchEachProductsOwnData_data() { backends(); }
    void bulkFactsMatchEachProductsOwnData()
    {
        QFETCH(QString, backend);
        if (backend == QLatin1String("postgresql") && !m_server)
            QSKIP("No PostgreSQL test server (COMITE_TEST_PG_URL is not set).");
        Workspace &ws = workspace(backend);
        SpendingRepository spending(ws.database());
        // A product with spending and no indicator: the generator makes
        // none, so one is given a month of spending here (once per backend).
        const IndicatorFactsByProduct before = IndicatorFactsReader::read(ws.database(), Test::fixedToday);
        const QList<ProductSummary> summaries = ws.products().summaries();
        const auto bare = std::find_if(summaries.cbegin(), summaries.cend(), [&](const ProductSummary &p) {
            return !before.contains(p.id);
        });
        QVERIFY(bare != summaries.cend());
        spending.insert({0, bare->id, Test::fixedToday.addMonths(-2).toString(QStringLiteral("yyyy-MM")), QStringLiteral("development"),
                         4200, false});
        // Indicators written after the whole portfolio, out of the table's
        // product order: a users indicator placed first on the page of the
        // first product that has one (it becomes the users figure), and an
        // impact indicator last on another's. The facts must still follow
        // each product's page order.
        const QList<qint64> measured = before.keys();
        QVERIFY(measured.size() > 2);
        Indicator users;
        users.productId = measured.first();
        users.position = -1;
        users.name = QStringLiteral("Utilisateurs actifs, recomptés en décembre");
        users.mandatory = ImpactMatrix::MonthlyActiveUsers;
        const qint64 usersId = ws.indicators().insert(users);
        Indicator impact;
        impact.productId = measured.at(1);
        impact.position = 1000;
        impact.name = QStringLiteral("Démarches abouties sans relance");
        impact.kind = IndicatorKind::Impact;
        const qint64 impactId = ws.indicators().insert(impact);
        for (int m = 1; m <= 14; ++m) {
            const QDate day = Test::fixedToday.addMonths(-m);
            ws.indicators().insert(Measurement{0, usersId, day, 7000.0 - m, {}});
            ws.indicators().insert(Measurement{0, impactId, day, 30.0 + m, {}});
        }
        const IndicatorFactsByProduct all = IndicatorFactsReader::read(ws.database(), Test::fixedToday);
        int withUsers = 0, withImpact = 0, withSpendingOnly = 0;
        for (const ProductSummary &p : summaries) {
            const IndicatorFacts own = IndicatorFacts::from(ws.indicators().seriesForProduct(p.id), spending.actualByMonth(p.id),
                                                            p.lastCommittee, Test::fixedToday);
            QCOMPARE(describe(all.value(p.id)), describe(own));
            withUsers += own.usersAtCommittee.has_value();
            withImpact += own.impactNow.has_value();
            withSpendingOnly += own.indicatorCount == 0 && own.spendingNow.has_value();
        }
        QVERIFY(withUsers > 10);
        QVERIFY(withImpact > 10);
        QVERIFY(withSpendingOnly > 0);
        QCOMPARE(all.value(users.productId).usersNow, std::optional<double>(6999.0));
        QCOMPARE(all.value(impact.productId).indicatorCount, before.value(impact.productId).indicatorCount + 1);
        // One entry per product.
        QVERIFY(std::adjacent_find(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.productId == b.productId; })
                == all.end());
    }

    // The facts' per-indicator lookups (last measurement, value today and
    // at the last committee) are answered by the (indicator_id,
    // measured_on, value) index alone on SQLite: no row of the largest
    // table is read (migration 17). The plan of the reader's own statement.
    void lookupsReadTheIndexAlone()
    {
        Database &db = m_file->database();
        QStringList log;
        db.setStatementLog(&log);
        IndicatorFactsReader::read(db, Test::fixedToday);
        db.setStatementLog(nullptr);
        const auto facts = std::find_if(log.cbegin(), log.cend(), [](const QString &sql) {
            return sql.contains(QLatin1String("FROM measurements m"));
        });
        QVERIFY(facts != log.cend());
        QSqlQuery plan = db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + *facts, QVariantList(facts->count(u'?')));
        QStringList lookups;
        while (plan.next()) {
            if (const QString step = plan.value(3).toString(); step.contains(QLatin1String(" m ")))
                lookups << step;
        }
        QCOMPARE(lookups.size(), 3);
        for (const QString &step : lookups)
            QVERIFY2(step.startsWith(QLatin1String("SEARCH m USING COVERING INDEX ")), qPrintable(lookups.join(u'\n')));
    }

    // The summaries of a list of products (an allocation pool's scope) are
    // those the whole portfolio's read gives them: phases, committees,
    // co-incubators, envelope, follow-ups and facts.
    void summariesOfAListAreTheirsInTheWhole_data() { backends(); }
    void summariesOfAListAreTheirsInTheWhole()
    {
        QFETCH(QString, backend);
        if (backend == QLatin1String("postgresql") && !m_server)
            QSKIP("No PostgreSQL test server (COMITE_TEST_PG_URL is not set).");
        Workspace &ws = workspace(backend);
        auto describeSummary = [](const ProductSummary &s) {
            QStringList phases;
            for (const PhaseRecord &p : s.phases)
                phases << Phases::key(p.phase) + u'@' + p.start.toString(Qt::ISODate);
            return QStringList{QString::number(s.id), s.slug, s.title, s.incubatorSlug, s.coIncubatorSlugs.join(u','),
                               s.sponsorSlugs.join(u','), phases.join(u','), s.lastCommittee.toString(Qt::ISODate),
                               QString::number(s.committeeCount), s.envelopeExhaustion.toString(Qt::ISODate),
                               s.provisionalEnd.toString(Qt::ISODate), QString::number(s.followupsPastDue),
                               describe(s.indicatorFacts)}
                .join(u" | ");
        };
        const QList<ProductSummary> all = ws.products().summaries();
        QHash<qint64, QString> whole;
        for (const ProductSummary &s : all)
            whole.insert(s.id, describeSummary(s));
        const QList<qint64> ids = {all.value(1).id, all.value(17).id, all.value(44).id, all.value(80).id, 5000};
        const QList<ProductSummary> listed = ws.products().summaries(ProductFilter(ids), {SummaryPart::Sponsors, SummaryPart::IndicatorFacts});
        QCOMPARE(listed.size(), 4);  // 5000: no such product
        int committees = 0;
        for (const ProductSummary &s : listed) {
            QCOMPARE(describeSummary(s), whole.value(s.id));
            committees += s.committeeCount;
        }
        QVERIFY(committees > 0);
        QVERIFY(ws.products().summaries(ProductFilter(QList<qint64>{}), {}).isEmpty());
    }

    void summariesMatchTheCommitteeRecord_data() { backends(); }
    void summariesMatchTheCommitteeRecord()
    {
        QFETCH(QString, backend);
        if (backend == QLatin1String("postgresql") && !m_server)
            QSKIP("No PostgreSQL test server (COMITE_TEST_PG_URL is not set).");
        Workspace &ws = workspace(backend);
        Database &db = ws.database();
        const auto session = [&](const QString &startsAt, const QString &status) {
            return db.insert(QStringLiteral("sessions"), {QStringLiteral("starts_at"), QStringLiteral("status")}, {startsAt, status});
        };
        const auto decide = [&](qint64 sessionId, qint64 product, const QString &option, const QVariant &periodEnd) {
            db.insert(QStringLiteral("session_products"), {QStringLiteral("session_id"), QStringLiteral("product_id")},
                      {sessionId, product});
            db.insert(QStringLiteral("decisions"),
                      {QStringLiteral("session_id"), QStringLiteral("product_id"), QStringLiteral("option"), QStringLiteral("period_end")},
                      {sessionId, product, option, periodEnd});
        };
        const QString provisional = DecisionOptions::key(DecisionOption::Provisional);
        const QString keep = DecisionOptions::key(DecisionOption::Continue);
        // Product 5: the same day twice; the session with a time of day
        // comes later (SQL compares the text), though its id is smaller.
        const qint64 withTime = session(QStringLiteral("2027-05-04T09:30:00"), QStringLiteral("held"));
        const qint64 dayOnly = session(QStringLiteral("2027-05-04"), QStringLiteral("held"));
        decide(dayOnly, 5, provisional, QStringLiteral("2027-08-31"));
        decide(withTime, 5, keep, QVariant());
        // Product 6: the same start twice: the larger session id is later.
        const qint64 first = session(QStringLiteral("2027-06-01"), QStringLiteral("held"));
        const qint64 second = session(QStringLiteral("2027-06-01"), QStringLiteral("held"));
        decide(first, 6, keep, QVariant());
        decide(second, 6, provisional, QStringLiteral("2027-09-30"));
        // Product 7: a later planned session does not count.
        decide(second, 7, provisional, QStringLiteral("2027-10-31"));
        decide(session(QStringLiteral("2027-12-01"), QStringLiteral("planned")), 7, keep, QVariant());
        // The product with the most phases: stored in the reverse of their
        // positions.
        QSqlQuery most = db.exec(QStringLiteral("SELECT product_id FROM phases GROUP BY product_id "
                                                "ORDER BY COUNT(*) DESC, product_id LIMIT 1"));
        QVERIFY(most.next());
        const qint64 reordered = most.value(0).toLongLong();
        db.exec(QStringLiteral("UPDATE phases SET position = 100 - position WHERE product_id = ?"), {reordered});

        // The committee record, in plain SQL.
        QHash<qint64, std::pair<QDate, int>> committees;
        QSqlQuery q = db.exec(QStringLiteral("SELECT sp.product_id, MAX(s.starts_at), COUNT(*) FROM session_products sp "
                                             "JOIN sessions s ON s.id = sp.session_id WHERE s.status = 'held' GROUP BY sp.product_id"));
        while (q.next())
            committees.insert(q.value(0).toLongLong(), {QDate::fromString(q.value(1).toString().left(10), Qt::ISODate), q.value(2).toInt()});
        QHash<qint64, QDate> provisionalEnds;
        q = db.exec(QStringLiteral("SELECT d.product_id, d.period_end FROM decisions d JOIN sessions s ON s.id = d.session_id "
                                   "WHERE s.status = 'held' AND d.option = ? AND NOT EXISTS (SELECT 1 FROM decisions d2 "
                                   "JOIN sessions s2 ON s2.id = d2.session_id WHERE d2.product_id = d.product_id "
                                   "AND s2.status = 'held' AND (s2.starts_at > s.starts_at OR (s2.starts_at = s.starts_at "
                                   "AND (s2.id > s.id OR (s2.id = s.id AND d2.id > d.id)))))"),
                    {provisional});
        while (q.next())
            provisionalEnds.insert(q.value(0).toLongLong(), QDate::fromString(q.value(1).toString().left(10), Qt::ISODate));
        QHash<qint64, QStringList> phases;
        q = db.exec(QStringLiteral("SELECT product_id, phase, start_date FROM phases ORDER BY product_id, position"));
        while (q.next())
            phases[q.value(0).toLongLong()] << q.value(1).toString() + u' ' + q.value(2).toString().left(10);

        QVERIFY(!provisionalEnds.contains(5));
        QCOMPARE(provisionalEnds.value(6), QDate(2027, 9, 30));
        QCOMPARE(provisionalEnds.value(7), QDate(2027, 10, 31));
        QCOMPARE(committees.value(5).first, QDate(2027, 5, 4));
        const QList<ProductSummary> all = ws.products().summaries();
        QCOMPARE(all.size(), 90);
        int withCommittee = 0, withProvisional = 0;
        for (const ProductSummary &s : all) {
            const QString who = QStringLiteral("product %1").arg(s.id);
            QVERIFY2(s.lastCommittee == committees.value(s.id).first, qPrintable(who));
            QVERIFY2(s.committeeCount == committees.value(s.id).second, qPrintable(who));
            QVERIFY2(s.provisionalEnd == provisionalEnds.value(s.id), qPrintable(who));
            QStringList shown;
            for (const PhaseRecord &p : s.phases)
                shown << Phases::key(p.phase) + u' ' + p.start.toString(Qt::ISODate);
            QCOMPARE(shown, phases.value(s.id));
            withCommittee += s.committeeCount > 0;
            withProvisional += s.provisionalEnd.isValid();
            // One product alone reads the same.
            if (s.id % 10 == 5 || s.id == 6 || s.id == 7 || s.id == reordered) {
                const ProductSummary alone = *ws.products().summary(s.id);
                QCOMPARE(alone.lastCommittee, s.lastCommittee);
                QCOMPARE(alone.committeeCount, s.committeeCount);
                QCOMPARE(alone.provisionalEnd, s.provisionalEnd);
                QCOMPARE(alone.phases.size(), s.phases.size());
                for (int i = 0; i < s.phases.size(); ++i)
                    QCOMPARE(alone.phases[i].start, s.phases[i].start);
            }
        }
        QVERIFY(withCommittee > 40);
        QVERIFY(withProvisional >= 2);  // 6 and 7, at least
        QVERIFY(phases.value(reordered).size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestPortfolioFacts)
#include "tst_portfoliofacts.moc"
