// A refused statement tells the user what failed and keeps the technical
// detail (the SQL and its bound values, never a password) for "Show details"
// and the comite.storage debug log; attempt() turns it into a Result.

#include "domain/logging.h"
#include "storage/statementdetail.h"
#include "testsupport.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QTest>

using namespace Comite;

namespace {
QStringList captured;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QLatin1String(context.category) == QLatin1String("comite.storage"))
        captured << message;
}
} // namespace

class TestStorageFailure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedStatementCarriesItsDetail()
    {
        Test::TempWorkspace ws;
        const Result<void> r = attempt([&] {
            ws->database().exec(QStringLiteral("INSERT INTO no_such_table (name, amount) VALUES (?, ?)"),
                                {QStringLiteral("Aides'Jeunes"), 1200});
        });
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("test.sqlite")), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QStringLiteral("INSERT")));
        const QString detail = r.error().detail;
        QVERIFY2(detail.contains(QStringLiteral("SQL: INSERT INTO no_such_table (name, amount) VALUES (?, ?)")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("Bound values: 'Aides''Jeunes', 1200")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("no_such_table")), qPrintable(detail));
    }

    void successPassesTheValue()
    {
        Test::TempWorkspace ws;
        const Result<int> r = attempt([&] { return int(ws->products().count()); });
        QVERIFY(r);
        QCOMPARE(r.value(), 0);
    }

    void failingStatementIsLoggedAtDebugLevel()
    {
        Test::TempWorkspace ws;
        captured.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("comite.storage.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        const Result<void> r = attempt([&] { ws->database().exec(QStringLiteral("SELECT nothing FROM nowhere WHERE id = ?"), {7}); });
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!r);
        QCOMPARE(captured.size(), 1);
        QVERIFY2(captured.first().contains(QStringLiteral("SELECT nothing FROM nowhere WHERE id = ?")), qPrintable(captured.first()));
        QVERIFY2(captured.first().contains(QStringLiteral("Bound values: 7")), qPrintable(captured.first()));
    }

    void debugLogIsOffByDefault()
    {
        QVERIFY(!lcStorage().isDebugEnabled());
        QVERIFY(lcStorage().isWarningEnabled());
        QCOMPARE(QLatin1String(lcUi().categoryName()), QLatin1String("comite.ui"));
        QCOMPARE(QLatin1String(lcEdit().categoryName()), QLatin1String("comite.edit"));
        QCOMPARE(QLatin1String(lcIo().categoryName()), QLatin1String("comite.io"));
        QCOMPARE(QLatin1String(lcCli().categoryName()), QLatin1String("comite.cli"));
    }

    void passwordsNeverAppear_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("bindings");
        QTest::addColumn<QString>("driverText");
        QTest::newRow("literal") << "ALTER ROLE alice PASSWORD 'hunter2'" << QVariantList{}
                                 << "syntax error at or near \"hunter2\"";
        QTest::newRow("bound") << "ALTER ROLE alice WITH PASSWORD ?" << QVariantList{QStringLiteral("hunter2")}
                               << "invalid value 'hunter2'";
        QTest::newRow("lower case, quote inside") << "create role bob login password 'hun''ter2'" << QVariantList{}
                                                  << "syntax error near \"hun'ter2\"";
    }
    // Neither in the statement, nor in the bound values, nor in the driver's
    // words quoting them back.
    void passwordsNeverAppear()
    {
        QFETCH(QString, sql);
        QFETCH(QVariantList, bindings);
        QFETCH(QString, driverText);
        const QSqlError error(QStringLiteral("driver"), driverText);
        const QString detail = statementDetail(sql, bindings, error);
        for (const char *secret : {"hunter2", "hun'ter2", "hun''ter2"})
            QVERIFY2(!detail.contains(QLatin1String(secret)), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("***")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("Driver: ")), qPrintable(detail));
    }

    void bindingsAsLiterals()
    {
        QCOMPARE(describeBindings({QVariant(QMetaType(QMetaType::QString)), 3, QStringLiteral("l'État"), QDate(2026, 11, 24)}),
                 QStringLiteral("NULL, 3, 'l''État', '2026-11-24'"));
    }
};

QTEST_GUILESS_MAIN(TestStorageFailure)
#include "tst_storagefailure.moc"
