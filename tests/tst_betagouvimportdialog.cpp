// BetagouvImportDialog offscreen: progress and report, the window staying
// responsive while the import runs in its worker thread, Cancel (button or
// Escape) leaving the database as it was, the portfolio told to reload.

#include "betagouvimportdialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimer>

using namespace Comite;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(COMITE_TEST_DATA "/betagouv/") + name;
}

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
}

// A folder big enough for the import to take a noticeable time.
void writeLargeFolder(const QString &root, int products)
{
    write(root + QStringLiteral("/organisations/dinum.md"), "---\nname: DINUM\n---\n");
    write(root + QStringLiteral("/incubators/lab.md"), "---\ntitle: Lab\nowner: /organisations/dinum\n---\n");
    for (int i = 0; i < products; ++i) {
        const QByteArray n = QByteArray::number(i);
        write(root + QStringLiteral("/startups/produit-%1.md").arg(i),
              "---\ntitle: Produit " + n + "\nmission: Mission " + n +
                  "\nincubator: lab\nsponsors:\n  - /organisations/dinum\nphases:\n  - name: investigation\n"
                  "    start: 2020-01-01\n  - name: construction\n    start: 2020-04-01\nevents:\n"
                  "  - name: committee\n    date: 2020-03-30\n    comment: Comité " + n + "\n---\nDescription " + n + "\n");
    }
}

QStringList dump(Database &db)
{
    QStringList rows;
    for (const char *table : {"organisations", "incubators", "products", "phases", "sessions", "decisions",
                              "product_events", "envelopes", "betagouv_sources"}) {
        QSqlQuery q = db.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            rows << QLatin1String(table) + u':' + values.join(u'|');
        }
    }
    rows.sort();
    return rows;
}
} // namespace

class TestBetagouvImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_large;

private Q_SLOTS:
    void initTestCase()
    {
        writeLargeFolder(m_large.path(), 1500);
    }

    void importsAndShowsTheReport()
    {
        Test::TempWorkspace ws;
        QSignalSpy reset(ws.ws.get(), &Workspace::portfolioReset);
        BetagouvImportDialog dialog(*ws, fixture(QStringLiteral("flat")));
        QSignalSpy finished(&dialog, &BetagouvImportDialog::importFinished);
        dialog.show();
        QVERIFY(dialog.cancelButton()->isVisible());
        QVERIFY(!dialog.reportView()->isVisible());
        QVERIFY(!dialog.progressBar()->accessibleName().isEmpty());
        dialog.start();
        QVERIFY(dialog.isRunning());
        QTRY_VERIFY(!dialog.isRunning());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(dialog.progressBar()->value(), 100);
        QVERIFY(dialog.reportView()->isVisible());
        QVERIFY(dialog.reportView()->toPlainText().contains(QLatin1String("Created: 9")));
        QVERIFY(!dialog.cancelButton()->isVisible());
        QVERIFY(dialog.closeButton()->isVisible());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(ws->products().count(), 4);
        QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("Import done."));
    }

    void windowStaysResponsive()
    {
        Test::TempWorkspace ws;
        BetagouvImportDialog dialog(*ws, m_large.path());
        QList<int> values;
        connect(dialog.progressBar(), &QProgressBar::valueChanged, this, [&](int v) { values << v; });
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            if (dialog.isRunning())
                ++ticks;
        });
        timer.start(5);
        dialog.show();
        dialog.start();
        // While the worker reads and writes, this (the GUI) thread runs its
        // event loop and can still read the database.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
        QVERIFY(values.size() >= 3);
        QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
        QCOMPARE(values.last(), 100);
        QCOMPARE(dialog.report().created.products, 1500);
        QCOMPARE(ws->products().count(), 1500);
    }

    void cancelLeavesTheDatabaseAsItWas_data()
    {
        QTest::addColumn<bool>("escape");
        QTest::newRow("Cancel button") << false;
        QTest::newRow("Escape key") << true;
    }

    void cancelLeavesTheDatabaseAsItWas()
    {
        QFETCH(bool, escape);
        Test::TempWorkspace ws;
        BetagouvImportDialog first(*ws, fixture(QStringLiteral("flat")));
        first.start();
        QTRY_VERIFY(!first.isRunning());
        const QStringList before = dump(ws->database());
        QSignalSpy reset(ws.ws.get(), &Workspace::portfolioReset);

        BetagouvImportDialog dialog(*ws, m_large.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.start();
        if (escape)
            QTest::keyClick(&dialog, Qt::Key_Escape);
        else
            QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(!dialog.cancelButton()->isEnabled());
        QVERIFY(dialog.isVisible());  // it shows what happened before closing
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        QVERIFY(dialog.report().cancelled);
        QVERIFY(!dialog.changedPortfolio());
        QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("Import cancelled: nothing was changed."));
        QCOMPARE(dump(ws->database()), before);
        QCOMPARE(reset.size(), 0);
        // Once done, Escape closes.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void closingWhileRunningRollsBack()
    {
        Test::TempWorkspace ws;
        {
            BetagouvImportDialog dialog(*ws, m_large.path());
            dialog.start();
        }  // destroyed at once: cancelled and waited for
        QCOMPARE(ws->products().count(), 0);
    }

    void badFolderShowsTheError()
    {
        Test::TempWorkspace ws;
        BetagouvImportDialog dialog(*ws, fixture(QStringLiteral("no-such-folder")));
        dialog.start();
        QTRY_VERIFY(!dialog.isRunning());
        QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("The import failed: nothing was changed."));
        QVERIFY(dialog.reportView()->toPlainText().contains(QLatin1String("is not a folder")));
    }

    void runWithAFolder()
    {
        Test::TempWorkspace ws;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<BetagouvImportDialog *>(QApplication::activeModalWidget());
            if (dialog && !dialog->isRunning())
                QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
        });
        closer.start(20);
        QVERIFY(BetagouvImportDialog::run(nullptr, *ws, fixture(QStringLiteral("site"))));
        QCOMPARE(ws->products().count(), 1);
        // The same folder again changes nothing.
        QVERIFY(!BetagouvImportDialog::run(nullptr, *ws, fixture(QStringLiteral("site"))));
    }
};

QTEST_MAIN(TestBetagouvImportDialog)
#include "tst_betagouvimportdialog.moc"
