// What Comité says about itself and its manual: --version and --help state
// the version, the licence and where the data is; Help > About says the
// same and opens the manual; F1 opens the manual in the interface's
// language; every shortcut of the main and sessions windows is in both
// manuals. The installed layout itself is tested by tests/install/*.sh.

#include "aboutdialog.h"
#include "appinfo.h"
#include "language.h"
#include "mainwindow.h"
#include "manualwindow.h"
#include "sessionswindow.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace Comite;

namespace {

template<typename T>
T *topLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

// The action of the menu bar whose text, without its mnemonic, is `text`.
QAction *menuAction(QMainWindow *window, const QString &text)
{
    for (QAction *menu : window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (QString(action->text()).remove(u'&') == text)
                return action;
        }
    }
    return nullptr;
}

QString manualSource(const QString &language)
{
    QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../docs/manual/%1.md").arg(language));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// How the manual writes `key` (PortableText) in `language`.
QString asWritten(QString key, const QString &language)
{
    key.replace(QRegularExpression(QStringLiteral("\\bDel\\b")), QStringLiteral("Delete"));
    if (language == QLatin1String("fr")) {
        key.replace(QLatin1String("Shift"), QLatin1String("Maj"))
            .replace(QLatin1String("Delete"), QLatin1String("Suppr"))
            .replace(QLatin1String("Backspace"), QLatin1String("Retour arrière"))
            .replace(QLatin1String("Esc"), QLatin1String("Échap"));
    }
    return key;
}

// The shortcuts of the actions of `window` that the manual must list: at
// least one of each action's keys must be in it.
QList<QList<QKeySequence>> actionShortcuts(QWidget *window)
{
    QList<QList<QKeySequence>> all;
    for (QAction *action : window->findChildren<QAction *>()) {
        QList<QKeySequence> keys = action->shortcuts();
        keys.removeIf([](const QKeySequence &k) { return k.isEmpty(); });
        if (!keys.isEmpty())
            all << keys;
    }
    return all;
}

void verifyDocumented(QWidget *window, const QString &what)
{
    for (const QString language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        const QString manual = manualSource(language);
        QVERIFY2(!manual.isEmpty(), qPrintable(language));
        for (const QList<QKeySequence> &keys : actionShortcuts(window)) {
            QStringList written;
            bool found = false;
            for (const QKeySequence &key : keys) {
                written << asWritten(key.toString(QKeySequence::PortableText), language);
                found = found || manual.contains(QStringLiteral("| %1 |").arg(written.last()))
                    || manual.contains(QStringLiteral("| %1,").arg(written.last()))
                    || manual.contains(QStringLiteral(", %1 |").arg(written.last()));
            }
            QVERIFY2(found, qPrintable(QStringLiteral("%1: the %2 manual lists none of %3")
                                           .arg(what, language, written.join(QLatin1String(" / ")))));
        }
    }
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::install(QStringLiteral("en"));
    }

    void versionStatesLicenceAndDataFolder()
    {
        const Test::Run version = Test::comite({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        const QString text = QString::fromUtf8(version.out);
        QVERIFY2(text.startsWith(QStringLiteral("comite " COMITE_VERSION "\n")), version.out.constData());
        QVERIFY2(text.contains(QLatin1String("EUPL-1.2")), version.out.constData());
        QVERIFY2(text.contains(QLatin1String("/beta.gouv.fr/comite/comite.sqlite")), version.out.constData());

        const Test::Run help = Test::comite({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QString usage = QString::fromUtf8(help.out);
        QVERIFY(usage.contains(QLatin1String("EUPL-1.2")));
        QVERIFY(usage.contains(QStringLiteral("Comité " COMITE_VERSION)));
        QVERIFY(usage.contains(QLatin1String("/beta.gouv.fr/comite")));
        QVERIFY(usage.contains(QLatin1String("Manual: Help > Manual (F1)")));
    }

    void aboutBoxSaysTheSameAndOpensTheManual()
    {
        MainWindow window(Clock::system());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QAction *about = menuAction(&window, QStringLiteral("About Comité"));
        QVERIFY(about);
        bool seen = false;
        QTimer::singleShot(0, this, [&seen] {
            AboutDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = topLevel<AboutDialog>()) != nullptr);
            QString text;
            for (QLabel *label : dialog->findChildren<QLabel *>())
                text += label->text() + u'\n';
            QVERIFY2(text.contains(QStringLiteral("Comité " COMITE_VERSION)), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("EUPL-1.2")), qPrintable(text));
            QVERIFY2(text.contains(AppInfo::dataFolder().toHtmlEscaped()), qPrintable(text));
            // The manual link, as a click on it reports it.
            QLabel *manual = nullptr;
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->text().contains(QLatin1String("href=\"manual\"")))
                    manual = label;
            }
            QVERIFY(manual);
            Q_EMIT manual->linkActivated(QStringLiteral("manual"));
            seen = true;
        });
        about->trigger();
        QVERIFY(seen);
        ManualWindow *manual = topLevel<ManualWindow>();
        QVERIFY2(manual, "the About box's link opened no manual");
        manual->close();
    }

    void f1OpensTheManualInTheInterfaceLanguage()
    {
        MainWindow window(Clock::system());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(focus, Qt::Key_F1);
        ManualWindow *manual = topLevel<ManualWindow>();
        QVERIFY2(manual, "F1 opened no manual window");
        QVERIFY2(manual->file().endsWith(QLatin1String("/en.html")),
                 qPrintable(QStringLiteral("No English manual built; looked in: %1")
                                .arg(AppInfo::manualFolders().join(QLatin1String(", ")))));
        QVERIFY(QTest::qWaitForWindowActive(manual));
        const QString text = manual->browser()->toPlainText();
        QVERIFY(text.contains(QLatin1String("The committee day, step by step")));
        QVERIFY(text.contains(QLatin1String("comite export-deliberation")));  // the --help text, inserted
        QVERIFY(!manual->browser()->document()->isEmpty());

        // Find: Ctrl+F, a word, Enter selects it in the page.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("PostgreSQL"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(manual->browser()->textCursor().selectedText(), QStringLiteral("PostgreSQL"));

        // F1 again raises the same window, not a second one.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_F1);
        QVERIFY(QTest::qWaitForWindowActive(manual));
        int count = 0;
        for (QWidget *w : QApplication::topLevelWidgets())
            count += qobject_cast<ManualWindow *>(w) && w->isVisible() ? 1 : 0;
        QCOMPARE(count, 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!topLevel<ManualWindow>());
    }

    void frenchManual()
    {
        ManualWindow manual(QStringLiteral("fr"));
        QVERIFY(manual.file().endsWith(QLatin1String("/fr.html")));
        QVERIFY(manual.browser()->toPlainText().contains(QStringLiteral("Le jour du comité, pas à pas")));
    }

    void everyShortcutIsInTheManual()
    {
        MainWindow window(Clock::system());
        verifyDocumented(&window, QStringLiteral("main window"));
        Test::TempWorkspace ws;
        SessionsWindow sessions(*ws);
        verifyDocumented(&sessions, QStringLiteral("sessions window"));
    }
};

QTEST_MAIN(TestInstall)
#include "tst_install.moc"
