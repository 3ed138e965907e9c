// The server connection dialog: a refused connection leaves it open with the
// reason and everything typed (nothing to retype), a good one closes it, and
// the main window's "Connect to a server" goes through it.

#include "guitestsupport.h"
#include "mainwindow.h"
#include "serverconnectdialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QTest>

using namespace Comite;

class TestGuiServerConnect : public QObject
{
    Q_OBJECT

    // Types `text` into whatever has the keyboard focus, as a person does.
    static void typeIntoFocus(const QString &text)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClicks(focus, text);
    }

    static QString shownError(QDialog *dialog)
    {
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("connectionError"));
        return label && !label->isHidden() ? label->text() : QString();
    }

private Q_SLOTS:
    void refusedConnectionKeepsWhatWasTyped()
    {
        ServerConnectDialog dialog({});
        QStringList tried;
        bool serverUp = false;
        dialog.setConnector([&](const QString &address, const QString &password) -> Result<void> {
            tried << address + QLatin1Char('|') + password;
            if (!serverUp)
                return makeFailure(QStringLiteral("The server refused the login “marie”."), QStringLiteral("FATAL: ..."));
            return success();
        });
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.addressField()->setFocus();
        typeIntoFocus(QStringLiteral("postgresql://marie@db.example:5432/incubateur"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeIntoFocus(QStringLiteral("secret"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

        QCOMPARE(tried, QStringList{QStringLiteral("postgresql://marie@db.example:5432/incubateur|secret")});
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(shownError(&dialog).contains(QStringLiteral("refused the login")), qPrintable(shownError(&dialog)));
        QCOMPARE(dialog.address(), QStringLiteral("postgresql://marie@db.example:5432/incubateur"));
        QCOMPARE(dialog.password(), QStringLiteral("secret"));

        serverUp = true;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(tried.size(), 2);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void malformedAddressIsRefusedBeforeConnecting()
    {
        ServerConnectDialog dialog({});
        int calls = 0;
        dialog.setConnector([&](const QString &, const QString &) -> Result<void> {
            ++calls;
            return success();
        });
        dialog.addressField()->setEditText(QStringLiteral("http://not-a-database"));
        dialog.accept();
        QCOMPARE(calls, 0);
        QVERIFY(!shownError(&dialog).isEmpty());
    }

    // Through the main window: a server nobody listens on is reported in
    // the dialog, which stays open with the address.
    void mainWindowKeepsTheDialogOpenOnFailure()
    {
        Test::TempWorkspace ws;
        ManualClock clock(Test::fixedToday);
        MainWindow window(clock);
        QVERIFY(window.openDatabase(ws.path()));
        Workspace *before = window.workspace();
        bool checked = false;
        Test::whenOpen<ServerConnectDialog>([&](ServerConnectDialog *dialog) {
            const auto closeAtTheEnd = qScopeGuard([dialog] { dialog->reject(); });
            dialog->addressField()->setEditText(QStringLiteral("postgresql://nobody@127.0.0.1:1/comite?connect_timeout=2"));
            dialog->passwordField()->setText(QStringLiteral("pw"));
            dialog->accept();
            QVERIFY(dialog->isVisible());
            QVERIFY(!shownError(dialog).isEmpty());
            QVERIFY(!shownError(dialog).contains(QStringLiteral("pw")));  // never the password
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("connectionError"));
            QVERIFY(!error->toolTip().contains(QStringLiteral("pw")));
            QCOMPARE(dialog->address(), QStringLiteral("postgresql://nobody@127.0.0.1:1/comite?connect_timeout=2"));
            checked = true;
        });
        QAction *connect = Test::menuAction(&window, QStringLiteral("Connect to server…"));
        QVERIFY(connect);
        connect->trigger();
        QVERIFY(checked);
        QCOMPARE(window.workspace(), before);  // the open portfolio stays
    }
};

QTEST_MAIN(TestGuiServerConnect)
#include "tst_gui_serverconnect.moc"
