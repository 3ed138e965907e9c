// File > Import from the member space…: the dialog against a local member
// space (tests/fakememberspace.h) — imported with a key file, the report
// shown; a refused key reported in the dialog with nothing imported; the
// menu actions are there.

#include "fakememberspace.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "espacemembredialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Comite;

namespace {
QString writeKey(const QTemporaryDir &dir, const QByteArray &key)
{
    const QString path = dir.filePath(QStringLiteral("cle.txt"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(key + '\n');
    return path;
}

QLineEdit *field(QWidget *dialog, const QString &accessibleName)
{
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}
} // namespace

class TestGuiEspaceMembre : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsWithAKeyFile()
    {
        Test::TempWorkspace ws;
        Test::FakeMemberSpace server;
        Test::fill(server);
        EspaceMembreDialog dialog(*ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        field(&dialog, QStringLiteral("Member space address"))->setText(server.url().toString());
        field(&dialog, QStringLiteral("API key file"))->setText(writeKey(ws.dir, Test::goodKey));
        QTest::mouseClick(Test::button(&dialog, QStringLiteral("Import")), Qt::LeftButton);
        const QString report = dialog.findChild<QPlainTextEdit *>()->toPlainText();
        QVERIFY2(report.contains(QStringLiteral("Created: 5 (incubators: 3, products: 2)")), qPrintable(report));
        QVERIFY(dialog.imported());
        QCOMPARE(ws->products().count(), 2);
        dialog.grab().save(ws.dir.filePath(QStringLiteral("espacemembre.png")));
    }

    void aRefusedKeyImportsNothing()
    {
        Test::TempWorkspace ws;
        Test::FakeMemberSpace server;
        Test::fill(server);
        EspaceMembreDialog dialog(*ws);
        dialog.show();
        field(&dialog, QStringLiteral("Member space address"))->setText(server.url().toString());
        field(&dialog, QStringLiteral("API key file"))->setText(writeKey(ws.dir, "mauvaise-cle"));
        QTest::mouseClick(Test::button(&dialog, QStringLiteral("Import")), Qt::LeftButton);
        QVERIFY(dialog.findChild<QPlainTextEdit *>()->toPlainText().contains(
            QStringLiteral("The member space refused the API key (HTTP 401)")));
        QVERIFY(!dialog.imported());
        QCOMPARE(ws->products().count(), 0);
    }

    void menuActions()
    {
        Test::TempWorkspace ws;
        MainWindow window(ws.clock);
        QVERIFY(window.openDatabase(ws.path()));
        QVERIFY(Test::menuAction(&window, QStringLiteral("Import from the member space…")));
        QVERIFY(Test::menuAction(&window, QStringLiteral("What to tell the member space…")));
    }
};

QTEST_MAIN(TestGuiEspaceMembre)
#include "tst_gui_espacemembre.moc"
