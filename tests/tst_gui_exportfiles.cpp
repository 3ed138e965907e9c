// After an export: the save dialog starts where the last export went (else
// Documents), and the window says the file was written, with buttons that
// open it or its folder (caught here through QDesktopServices' URL handler).

#include "exportfiles.h"
#include "guitestsupport.h"

#include <QDesktopServices>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Comite;

// Receives the URLs the application asks the desktop to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestGuiExportFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        QSettings().remove(QStringLiteral("export/folder"));
    }

    void startsInDocumentsThenInTheLastFolder()
    {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QCOMPARE(ExportFiles::lastFolder(), QFileInfo(documents).isDir() ? documents : QDir::homePath());

        const QString chosen = m_home.filePath(QStringLiteral("exports/deliberation.pdf"));
        QVERIFY(QDir().mkpath(QFileInfo(chosen).path()));
        QString startedIn;
        Test::whenOpen<QFileDialog>([&](QFileDialog *dialog) {
            startedIn = dialog->directory().absolutePath();
            dialog->selectFile(chosen);
            QMetaObject::invokeMethod(dialog, "accept");
        });
        const QString path = ExportFiles::chooseSavePath(nullptr, QStringLiteral("Export"), QStringLiteral("deliberation.pdf"),
                                                         QStringLiteral("PDF (*.pdf)"));
        QCOMPARE(path, chosen);
        QCOMPARE(ExportFiles::lastFolder(), QFileInfo(chosen).absolutePath());
        QCOMPARE(startedIn, QFileInfo(documents).isDir() ? QFileInfo(documents).absoluteFilePath() : QDir::homePath());

        // A folder that disappeared is not offered again.
        QVERIFY(QDir(QFileInfo(chosen).path()).removeRecursively());
        QVERIFY(ExportFiles::lastFolder() != QFileInfo(chosen).absolutePath());
    }

    void announcesTheFileWithOpenAndShowInFolder()
    {
        QMainWindow window;
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dialog = new QDialog(&window);  // exports often start from a dialog

        const QString path = m_home.filePath(QStringLiteral("agenda.pdf"));
        ExportFiles::announce(dialog, path);
        auto *notice = window.statusBar()->findChild<QWidget *>(QStringLiteral("exportNotice"));
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QVERIFY(notice->findChild<QLabel *>()->text().contains(QStringLiteral("agenda.pdf")));
        if (const QString dir = qEnvironmentVariable("COMITE_SCREENSHOTS"); !dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/export-notice.png"));

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        notice->findChild<QPushButton *>(QStringLiteral("openExport"))->click();
        notice->findChild<QPushButton *>(QStringLiteral("showExportFolder"))->click();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(catcher.urls, (QList<QUrl>{QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()),
                                            QUrl::fromLocalFile(QFileInfo(path).absolutePath())}));

        // A second export replaces the notice rather than piling them up.
        ExportFiles::announce(&window, m_home.filePath(QStringLiteral("deck.odp")));
        QCoreApplication::processEvents();
        const auto notices = window.statusBar()->findChildren<QWidget *>(QStringLiteral("exportNotice"));
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.first()->findChild<QLabel *>()->text().contains(QStringLiteral("deck.odp")));
    }
};

QTEST_MAIN(TestGuiExportFiles)
#include "tst_gui_exportfiles.moc"
