// The layer checks of the build: a Qt Widgets include under models/ must fail
// cmake/nowidgets.cmake, SQL outside models/storage/ must fail
// cmake/sqlinstorage.cmake, and the real source tree must pass both.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Check {
    int exitCode = -1;
    QString output;
};

Check runCheck(const QString &dir)
{
    QProcess cmake;
    cmake.setProcessChannelMode(QProcess::MergedChannels);
    cmake.start(QStringLiteral(COMITE_CMAKE),
                {QStringLiteral("-DDIR=") + dir, QStringLiteral("-DWIDGETS_DIR=" COMITE_QTWIDGETS_INCLUDE_DIR),
                 QStringLiteral("-P"), QStringLiteral(COMITE_NOWIDGETS_SCRIPT)});
    if (!cmake.waitForFinished(60000))
        return {};
    return {cmake.exitStatus() == QProcess::NormalExit ? cmake.exitCode() : -1,
            QString::fromUtf8(cmake.readAll())};
}

Check runSqlCheck(const QString &root)
{
    QProcess cmake;
    cmake.setProcessChannelMode(QProcess::MergedChannels);
    cmake.start(QStringLiteral(COMITE_CMAKE), {QStringLiteral("-DROOT=") + root, QStringLiteral("-P"),
                                               QStringLiteral(COMITE_SOURCE_DIR "/cmake/sqlinstorage.cmake")});
    if (!cmake.waitForFinished(60000))
        return {};
    return {cmake.exitStatus() == QProcess::NormalExit ? cmake.exitCode() : -1,
            QString::fromUtf8(cmake.readAll())};
}

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

} // namespace

class TestBoundaries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void includeUnderModels_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("passes");
        QTest::newRow("QWidget") << QByteArray("#include <QWidget>") << false;
        QTest::newRow("QDialog") << QByteArray("#include <QDialog>") << false;
        QTest::newRow("QMessageBox, quoted") << QByteArray("#include \"QMessageBox\"") << false;
        QTest::newRow("QApplication") << QByteArray("#include <QApplication>") << false;
        QTest::newRow("module header") << QByteArray("#include <QtWidgets>") << false;
        QTest::newRow("module path") << QByteArray("#include <QtWidgets/QTableView>") << false;
        QTest::newRow("lower-case header") << QByteArray("#  include <qlineedit.h>") << false;
        QTest::newRow("QString") << QByteArray("#include <QString>") << true;
        QTest::newRow("QGuiApplication") << QByteArray("#include <QGuiApplication>") << true;
        QTest::newRow("QSqlQuery") << QByteArray("#include <QSqlQuery>") << true;
        QTest::newRow("project header") << QByteArray("#include \"storage/database.h\"") << true;
        QTest::newRow("a comment") << QByteArray("// QWidget is not welcome here") << true;
    }

    void includeUnderModels()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, passes);
        QTemporaryDir models;
        write(models.filePath(QStringLiteral("domain/plain.h")), "#pragma once\n#include <QDate>\n");
        write(models.filePath(QStringLiteral("storage/deliberate.cpp")), line + "\nint x = 0;\n");
        const Check check = runCheck(models.path());
        QCOMPARE(check.exitCode == 0, passes);
        if (!passes)
            QVERIFY2(check.output.contains(QStringLiteral("storage/deliberate.cpp")), qPrintable(check.output));
    }

    void theModelsFolderPasses()
    {
        const Check check = runCheck(QStringLiteral(COMITE_SOURCE_DIR "/models"));
        QVERIFY2(check.exitCode == 0, qPrintable(check.output));
    }

    void sqlOutsideStorage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("passes");
        QTest::newRow("query in a repository") << QStringLiteral("models/storage/thing.cpp")
                                               << QByteArray("#include <QSqlQuery>") << true;
        QTest::newRow("QSqlQuery in ui") << QStringLiteral("ui/page.cpp") << QByteArray("#include <QSqlQuery>") << false;
        QTest::newRow("QSqlDatabase in app") << QStringLiteral("app/cli.cpp")
                                             << QByteArray("auto db = QSqlDatabase::database();") << false;
        QTest::newRow("statement in an item model")
            << QStringLiteral("models/itemmodels/m.cpp")
            << QByteArray("db.exec(QStringLiteral(\"SELECT id FROM products\"));") << false;
        QTest::newRow("delete in a command") << QStringLiteral("models/commands/c.cpp")
                                             << QByteArray("db.exec(\"DELETE FROM sessions\");") << false;
        QTest::newRow("a word in a message") << QStringLiteral("ui/page.cpp")
                                             << QByteArray("tr(\"Select a product\");") << true;
    }

    void sqlOutsideStorage()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, line);
        QFETCH(bool, passes);
        QTemporaryDir root;
        write(root.filePath(QStringLiteral("models/storage/database.h")), "#pragma once\n#include <QSqlQuery>\n");
        write(root.filePath(file), line + "\n");
        const Check check = runSqlCheck(root.path());
        QCOMPARE(check.exitCode == 0, passes);
        if (!passes)
            QVERIFY2(check.output.contains(file), qPrintable(check.output));
    }

    void theSourceTreeKeepsSqlInStorage()
    {
        const Check check = runSqlCheck(QStringLiteral(COMITE_SOURCE_DIR));
        QVERIFY2(check.exitCode == 0, qPrintable(check.output));
    }
};

QTEST_GUILESS_MAIN(TestBoundaries)
#include "tst_boundaries.moc"
