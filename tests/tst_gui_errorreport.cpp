// ErrorReport, the one way the ui shows a failure: the message in a warning
// box with the technical detail behind "Show details", in the window's status
// bar, and nothing created in a window that has no status bar.

#include "errorreport.h"
#include "guitestsupport.h"

#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QTest>

using namespace Comite;

class TestGuiErrorReport : public QObject
{
    Q_OBJECT

    std::unique_ptr<QMainWindow> m_window;
    QLabel *m_page = nullptr;

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<QMainWindow>();
        m_page = new QLabel(QStringLiteral("page"));
        m_window->setCentralWidget(m_page);
        m_window->statusBar();
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void openShowsMessageAndDetail()
    {
        ErrorReport::open(m_page, Failure{QStringLiteral("The product could not be read."),
                                          QStringLiteral("SQL: SELECT * FROM products WHERE id = ?\nBound values: 4")});
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("errorReport"))) != nullptr);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->text(), QStringLiteral("The product could not be read."));
        QCOMPARE(box->detailedText(), QStringLiteral("SQL: SELECT * FROM products WHERE id = ?\nBound values: 4"));
        QCOMPARE(box->icon(), QMessageBox::Warning);
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("The product could not be read."));
        box->activateWindow();
        QTRY_VERIFY(box->isActiveWindow() && QApplication::focusWidget());
        const QPointer<QMessageBox> guard(box);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!guard || !guard->isVisible());
    }

    void messageWithoutDetailHasNoDetailsButton()
    {
        ErrorReport::open(m_page, QStringLiteral("Refused."));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("errorReport"))) != nullptr);
        QVERIFY(box->detailedText().isEmpty());
        box->close();
    }

    void showWaitsForTheUser()
    {
        Test::whenOpen<QMessageBox>([](QMessageBox *box) {
            QCOMPARE(box->windowTitle(), QStringLiteral("Export the chart"));
            QCOMPARE(box->text(), QStringLiteral("Cannot write chart.png."));
            box->accept();
        });
        ErrorReport::show(m_page, QStringLiteral("Export the chart"), QStringLiteral("Cannot write chart.png."));
        QVERIFY(!m_window->findChild<QMessageBox *>());
    }

    void noteOnlyTellsTheStatusBar()
    {
        ErrorReport::note(m_page, Failure{QStringLiteral("The count is unavailable."), QStringLiteral("SQL: SELECT count(*)")});
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("The count is unavailable."));
        QVERIFY(!m_window->findChild<QMessageBox *>());
    }

    void windowWithoutStatusBarKeepsNone()
    {
        QMainWindow bare;
        auto *page = new QLabel(&bare);
        bare.setCentralWidget(page);
        ErrorReport::note(page, Failure{QStringLiteral("Nothing to show."), QString()});
        QVERIFY(!bare.findChild<QStatusBar *>());
    }
};

QTEST_MAIN(TestGuiErrorReport)
#include "tst_gui_errorreport.moc"
