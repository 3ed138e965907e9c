// The guards a facilitator expects, driven offscreen: the decision dialog
// starts with no option chosen, refuses to record none, shows the team's
// request (budget by line, period) and the sponsors' grid beside the
// choice, lists the roadmap's priorities, and asks before recording a
// decision without an amount; running or closing a session dated after
// today asks first; the new-session dialog searches and filters the
// portfolio, sorts it by committee due date, proposes participants and
// warns while a mandatory role is missing; importing beta.gouv.fr into a
// non-empty portfolio asks where.

#include "betagouvimportdialog.h"
#include "decisioncontext.h"
#include "decisiondialog.h"
#include "decisionspage.h"
#include "facilitatorwindow.h"
#include "sessiondialog.h"
#include "sessioneditor.h"
#include "sessionfixture.h"
#include "sessionparticipantproposals.h"
#include "sessionproductpicker.h"
#include "sessionswindow.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Comite;

class TestGuiSessionGuards : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_ws;
    std::unique_ptr<Test::SessionFixture> m_fixture;
    qint64 m_id = 0;

    Workspace &ws() { return **m_ws; }

    // Answers the next message box with `button` and keeps its text.
    void answerNextBox(QMessageBox::StandardButton button, QString *text = nullptr)
    {
        QTimer::singleShot(0, this, [button, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            if (text)
                *text = box->text();
            box->button(button)->click();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        m_ws->clock.set(QDateTime(Test::fixedToday, QTime(9, 0)));
        m_fixture = std::make_unique<Test::SessionFixture>(ws());
        m_id = m_fixture->create(ws());  // two weeks ahead
        QVERIFY(m_id > 0);
        // Vélo's roadmap for the next period: three priorities and a request.
        Roadmap r = RoadmapRules::blank(m_fixture->velo, Test::fixedToday.addMonths(1));
        r.priorities = {{0, QStringLiteral("Ouvrir à 10 villes"), {}, {}}, {0, QStringLiteral("Mesurer les trajets"), {}, {}},
                        {0, QStringLiteral("Réduire le coût"), {}, {}}};
        r.budgetRequest = {{QStringLiteral("development"), 180000}, {QStringLiteral("design"), 60000}};
        ws().roadmaps().save(r);
    }

    void cleanup()
    {
        m_fixture.reset();
        m_ws.reset();
    }

    void decisionDialogStartsWithNothingChosen()
    {
        const Session s = *ws().sessions().load(m_id);
        QVERIFY(Edit::setScore(ws(), m_id, {m_fixture->velo, s.participants[0].id, 1, 4, {}}));
        DecisionDialog dialog
(ws(), m_id, m_fixture->velo);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.optionBox()->currentIndex(), -1);
        QVERIFY(!dialog.budgetBox()->isChecked());
        // The request and the grid beside the choice.
        const QString context = dialog.context()->toPlainText();
        QVERIFY2(context.contains(QStringLiteral("The team's request")), qPrintable(context));
        QVERIFY2(context.contains(QStringLiteral("240")), qPrintable(context));   // the total
        QVERIFY2(context.contains(QStringLiteral("180")), qPrintable(context));   // development
        QVERIFY2(context.contains(QStringLiteral("The sponsors' grid")), qPrintable(context));
        QVERIFY2(context.contains(QStringLiteral("4.0 / 5")), qPrintable(context));
        QVERIFY2(context.contains(QStringLiteral("Not scored yet: Bruno Petit and Chloé Martin")), qPrintable(context));
        QVERIFY2(context.contains(QStringLiteral("Scoring incomplete: Anne Leroy (1 of 10 questions)")), qPrintable(context));
        // The roadmap's priorities, each to give an opinion on.
        QCOMPARE(dialog.objectivesTable()->rowCount(), 3);
        QCOMPARE(dialog.objectivesTable()->item(1, 0)->text(), QStringLiteral("Mesurer les trajets"));
        // Enter records nothing while no option is chosen.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.errorLabel()->isHidden());
        QVERIFY(!ws().sessions().load(m_id)->decisionFor(m_fixture->velo));
    }

    void aDecisionWithoutAnAmountAsksFirst()
    {
        DecisionDialog dialog(ws(), m_id, m_fixture->velo);
        dialog.show();
        dialog.optionBox()->setCurrentIndex(0);  // continue
        QString text;
        answerNextBox(QMessageBox::No, &text);
        dialog.accept();
        QVERIFY(text.contains(QStringLiteral("no amount")));
        QVERIFY(text.contains(QStringLiteral("240,000")) || text.contains(QStringLiteral("240 000")));
        QVERIFY(dialog.isVisible() || dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.budgetBox()->isChecked());
        QVERIFY(!ws().sessions().load(m_id)->decisionFor(m_fixture->velo));
        // With an amount: no question.
        dialog.amountEdit()->setValue(200000);
        dialog.accept();
        QCOMPARE(ws().sessions().load(m_id)->decisionFor(m_fixture->velo)->amount, std::optional<qint64>(200000));
        // A stop grants nothing and asks nothing.
        DecisionDialog stop(ws(), m_id, m_fixture->bus);
        stop.optionBox()->setCurrentIndex(stop.optionBox()->findData(DecisionOptions::key(DecisionOption::Stop)));
        stop.accept();
        QCOMPARE(ws().sessions().load(m_id)->decisionFor(m_fixture->bus)->option, DecisionOption::Stop);
    }

    void aFutureSessionAsksBeforeRunningAndClosing()
    {
        SessionsWindow sessions(ws());
        sessions.show();
        sessions.showSession(m_id);
        QString text;
        answerNextBox(QMessageBox::Cancel, &text);
        QVERIFY(!sessions.runCurrentSession());
        QVERIFY2(text.contains(QStringLiteral("after today")), qPrintable(text));
        answerNextBox(QMessageBox::Yes);
        QVERIFY(sessions.runCurrentSession());
        // Closing asks too, and stops the timer.
        sessions.facilitator()->timer()->start();
        QVERIFY(Edit::setDecision(ws(), m_id, Test::SessionFixture::decision(m_fixture->velo)));
        QVERIFY(Edit::setDecision(ws(), m_id, Test::SessionFixture::decision(m_fixture->bus)));
        answerNextBox(QMessageBox::Cancel);
        QVERIFY(!sessions.editor()->decisions()->closeSession());
        QCOMPARE(ws().sessions().load(m_id)->status, SessionStatus::Running);
        answerNextBox(QMessageBox::Yes);
        QVERIFY(sessions.editor()->decisions()->closeSession());
        QCOMPARE(ws().sessions().load(m_id)->status, SessionStatus::Held);
        QCOMPARE(sessions.facilitator()->timer()->state(), SessionTimer::State::Finished);
        // On the day itself nothing is asked.
        m_ws->clock.set(QDateTime(Test::fixedToday.addDays(14), QTime(14, 0)));
        QVERIFY(sessions.runCurrentSession());
    }

    void newSessionDialogAtScale()
    {
        // More products, in two incubators.
        for (int i = 0; i < 30; ++i)
            ws().products().insert(Test::sampleProduct(QStringLiteral("produit-%1").arg(i), QStringLiteral("Produit %1").arg(i)));
        Product old = Test::sampleProduct(QStringLiteral("ancien"), QStringLiteral("Ancien produit"));
        old.phases = {PhaseRecord{Phase::Construction, Test::fixedToday.addYears(-2), {}, {}, false}};
        ws().products().insert(old);
        SessionDialog dialog(ws());
        dialog.show();
        SessionProductPicker *picker = dialog.productPicker();
        QCOMPARE(picker->visibleCount(), 33);
        // Committee overdue first.
        QVERIFY2(picker->list()->item(0)->text().startsWith(QStringLiteral("Ancien produit")),
                 qPrintable(picker->list()->item(0)->text()));
        QVERIFY(picker->list()->item(0)->text().contains(QStringLiteral("overdue")));
        QTest::keyClicks(picker->searchEdit(), QStringLiteral("velo"));
        QCOMPARE(picker->visibleCount(), 1);
        dialog.checkProduct(m_fixture->velo);
        picker->searchEdit()->clear();
        QTest::keyClicks(picker->searchEdit(), QStringLiteral("produit 2"));
        QCOMPARE(picker->visibleCount(), 11 + 1);  // "Produit 2", "Produit 20" to "Produit 29", and the checked Vélo
        // Phase filter.
        picker->searchEdit()->clear();
        picker->phaseBox()->setCurrentIndex(picker->phaseBox()->findData(Phases::key(Phase::Construction)));
        QCOMPARE(picker->visibleCount(), 2);  // Ancien produit, and Vélo (checked)
        // Participants proposed from the product, roles missing named.
        SessionParticipantProposals *proposals = dialog.proposals();
        QVERIFY(proposals->missingRoles().contains(ParticipantRoles::label(ParticipantRole::Chair)));
        QVERIFY(!proposals->warningLabel()->isHidden());
        proposals->chairEdit()->setText(QStringLiteral("Anne Leroy"));
        proposals->managerEdit()->setText(QStringLiteral("Paul Martin"));
        proposals->secretaryEdit()->setText(QStringLiteral("David Roux"));
        const QStringList missing = proposals->missingRoles();
        QCOMPARE(missing, QStringList{ParticipantRoles::label(ParticipantRole::Intrapreneur)});  // the sample has none
    }

    void importIntoANonEmptyPortfolioAsks()
    {
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("already holds 2 product")));
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(u'&') == QStringLiteral("Merge into this portfolio"))
                    b->click();
            }
        });
        QCOMPARE(BetagouvImportDialog::askTarget(nullptr, ws()), BetagouvImportDialog::Target::Merge);
        Test::TempWorkspace empty;
        QCOMPARE(BetagouvImportDialog::askTarget(nullptr, *empty), BetagouvImportDialog::Target::Merge);  // nothing to ask
    }
};

QTEST_MAIN(TestGuiSessionGuards)
#include "tst_gui_sessionguards.moc"
