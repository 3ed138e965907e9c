// Drives the sessions window offscreen from the main window: the Sessions
// menu, planning a session through its dialog, editing the agenda (duration,
// over-length flag, move, notes), scoring the grid, recording decisions
// through their dialog, closing refused then done, and the closed session
// on the product's "Phases and committees" tab.

#include "agendapage.h"
#include "decisiondialog.h"
#include "decisionspage.h"
#include "guitestsupport.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/participantmodel.h"
#include "itemmodels/scoremodel.h"
#include "itemmodels/sessionlistmodel.h"
#include "mainwindow.h"
#include "productphasespage.h"
#include "productview.h"
#include "scoringpage.h"
#include "sessiondialog.h"
#include "sessioneditor.h"
#include "sessionfixture.h"
#include "sessionplanningpage.h"
#include "sessionswindow.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Comite;

// The shared widget-test helpers, by the names this file has always used.
using Test::button;
using Test::menuAction;

class TestGuiSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{Test::fixedToday};
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Test::SessionFixture> m_fixture;

    Workspace &ws() { return *m_window->workspace(); }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("gui-session.sqlite")); }

    // Closes the message boxes an error opened (non-blocking ones).
    static int closeMessageBoxes()
    {
        int closed = 0;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                box->done(QMessageBox::Ok);
                ++closed;
            }
        }
        return closed;
    }

    SessionsWindow *openSessions()
    {
        QAction *action = menuAction(m_window.get(), QStringLiteral("Sessions…"));
        if (!action)
            return nullptr;
        action->trigger();
        SessionsWindow *window = m_window->sessionsWindow();
        if (window) {
            window->activateWindow();
            if (!QTest::qWaitForWindowActive(window))
                qWarning("the sessions window is not active");
        }
        return window;
    }

    qint64 planThroughDialog(SessionsWindow *sessions)
    {
        QTimer::singleShot(0, this, [this] {
            auto *dialog = qobject_cast<SessionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sessionTitle")), QStringLiteral("Comite mobilites"));
            dialog->checkProduct(m_fixture->velo);
            dialog->checkProduct(m_fixture->bus);
            QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("sessionLength"))->value(), 110);  // follows the agenda
            QTest::mouseClick(button(dialog, QStringLiteral("Plan the session")), Qt::LeftButton);
        });
        return sessions->newSession();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void init()
    {
        QFile::remove(dbPath());
        m_window = std::make_unique<MainWindow>(m_clock);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openDatabase(dbPath()));
        m_fixture = std::make_unique<Test::SessionFixture>(ws());
        ws().notifyPortfolioReset();
    }

    void cleanup()
    {
        m_fixture.reset();
        m_window.reset();
    }

    void sessionsMenuOpensTheWindow()
    {
        SessionsWindow *sessions = openSessions();
        QVERIFY(sessions);
        QVERIFY(sessions->isVisible());
        QCOMPARE(sessions->model()->rowCount(), 0);
        QVERIFY(menuAction(m_window.get(), QStringLiteral("New session…")));
        // A recorded committee is a held session in the list.
        ws().committees().record({0, m_fixture->velo, Test::fixedToday.addMonths(-3), DecisionOption::Recorded,
                                  QStringLiteral("Comité tenu")});
        sessions->model()->reload();
        QCOMPARE(sessions->model()->rowCount(), 1);
        QCOMPARE(sessions->model()->index(0, SessionListModel::StatusColumn).data().toString(), QStringLiteral("Held"));
        // Opening another database closes the window that worked on this one.
        QVERIFY(m_window->openDatabase(m_dir.filePath(QStringLiteral("other.sqlite"))));
        QVERIFY(!m_window->sessionsWindow());
    }

    void planningThroughTheDialog()
    {
        SessionsWindow *sessions = openSessions();
        const qint64 id = planThroughDialog(sessions);
        QVERIFY(id > 0);
        QVERIFY(sessions->editor());
        QCOMPARE(sessions->editor()->sessionId(), id);
        const Session s = *ws().sessions().load(id);
        QCOMPARE(s.title, QStringLiteral("Comite mobilites"));
        QCOMPARE(s.products.size(), 2);
        QCOMPARE(s.agenda.size(), 8);
        QCOMPARE(s.plannedMinutes, 110);

        // Header edits are undoable.
        SessionPlanningPage *planning = sessions->editor()->planning();
        auto *place = planning->findChild<QLineEdit *>(QStringLiteral("sessionPlace"));
        sessions->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(sessions));
        place->setFocus();
        QCOMPARE(QApplication::focusWidget(), place);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Salle 4"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(ws().sessions().load(id)->place, QStringLiteral("Salle 4"));
        ws().undoStack()->undo();
        QCOMPARE(ws().sessions().load(id)->place, QString());
        QCOMPARE(place->text(), QString());

        // Participants: added, named, given a voting role.
        QTest::mouseClick(button(planning, QStringLiteral("Add a participant")), Qt::LeftButton);
        ParticipantModel *people = planning->participantModel();
        QCOMPARE(people->rowCount(), 1);
        QVERIFY(people->setData(people->index(0, ParticipantModel::NameColumn), QStringLiteral("Anne Leroy")));
        QVERIFY(people->setData(people->index(0, ParticipantModel::RoleColumn), QStringLiteral("chair")));
        const Participant anne = ws().sessions().load(id)->participants.first();
        QCOMPARE(anne.role, ParticipantRole::Chair);
        QVERIFY(anne.voting);
    }

    void agendaEditing()
    {
        SessionsWindow *sessions = openSessions();
        const qint64 id = planThroughDialog(sessions);
        sessions->editor()->setCurrentWidget(sessions->editor()->agenda());
        AgendaPage *agenda = sessions->editor()->agenda();
        QTableView *table = agenda->table();
        QVERIFY(!agenda->isOverLengthShown());
        QVERIFY(agenda->totalsLabel()->text().contains(QStringLiteral("15:50")));

        // The presentation of Vélo takes 30 min instead of 15: typed in.
        const QModelIndex minutes = agenda->model()->index(2, AgendaModel::MinutesColumn);
        table->setCurrentIndex(minutes);
        table->edit(minutes);
        auto *spin = table->findChild<QSpinBox *>();
        QVERIFY(spin);
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("30"));
        QTest::keyClick(spin, Qt::Key_Return);
        QCoreApplication::processEvents();  // the delegate commits on the next turn
        QCOMPARE(ws().sessions().load(id)->agenda[2].plannedMinutes, 30);
        QVERIFY(agenda->isOverLengthShown());
        QVERIFY(agenda->totalsLabel()->text().startsWith(QStringLiteral("⚠")));
        QVERIFY(agenda->totalsLabel()->text().contains(QStringLiteral("16:05")));

        // Move the questions up, above the presentation.
        const qint64 questions = agenda->model()->items()[3].id;
        table->setCurrentIndex(agenda->model()->index(3, AgendaModel::TitleColumn));
        QTest::mouseClick(button(agenda, QStringLiteral("Move up")), Qt::LeftButton);
        QCOMPARE(ws().sessions().load(id)->agenda[2].id, questions);
        QCOMPARE(table->currentIndex().row(), 2);

        // Notes typed on an item are saved when another item is chosen.
        agenda->notesEdit()->setFocus();
        QTest::keyClicks(agenda->notesEdit(), QStringLiteral("Question sur le cout"));
        table->setCurrentIndex(agenda->model()->index(5, AgendaModel::TitleColumn));
        QCOMPARE(ws().sessions().load(id)->agenda[2].notes, QStringLiteral("Question sur le cout"));
        QCOMPARE(agenda->notesEdit()->toPlainText(), QString());

        // Add and remove.
        QTest::mouseClick(button(agenda, QStringLiteral("Add an item")), Qt::LeftButton);
        QCOMPARE(agenda->model()->rowCount(), 9);
        QCOMPARE(agenda->model()->items()[6].title, QStringLiteral("New item"));
        table->setCurrentIndex(agenda->model()->index(6, AgendaModel::TitleColumn));
        QTest::mouseClick(button(agenda, QStringLiteral("Remove")), Qt::LeftButton);
        QCOMPARE(agenda->model()->rowCount(), 8);
    }

    void scoring()
    {
        SessionsWindow *sessions = openSessions();
        const qint64 id = planThroughDialog(sessions);
        QVERIFY(Edit::setParticipants(ws(), id, Test::SessionFixture::participants()));
        ScoringPage *page = sessions->editor()->scoring();
        sessions->editor()->setCurrentWidget(page);
        QCOMPARE(page->productBox()->count(), 2);
        page->showProduct(m_fixture->velo);
        QCOMPARE(page->model()->productId(), m_fixture->velo);
        QCOMPARE(page->model()->columnCount(), 6);
        QVERIFY(page->missingLabel()->text().contains(QStringLiteral("Anne Leroy")));

        // Typing a digit on a cell opens the editor with it.
        QTableView *table = page->table();
        const QModelIndex cell = page->model()->index(page->model()->rowOfQuestion(3), 1);
        table->setFocus();
        table->setCurrentIndex(cell);
        // A score outside the scale is refused with the reason, not dropped.
        QSignalSpy refused(page, &ScoringPage::editRefused);
        QTest::keyClick(table, Qt::Key_7);
        auto *editor = table->findChild<QLineEdit *>();
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("7"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();  // the delegate commits on the next turn
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().first().toString().contains(QStringLiteral("between 0 and 5")),
                 qPrintable(refused.first().first().toString()));
        QVERIFY(ws().sessions().load(id)->scores.isEmpty());
        QCOMPARE(closeMessageBoxes(), 1);  // the window shows the reason once
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);  // the closed editor goes

        table->setFocus();
        table->setCurrentIndex(cell);
        QTest::keyClick(table, Qt::Key_4);
        editor = table->findChild<QLineEdit *>();
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("4"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        const Session s = *ws().sessions().load(id);
        QCOMPARE(s.scores.size(), 1);
        QCOMPARE(s.scores[0].question, 3);
        QCOMPARE(s.scores[0].score, 4);
        QCOMPARE(s.scores[0].productId, m_fixture->velo);

        // A comment on it.
        table->setCurrentIndex(cell);
        QVERIFY(page->commentEdit()->isEnabled());
        page->commentEdit()->setFocus();
        QTest::keyClicks(page->commentEdit(), QStringLiteral("Objectifs atteints"));
        QTest::keyClick(page->commentEdit(), Qt::Key_Return);
        QCOMPARE(ws().sessions().load(id)->scores[0].comment, QStringLiteral("Objectifs atteints"));

        // Everyone scores everything: nobody missing.
        for (const Participant &p : ws().sessions().load(id)->votingMembers()) {
            for (int q = 1; q <= 10; ++q)
                QVERIFY(Edit::setScore(ws(), id, {m_fixture->velo, p.id, q, 3, {}}));
        }
        QVERIFY(page->missingLabel()->text().startsWith(QStringLiteral("✓")));
        // Delete removes a score (a shortcut: the window must be active).
        sessions->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(sessions));
        table->setFocus();
        table->setCurrentIndex(cell);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(ws().sessions().load(id)->scores.size(), 29);
    }

    void decisionsAndClosing()
    {
        SessionsWindow *sessions = openSessions();
        const qint64 id = planThroughDialog(sessions);
        DecisionsPage *page = sessions->editor()->decisions();
        sessions->editor()->setCurrentWidget(page);
        QCOMPARE(page->table()->rowCount(), 2);

        // Closing with no decision is refused, naming the products.
        QSignalSpy refused(page, &DecisionsPage::editRefused);
        QTest::mouseClick(page->closeButton(), Qt::LeftButton);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(closeMessageBoxes(), 1);
        const QString message = refused.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("Vélo pour tous")) && message.contains(QStringLiteral("Bus à la demande")),
                 qPrintable(message));
        QVERIFY(page->statusLabel()->text().contains(QStringLiteral("Vélo pour tous")));
        QCOMPARE(ws().sessions().load(id)->status, SessionStatus::Planned);

        // The products are listed as on the session (by title: Bus first).
        auto rowOf = [page](const QString &title) {
            for (int r = 0; r < page->table()->rowCount(); ++r) {
                if (page->table()->item(r, 0)->text() == title)
                    return r;
            }
            return -1;
        };
        const int veloRow = rowOf(QStringLiteral("Vélo pour tous"));
        const int busRow = rowOf(QStringLiteral("Bus à la demande"));
        QVERIFY(veloRow >= 0 && busRow >= 0);

        // Vélo: continue with 300 000 € for six months, a priority and an action.
        page->table()->setCurrentCell(veloRow, 0);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<DecisionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->optionBox()->currentIndex(), -1);  // nothing chosen until the committee decides
            dialog->optionBox()->setCurrentIndex(dialog->optionBox()->findData(QStringLiteral("continue")));
            dialog->budgetBox()->setChecked(true);
            dialog->amountEdit()->setValue(300000);
            dialog->commentEdit()->setPlainText(QStringLiteral("Poursuite validée."));
            dialog->addObjective({QStringLiteral("100 collectivités"), ObjectiveStatus::Modified, QStringLiteral("Au T2")});
            dialog->addBlocker({QStringLiteral("Données de comptage"), QStringLiteral("DGALN")});
            dialog->addAction({QStringLiteral("Informer les achats"), QStringLiteral("David"), {}});
            dialog->procurementCheck()->setChecked(true);
            dialog->accept();
        });
        QTest::mouseClick(button(page, QStringLiteral("Record the decision…")), Qt::LeftButton);
        Decision velo = *ws().sessions().load(id)->decisionFor(m_fixture->velo);
        QCOMPARE(velo.option, DecisionOption::Continue);
        QCOMPARE(velo.amount, std::optional<qint64>(300000));
        QCOMPARE(velo.objectives.size(), 1);
        QCOMPARE(velo.objectives[0].status, ObjectiveStatus::Modified);
        QCOMPARE(velo.blockers[0].owner, QStringLiteral("DGALN"));
        QCOMPARE(velo.actions[0].owner, QStringLiteral("David"));
        QVERIFY(velo.procurementInformedOn.isValid());
        QVERIFY2(page->table()->item(veloRow, 2)->text().contains(QStringLiteral("300,000")),
                 qPrintable(page->table()->item(veloRow, 2)->text()));

        // Bus: stopped. A dialog refuses a stop that grants money.
        page->table()->setCurrentCell(busRow, 0);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<DecisionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->optionBox()->setCurrentIndex(dialog->optionBox()->findData(QStringLiteral("stop")));
            QVERIFY(!dialog->budgetBox()->isChecked());
            dialog->budgetBox()->setChecked(true);
            dialog->amountEdit()->setValue(1000);
            dialog->accept();
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("grants no budget")));
            dialog->budgetBox()->setChecked(false);
            dialog->accept();
        });
        page->editSelected();
        QCOMPARE(ws().sessions().load(id)->decisionFor(m_fixture->bus)->option, DecisionOption::Stop);

        // Now it closes, once confirmed (the session is dated after today):
        // the stop ends the bus's history with `abandon`.
        QString question;
        QTimer::singleShot(0, this, [&question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(page->closeButton(), Qt::LeftButton);
        QVERIFY2(question.contains(QStringLiteral("after today")), qPrintable(question));
        QCOMPARE(ws().sessions().load(id)->status, SessionStatus::Held);
        QVERIFY(!page->closeButton()->isEnabled());
        const QList<PhaseRecord> bus = ws().products().load(m_fixture->bus)->phases;
        QCOMPARE(bus.last().phase, Phase::Abandon);
        QCOMPARE(bus.last().start, ws().sessions().load(id)->date());

        // The committee is on Vélo's "Phases and committees" tab.
        ProductView *view = m_window->openProduct(m_fixture->velo);
        QVERIFY(view);
        QTableWidget *committees = view->findChild<ProductPhasesPage *>()->committeeTable();
        QCOMPARE(committees->rowCount(), 1);
        QCOMPARE(committees->item(0, 1)->text(), DecisionOptions::label(DecisionOption::Continue));
        QCOMPARE(committees->item(0, 2)->text(), QStringLiteral("Poursuite validée."));
        // Undo reopens it, and the tab follows.
        ws().undoStack()->undo();
        QCOMPARE(ws().sessions().load(id)->status, SessionStatus::Planned);
        QCOMPARE(committees->rowCount(), 0);
        QVERIFY(page->closeButton()->isEnabled());
    }

    void deleteAndUndo()
    {
        SessionsWindow *sessions = openSessions();
        const qint64 id = planThroughDialog(sessions);
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        sessions->deleteCurrentSession();
        QVERIFY(!ws().sessions().load(id));
        QCOMPARE(sessions->model()->rowCount(), 0);
        QVERIFY(!sessions->editor());
        ws().undoStack()->undo();
        QCOMPARE(sessions->model()->rowCount(), 1);
        sessions->showSession(id);
        QCOMPARE(sessions->editor()->sessionId(), id);
    }
};

QTEST_MAIN(TestGuiSession)
#include "tst_gui_session.moc"
