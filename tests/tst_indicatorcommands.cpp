// Indicator edits through the Edit:: API: every undo command with a
// do/undo/redo round trip checked in the database (indicators with their
// measurements and targets, the North Star moving between indicators,
// imports replacing values of the same day), the change signals, and
// refused edits that change nothing and push nothing.

#include "commands/indicatoredits.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Comite;

class TestIndicatorCommands : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_ws;
    qint64 m_product = 0;
    qint64 m_users = 0;

    Workspace &ws() { return **m_ws; }
    QUndoStack *stack() { return ws().undoStack(); }
    IndicatorRepository &repo() { return ws().indicators(); }

    Indicator users()
    {
        Indicator i;
        i.productId = m_product;
        i.name = QStringLiteral("Utilisateurs actifs");
        i.kind = IndicatorKind::Usage;
        i.principle = MatrixPrinciple::Used;
        i.unit = QStringLiteral("utilisateurs");
        i.mandatory = ImpactMatrix::MonthlyActiveUsers;
        i.northStar = true;
        return i;
    }

    Indicator impact(const QString &name = QStringLiteral("Emplois pourvus"))
    {
        Indicator i;
        i.productId = m_product;
        i.name = name;
        i.kind = IndicatorKind::Impact;
        i.principle = MatrixPrinciple::Impactful;
        return i;
    }

    // Undo then redo the last command, checking the state before and after.
    template<typename Before, typename After>
    void roundTrip(Before before, After after)
    {
        after();
        stack()->undo();
        before();
        stack()->redo();
        after();
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        m_product = ws().products().insert(Test::sampleProduct(QStringLiteral("velo")));
        const Result<qint64> added = Edit::addIndicator(ws(), users());
        QVERIFY(added);
        m_users = added.value();
        stack()->clear();
    }

    void cleanup() { m_ws.reset(); }

    void addIndicator()
    {
        QSignalSpy changed(&ws(), &Workspace::indicatorChanged);
        QSignalSpy product(&ws(), &Workspace::productChanged);
        const Result<qint64> added = Edit::addIndicator(ws(), impact());
        QVERIFY(added);
        const qint64 id = added.value();
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(stack()->undoText(), QStringLiteral("Add indicator “Emplois pourvus”"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toLongLong(), m_product);
        QCOMPARE(changed[0][1].toLongLong(), id);
        QCOMPARE(product[0][1].value<ProductChanges>(), ProductChanges(ProductChange::Indicators));
        QCOMPARE(repo().load(id)->position, 1);
        roundTrip([&] { QVERIFY(!repo().load(id)); }, [&] { QCOMPARE(repo().load(id)->name, QStringLiteral("Emplois pourvus")); });
    }

    void northStarMoves()
    {
        Indicator star = impact();
        star.northStar = true;
        const Result<qint64> added = Edit::addIndicator(ws(), star);
        QVERIFY(added);
        const qint64 id = added.value();
        roundTrip(
            [&] {
                QVERIFY(repo().load(m_users)->northStar);
                QVERIFY(!repo().load(id));
            },
            [&] {
                QVERIFY(!repo().load(m_users)->northStar);
                QVERIFY(repo().load(id)->northStar);
            });
        // Back to users through an edit.
        Indicator back = *repo().load(m_users);
        back.northStar = true;
        QVERIFY(Edit::updateIndicator(ws(), back));
        roundTrip(
            [&] {
                QVERIFY(!repo().load(m_users)->northStar);
                QVERIFY(repo().load(id)->northStar);
            },
            [&] {
                QVERIFY(repo().load(m_users)->northStar);
                QVERIFY(!repo().load(id)->northStar);
            });
    }

    void updateIndicator()
    {
        Indicator edited = *repo().load(m_users);
        edited.name = QStringLiteral("Collectivités actives");
        edited.method = QStringLiteral("Matomo, visiteurs uniques connectés");
        edited.direction = IndicatorDirection::HigherIsBetter;
        QVERIFY(Edit::updateIndicator(ws(), edited));
        const Indicator original = users();
        roundTrip([&] { QCOMPARE(repo().load(m_users)->name, original.name); },
                  [&] { QCOMPARE(*repo().load(m_users), edited); });
        // No change: nothing pushed.
        const int count = stack()->count();
        QVERIFY(Edit::updateIndicator(ws(), edited));
        QCOMPARE(stack()->count(), count);
    }

    void removeIndicatorKeepsEverything()
    {
        const Result<qint64> m1 = Edit::addMeasurement(ws(), Measurement{0, m_users, {2026, 10, 1}, 1200, QStringLiteral("octobre")});
        const Result<qint64> m2 = Edit::addMeasurement(ws(), Measurement{0, m_users, {2026, 11, 1}, 1300, {}});
        const Result<qint64> t1 = Edit::addTarget(ws(), IndicatorTarget{0, m_users, {2027, 6, 30}, 2000});
        QVERIFY(m1 && m2 && t1);
        const IndicatorSeries before = *repo().series(m_users);
        QVERIFY(Edit::removeIndicator(ws(), m_users));
        QCOMPARE(stack()->undoText(), QStringLiteral("Delete indicator “Utilisateurs actifs”"));
        roundTrip([&] { QCOMPARE(*repo().series(m_users), before); }, [&] { QVERIFY(!repo().series(m_users)); });
        stack()->undo();
        QCOMPARE(repo().series(m_users)->measurements[0].id, m1.value());  // same ids
        QCOMPARE(repo().series(m_users)->targets[0].id, t1.value());
    }

    void measurements()
    {
        const Result<qint64> added = Edit::addMeasurement(ws(), Measurement{0, m_users, {2026, 10, 1}, 1200, {}});
        QVERIFY(added);
        const qint64 id = added.value();
        roundTrip([&] { QVERIFY(repo().measurements(m_users).isEmpty()); },
                  [&] { QCOMPARE(repo().measurements(m_users).value(0).id, id); });
        Measurement edited{id, m_users, {2026, 10, 2}, 1250.5, QStringLiteral("corrigé")};
        QVERIFY(Edit::updateMeasurement(ws(), edited));
        roundTrip([&] { QCOMPARE(repo().measurements(m_users).value(0).value, 1200.0); },
                  [&] { QCOMPARE(repo().measurements(m_users).value(0), edited); });
        QVERIFY(Edit::removeMeasurement(ws(), edited));
        roundTrip([&] { QCOMPARE(repo().measurements(m_users).value(0), edited); },
                  [&] { QVERIFY(repo().measurements(m_users).isEmpty()); });
    }

    void targets()
    {
        const Result<qint64> added = Edit::addTarget(ws(), IndicatorTarget{0, m_users, {2027, 6, 30}, 2000});
        QVERIFY(added);
        const qint64 id = added.value();
        IndicatorTarget edited{id, m_users, {2027, 12, 31}, 2500};
        QVERIFY(Edit::updateTarget(ws(), edited));
        roundTrip([&] { QCOMPARE(repo().targets(m_users).value(0).value, 2000.0); },
                  [&] { QCOMPARE(repo().targets(m_users).value(0), edited); });
        QVERIFY(Edit::removeTarget(ws(), edited));
        roundTrip([&] { QCOMPARE(repo().targets(m_users).size(), 1); }, [&] { QVERIFY(repo().targets(m_users).isEmpty()); });
    }

    void importReplacesSameDay()
    {
        const Result<qint64> addedJobs = Edit::addIndicator(ws(), impact());
        const Result<qint64> addedKept = Edit::addMeasurement(ws(), Measurement{0, m_users, {2026, 9, 1}, 900, {}});
        const Result<qint64> addedReplaced =
            Edit::addMeasurement(ws(), Measurement{0, m_users, {2026, 10, 1}, 1000, QStringLiteral("avant")});
        QVERIFY(addedJobs && addedKept && addedReplaced);
        const qint64 jobs = addedJobs.value();
        const qint64 kept = addedKept.value();
        const qint64 replaced = addedReplaced.value();
        stack()->clear();
        QSignalSpy changed(&ws(), &Workspace::indicatorChanged);
        const QList<Measurement> incoming{{0, m_users, {2026, 10, 1}, 1100, {}},
                                          {0, m_users, {2026, 11, 1}, 1200, {}},
                                          {0, jobs, {2026, 11, 1}, 42, {}},
                                          {0, jobs, {2026, 11, 1}, 43, {}}};  // the last line for a day wins
        QVERIFY(Edit::importMeasurements(ws(), m_product, incoming));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(stack()->undoText(), QStringLiteral("Import 3 measurement(s)"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][1].toLongLong(), 0);  // several indicators
        auto values = [&](qint64 indicator) {
            QList<double> v;
            for (const Measurement &m : repo().measurements(indicator))
                v << m.value;
            return v;
        };
        roundTrip(
            [&] {
                QCOMPARE(values(m_users), (QList<double>{900, 1000}));
                QCOMPARE(repo().measurements(m_users)[1].id, replaced);
                QCOMPARE(repo().measurements(m_users)[1].comment, QStringLiteral("avant"));
                QVERIFY(values(jobs).isEmpty());
            },
            [&] {
                QCOMPARE(values(m_users), (QList<double>{900, 1100, 1200}));
                QCOMPARE(repo().measurements(m_users)[0].id, kept);
                QCOMPARE(values(jobs), QList<double>{43});
            });
    }

    void refused_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty name") << 0 << "needs a name";
        QTest::newRow("same name, other case") << 1 << "already has an indicator named";
        QTest::newRow("mandatory of another principle") << 2 << "belongs to the principle";
        QTest::newRow("mandatory filled twice") << 3 << "already fills the mandatory indicator";
        QTest::newRow("computed mandatory") << 4 << "is not a mandatory indicator";
        QTest::newRow("measurement in the future") << 5 << "after today";
        QTest::newRow("two measurements a day") << 6 << "already has a value";
        QTest::newRow("not a number") << 7 << "not a number";
        QTest::newRow("target without date") << 8 << "date is missing";
        QTest::newRow("import for another product") << 9 << "another product";
        QTest::newRow("unknown indicator") << 10 << "no longer exists";
    }

    void refused()
    {
        QFETCH(int, which);
        QFETCH(QString, message);
        QVERIFY(Edit::addMeasurement(ws(), Measurement{0, m_users, {2026, 10, 1}, 1, {}}));
        const qint64 otherProduct = ws().products().insert(Test::sampleProduct(QStringLiteral("autre")));
        Indicator foreign = impact();
        foreign.productId = otherProduct;
        const qint64 foreignId = repo().insert(foreign);
        stack()->clear();
        const int indicators = int(repo().forProduct(m_product).size());
        QString error;
        bool ok = true;
        const auto take = [&](const auto &result) {
            ok = result.ok();
            if (!ok)
                error = result.error().message;
        };
        Indicator i = impact();
        switch (which) {
        case 0: i.name = QStringLiteral("  "); take(Edit::addIndicator(ws(), i)); break;
        case 1: i.name = QStringLiteral("utilisateurs ACTIFS"); take(Edit::addIndicator(ws(), i)); break;
        case 2: i.mandatory = QStringLiteral("satisfaction"); take(Edit::addIndicator(ws(), i)); break;
        case 3:
            i.kind = IndicatorKind::Usage;
            i.principle = MatrixPrinciple::Used;
            i.mandatory = ImpactMatrix::MonthlyActiveUsers;
            take(Edit::addIndicator(ws(), i));
            break;
        case 4:
            i.principle = MatrixPrinciple::Efficient;
            i.mandatory = ImpactMatrix::CostPerUse;
            take(Edit::addIndicator(ws(), i));
            break;
        case 5: take(Edit::addMeasurement(ws(), {0, m_users, Test::fixedToday.addDays(1), 1, {}})); break;
        case 6: take(Edit::addMeasurement(ws(), {0, m_users, {2026, 10, 1}, 2, {}})); break;
        case 7: take(Edit::addMeasurement(ws(), {0, m_users, {2026, 9, 1}, qQNaN(), {}})); break;
        case 8: take(Edit::addTarget(ws(), {0, m_users, {}, 2})); break;
        case 9: take(Edit::importMeasurements(ws(), m_product, {{0, foreignId, {2026, 9, 1}, 1, {}}})); break;
        case 10: take(Edit::removeIndicator(ws(), 9999)); break;
        }
        QVERIFY(!ok);
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(stack()->count(), 0);
        QCOMPARE(repo().forProduct(m_product).size(), indicators);
        QCOMPARE(repo().measurements(m_users).size(), 1);
    }

    void failedWriteIsDropped()
    {
        // A write the database refuses is reported and leaves no command.
        QSignalSpy errors(&ws(), &Workspace::errorOccurred);
        ws().database().exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON indicators BEGIN "
                                            "SELECT RAISE(ABORT, 'refused'); END"));
        const Result<qint64> added = Edit::addIndicator(ws(), impact());
        QVERIFY(!added);
        QVERIFY(!added.error().message.isEmpty());
        QCOMPARE(errors.size(), 0);  // the caller shows the failure: one message, not two
        QCOMPARE(stack()->count(), 0);
        QCOMPARE(repo().forProduct(m_product).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorCommands)
#include "tst_indicatorcommands.moc"
