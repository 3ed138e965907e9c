// The deliberation from the sessions window, offscreen: the Session menu's
// actions enabled by the session's state, the export dialog (preview,
// sections left out, format, remembered choices), marking the
// deliberation final (confirmation; edits then refused) and correcting it
// (reason asked; version 2).

#include "commands/deliberationedits.h"
#include "deliberationactions.h"
#include "deliberationexportdialog.h"
#include "deliberationfixture.h"
#include "guitestsupport.h"
#include "historyexportbutton.h"
#include "sessionswindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QFileInfo>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Comite;

using Test::whenOpen;

class TestGuiDeliberation : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::DeliberationFixture> m_f;
    std::unique_ptr<SessionsWindow> m_window;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("comite-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_deliberation"));
        QSettings().remove(QStringLiteral("deliberation"));
        m_f = std::make_unique<Test::DeliberationFixture>();
        m_window = std::make_unique<SessionsWindow>(m_f->ws());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showSession(m_f->sessionId);
        QCOMPARE(m_window->currentSessionId(), m_f->sessionId);
    }

    void actionsFollowTheSession()
    {
        DeliberationActions *actions = m_window->deliberationActions();
        QVERIFY(actions->exportAction()->isEnabled());
        QVERIFY(actions->finalAction()->isEnabled());  // held, still a draft
        QVERIFY(!actions->correctAction()->isEnabled());
    }

    void exportDialog()
    {
        const QString path = m_dir.filePath(QStringLiteral("deliberation.md"));
        bool exported = false;
        whenOpen<DeliberationExportDialog>([&](DeliberationExportDialog *dialog) {
            QVERIFY(dialog->preview()->toPlainText().contains(QStringLiteral("Vélo pour tous")));
            QVERIFY(dialog->preview()->toPlainText().contains(QStringLiteral("Tour de table")));
            QTest::mouseClick(dialog->notesBox(), Qt::LeftButton, {}, QPoint(8, dialog->notesBox()->height() / 2));
            QVERIFY(dialog->notesBox()->isChecked());
            QVERIFY(!dialog->preview()->toPlainText().contains(QStringLiteral("Tour de table")));  // the preview follows
            dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(QStringLiteral("md")));
            QCOMPARE(dialog->format(), DeliberationFormat::Markdown);
            exported = dialog->exportTo(path);
            dialog->accept();
        });
        m_window->deliberationActions()->exportAction()->trigger();
        QVERIFY(exported);
        const QString text = Test::fileText(path);
        QVERIFY(text.contains(QStringLiteral("Vélo pour tous")));
        QVERIFY(!text.contains(QStringLiteral("Tour de table")));
        QVERIFY(text.contains(QStringLiteral("Arbitration grid")));

        // The choices are remembered for the next export.
        DeliberationExportDialog again(m_f->ws(), m_f->sessionId);
        QVERIFY(again.notesBox()->isChecked());
        QVERIFY(!again.scoresBox()->isChecked());
        QCOMPARE(again.format(), DeliberationFormat::Markdown);
        QTest::mouseClick(again.procurementBox(), Qt::LeftButton, {}, QPoint(8, again.procurementBox()->height() / 2));
        // The deliberation is still a draft: the preview says the notice
        // comes once it is final.
        QVERIFY2(again.preview()->toPlainText().contains(QStringLiteral("once it is final")),
                 qPrintable(again.preview()->toPlainText()));
        QVERIFY(!again.notesBox()->isEnabled());

        QTest::mouseClick(again.procurementBox(), Qt::LeftButton, {}, QPoint(8, again.procurementBox()->height() / 2));
        QVERIFY(again.exportTo(m_dir.filePath(QStringLiteral("unused.md"))));
    }

    void markFinal()
    {
        whenOpen<QMessageBox>([](QMessageBox *box) {
            QVERIFY(box->text().contains(QStringLiteral("locked")));
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QVERIFY(m_window->deliberationActions()->markFinal());
        QVERIFY(DeliberationRepository(m_f->ws().database()).isFinal(m_f->sessionId));
        QVERIFY(!m_window->deliberationActions()->finalAction()->isEnabled());
        QVERIFY(m_window->deliberationActions()->correctAction()->isEnabled());
        Decision d = *m_f->session().decisionFor(m_f->products.velo);
        d.amount = 5;
        const Result<void> decided = Edit::setDecision(m_f->ws(), m_f->sessionId, d);
        QVERIFY(!decided);
        QVERIFY(decided.error().message.contains(QStringLiteral("final")));

        DeliberationExportDialog dialog(m_f->ws(), m_f->sessionId);
        QVERIFY(dialog.preview()->toPlainText().contains(QStringLiteral("Version 1 · final")));
    }

    void cancelledCorrection()
    {
        whenOpen<QInputDialog>([](QInputDialog *dialog) { dialog->reject(); });
        QVERIFY(!m_window->deliberationActions()->correct());
        QCOMPARE(DeliberationRepository(m_f->ws().database()).versions(m_f->sessionId).size(), 1);
    }

    void correct()
    {
        whenOpen<QInputDialog>([](QInputDialog *dialog) {
            dialog->setTextValue(QStringLiteral("Montant mal saisi"));
            dialog->accept();
        });
        m_window->deliberationActions()->correctAction()->trigger();
        const QList<DeliberationVersion> versions = DeliberationRepository(m_f->ws().database()).versions(m_f->sessionId);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.last().reason, QStringLiteral("Montant mal saisi"));
        QVERIFY(m_window->deliberationActions()->finalAction()->isEnabled());
        QVERIFY(!m_window->deliberationActions()->correctAction()->isEnabled());
    }

    void historyButton()
    {
        HistoryExportButton button(m_f->ws(), m_f->products.velo);
        QVERIFY(button.text().remove(u'&').contains(QStringLiteral("history")));
        const QString path = m_dir.filePath(QStringLiteral("history.html"));
        QVERIFY(button.exportTo(path));  // the format follows the suffix
        const QString text = Test::fileText(path);
        QVERIFY(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(text.contains(QStringLiteral("Committee history — Vélo pour tous")));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_f.reset();
        QSettings().remove(QStringLiteral("deliberation"));
    }
};

QTEST_MAIN(TestGuiDeliberation)
#include "tst_gui_deliberation.moc"
