// The vote in the decision dialog (VoteWidget) and the approval buttons of
// the session's decisions page (issue 16): a counted vote typed into the
// dialog is stored with the decision; once the session is closed, "Submit
// deliberation to the chair" then "Approve deliberation…" (the chair's
// name filled in) make it final. COMITE_SCREENSHOTS=DIR saves the dialog
// and the page as PNG to look at.

#include "commands/sessionedits.h"
#include "decisiondialog.h"
#include "decisionspage.h"
#include "deliberationactions.h"
#include "deliberationfixture.h"
#include "guitestsupport.h"
#include "votewidget.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Comite;

class TestGuiDeliberationApproval : public QObject
{
    Q_OBJECT

    static void save(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("COMITE_SCREENSHOTS");
        if (!dir.isEmpty())
            w->grab().save(dir + u'/' + name);
    }

private Q_SLOTS:
    void voteThenApprove()
    {
        Test::DeliberationFixture f(false);
        DecisionsPage page(f.ws(), f.sessionId);
        page.resize(900, 420);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Not held yet: nothing to submit or approve.
        QVERIFY(!page.deliberationActions()->submitAction()->isEnabled());
        QVERIFY(!page.deliberationActions()->approveAction()->isEnabled());

        int veloRow = -1;
        for (int r = 0; r < page.table()->rowCount(); ++r) {
            if (page.table()->item(r, 0)->text() == u"Vélo pour tous")
                veloRow = r;
        }
        QVERIFY(veloRow >= 0);
        page.table()->setCurrentCell(veloRow, 0);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<DecisionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            VoteWidget *vote = dialog->voteWidget();
            QVERIFY(vote);
            QVERIFY(!vote->forBox()->isEnabled());  // not recorded: no counts
            vote->kindBox()->setCurrentIndex(vote->kindBox()->findData(int(DecisionVote::Counted)));
            QVERIFY(vote->forBox()->isEnabled());
            vote->forBox()->setValue(2);
            vote->abstainingBox()->setValue(1);
            save(dialog, QStringLiteral("decision-dialog-vote.png"));
            dialog->accept();
        });
        page.editSelected();
        const Decision velo = *f.session().decisionFor(f.products.velo);
        QCOMPARE(velo.vote.kind, DecisionVote::Counted);
        QCOMPARE(velo.vote.votesFor, 2);
        QCOMPARE(velo.vote.votesAgainst, 0);
        QCOMPARE(velo.vote.abstaining, 1);

        // Held: submit, then approve with the chair's name filled in.
        QVERIFY(Edit::closeSession(f.ws(), f.sessionId));
        QVERIFY(page.deliberationActions()->submitAction()->isEnabled());
        QVERIFY(!page.deliberationActions()->approveAction()->isEnabled());
        QToolButton *submit = nullptr;
        for (QToolButton *b : page.findChildren<QToolButton *>()) {
            if (b->defaultAction() == page.deliberationActions()->submitAction())
                submit = b;
        }
        QVERIFY(submit);
        save(&page, QStringLiteral("decisions-page-approval.png"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(DeliberationRepository(f.ws().database()).current(f.sessionId).isSubmitted());
        QVERIFY(!page.deliberationActions()->submitAction()->isEnabled());
        QVERIFY(page.deliberationActions()->approveAction()->isEnabled());

        QString offered;
        QTimer::singleShot(0, this, [&offered] {
            auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(input);
            offered = input->textValue();
            input->accept();
        });
        QVERIFY(page.deliberationActions()->approve());
        QCOMPARE(offered, QStringLiteral("Anne Leroy"));
        const DeliberationVersion v = DeliberationRepository(f.ws().database()).current(f.sessionId);
        QVERIFY(v.isFinal());
        QCOMPARE(v.approvedBy, QStringLiteral("Anne Leroy"));
        QVERIFY(!page.deliberationActions()->approveAction()->isEnabled());
    }
};

QTEST_MAIN(TestGuiDeliberationApproval)
#include "tst_gui_deliberationapproval.moc"
