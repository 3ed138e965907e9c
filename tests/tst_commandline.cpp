// How `comite` reads its command line: options before the command word,
// read-only commands on a missing file, and deleting a product that shared
// a session with others (the committee of the others stays).

#include "commands/productedits.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTest>

using namespace Comite;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void optionsMayComeBeforeTheCommand()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("a.sqlite"));
        QCOMPARE(Test::comite({QStringLiteral("--db"), db, QStringLiteral("demo")}).exitCode, 0);
        const Test::Run run = Test::comite({QStringLiteral("--db"), db, QStringLiteral("summary"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("\"products\": 14"));
    }

    void readingCommandsDoNotCreateAMissingFile_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("products") << QStringList{QStringLiteral("products")};
        QTest::newRow("product") << QStringList{QStringLiteral("product"), QStringLiteral("velo")};
        QTest::newRow("summary") << QStringList{QStringLiteral("summary"), QStringLiteral("--json")};
    }

    void readingCommandsDoNotCreateAMissingFile()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("typo/missing.sqlite"));
        const Test::Run run = Test::comite(command + QStringList{QStringLiteral("--db"), db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("There is no Comit"));
        QVERIFY(!QFileInfo::exists(db));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
    }

    void deletingAProductKeepsASharedSession()
    {
        Test::TempWorkspace ws;
        const Result<qint64> aAdded = Edit::addProduct(*ws, Test::sampleProduct(QStringLiteral("a")));
        QVERIFY(aAdded);
        const qint64 a = aAdded.value();
        const Result<qint64> bAdded = Edit::addProduct(*ws, Test::sampleProduct(QStringLiteral("b")));
        QVERIFY(bAdded);
        const qint64 b = bAdded.value();
        const qint64 session = ws->committees().record({0, a, Test::fixedToday.addDays(-3), DecisionOption::Continue, QStringLiteral("A ok")});
        ws->committees().attach({session, b, Test::fixedToday.addDays(-3), DecisionOption::Pivot, QStringLiteral("B pivots")});
        QCOMPARE(ws->committees().productCount(session), 2);

        QVERIFY(Edit::removeProduct(*ws, b));
        QCOMPARE(ws->committees().forProduct(a).size(), 1);  // A's committee is intact
        QCOMPARE(ws->committees().productCount(session), 1);
        ws->undoStack()->undo();
        const QList<CommitteeReview> back = ws->committees().forProduct(b);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().sessionId, session);
        QCOMPARE(back.first().decision, DecisionOption::Pivot);
        QCOMPARE(ws->committees().productCount(session), 2);
    }
};

QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
