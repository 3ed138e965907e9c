// The deliberation's edit API (Edit::markDeliberationFinal,
// correctDeliberation) and its undo command: final only once the session
// is held; a final deliberation locks decisions, scores and notes (through
// the edit API and the repository) and the session's deletion; a
// correction makes version 2 with its reason, version 1 kept with its
// text; undo and redo restore the same rows.

#include "commands/deliberationedits.h"
#include "deliberationfixture.h"
#include "domain/displayformat.h"
#include "deliberation/deliberationbuilder.h"
#include "deliberation/deliberationmarkdown.h"

#include <QTest>

using namespace Comite;

class TestDeliberationEdits : public QObject
{
    Q_OBJECT

    static DeliberationVersion current(Test::DeliberationFixture &f)
    {
        return DeliberationRepository(f.ws().database()).current(f.sessionId);
    }

private Q_SLOTS:
    void finalNeedsAHeldSession()
    {
        Test::DeliberationFixture f(false);
        const Result<void> finalised = Edit::markDeliberationFinal(f.ws(), f.sessionId);
        QVERIFY(!finalised);
        QVERIFY(finalised.error().message.contains(QStringLiteral("Close the session")));
        const Result<void> finalised2 = Edit::markDeliberationFinal(f.ws(), 999);
        QVERIFY(!finalised2);
        QVERIFY(finalised2.error().message.contains(QStringLiteral("999")));
        QVERIFY(!current(f).isFinal());
    }

    void finalLocks()
    {
        Test::DeliberationFixture f;
        const Result<void> finalised = Edit::markDeliberationFinal(f.ws(), f.sessionId);
        QVERIFY2(finalised, qPrintable(finalised ? QString() : finalised.error().message));
        const DeliberationVersion v = current(f);
        QVERIFY(v.isFinal());
        QCOMPARE(v.number, 1);
        QCOMPARE(v.finalisedBy, QStringLiteral("David Roux"));
        QCOMPARE(v.finalisedOn, Test::fixedToday);
        QVERIFY(v.content.contains(QStringLiteral("Version 1 · final")));
        QVERIFY(v.content.contains(QStringLiteral("Vélo pour tous")));

        const Session s = f.session();
        Decision d = *s.decisionFor(f.products.velo);
        d.amount = 1;
        const Result<void> decided = Edit::setDecision(f.ws(), f.sessionId, d);
        QVERIFY(!decided);
        QVERIFY2(decided.error().message.contains(QStringLiteral("is final (version 1)")), qPrintable(decided.error().message));
        QVERIFY(!Edit::removeDecision(f.ws(), f.sessionId, f.products.bus));
        const Participant *chair = &s.participants.first();
        QVERIFY(!Edit::setScore(f.ws(), f.sessionId, ArbitrationScore{f.products.velo, chair->id, 1, 1, {}}, false));
        QVERIFY(!Edit::setAgendaNotes(f.ws(), f.sessionId, s.agenda.first().id, QStringLiteral("changed")));
        QVERIFY(!Edit::setSessionProducts(f.ws(), f.sessionId, {f.products.velo}, SessionAgenda::defaultTemplate()));
        const Result<void> removed = Edit::removeSession(f.ws(), f.sessionId);
        QVERIFY(!removed);
        QVERIFY(removed.error().message.contains(QStringLiteral("Correct the deliberation")));
        QCOMPARE(f.session(), s);  // nothing changed
        // What the document does not lock: the title.
        Session header = s;
        header.title = QStringLiteral("Comité mobilités (relu)");
        const Result<void> headed = Edit::setSessionHeader(f.ws(), header);
        QVERIFY2(headed, qPrintable(headed ? QString() : headed.error().message));

        // Whoever writes: the repository refuses too.
        Session changed = f.session();
        changed.decisions.first().comment = QStringLiteral("autre");
        QVERIFY_THROWS_EXCEPTION(StorageError, f.ws().sessions().save(changed));

        const Result<void> finalised2 = Edit::markDeliberationFinal(f.ws(), f.sessionId);
        QVERIFY(!finalised2);
        QVERIFY(finalised2.error().message.contains(QStringLiteral("already final")));
    }

    void correction()
    {
        Test::DeliberationFixture f;
        const Result<void> corrected = Edit::correctDeliberation(f.ws(), f.sessionId, QStringLiteral("typo"));
        QVERIFY(!corrected);
        QVERIFY(corrected.error().message.contains(QStringLiteral("still a draft")));
        QVERIFY(Edit::markDeliberationFinal(f.ws(), f.sessionId));
        const Result<void> corrected2 = Edit::correctDeliberation(f.ws(), f.sessionId, QStringLiteral("   "));
        QVERIFY(!corrected2);
        QVERIFY(corrected2.error().message.contains(QStringLiteral("why")));
        const Result<void> corrected3 = Edit::correctDeliberation(f.ws(), f.sessionId, QStringLiteral("Montant mal saisi"));
        QVERIFY2(corrected3, qPrintable(corrected3 ? QString() : corrected3.error().message));

        const QList<DeliberationVersion> versions = DeliberationRepository(f.ws().database()).versions(f.sessionId);
        QCOMPARE(versions.size(), 2);
        QVERIFY(versions[0].isFinal());
        QVERIFY(versions[0].content.contains(DeliberationMarkdown::escape(DisplayFormat::euros(1500000))));  // the earlier version kept
        QCOMPARE(versions[1].number, 2);
        QVERIFY(!versions[1].isFinal());
        QCOMPARE(versions[1].reason, QStringLiteral("Montant mal saisi"));

        // Unlocked again: the fix goes in, then version 2 is made final.
        Decision d = *f.session().decisionFor(f.products.velo);
        d.amount = 1400000;
        const Result<void> decided = Edit::setDecision(f.ws(), f.sessionId, d);
        QVERIFY2(decided, qPrintable(decided ? QString() : decided.error().message));
        QVERIFY(Edit::markDeliberationFinal(f.ws(), f.sessionId));
        const DeliberationVersion v2 = current(f);
        QCOMPARE(v2.number, 2);
        QVERIFY(v2.isFinal());
        QVERIFY(v2.content.contains(QStringLiteral("Version 2 · final")));
        QVERIFY(v2.content.contains(QStringLiteral("Montant mal saisi")));  // the versions table says why

        // The document lists the versions; the footer says which one this is.
        const auto data = DeliberationData::load(f.ws(), f.sessionId);
        const DeliberationDocument doc = DeliberationBuilder(*data, {}, QLocale(QLocale::English)).deliberation();
        QVERIFY(doc.footerText.startsWith(QStringLiteral("Version 2 · final")));
    }

    void undoRedo()
    {
        Test::DeliberationFixture f;
        QUndoStack *stack = f.ws().undoStack();
        QVERIFY(Edit::markDeliberationFinal(f.ws(), f.sessionId));
        QVERIFY(Edit::correctDeliberation(f.ws(), f.sessionId, QStringLiteral("erreur")));
        const QList<DeliberationVersion> after = DeliberationRepository(f.ws().database()).versions(f.sessionId);
        QCOMPARE(after.size(), 2);

        stack->undo();  // the correction
        QCOMPARE(DeliberationRepository(f.ws().database()).versions(f.sessionId).size(), 1);
        QVERIFY(current(f).isFinal());
        stack->undo();  // final
        QVERIFY(DeliberationRepository(f.ws().database()).versions(f.sessionId).isEmpty());
        QVERIFY(!current(f).isFinal());
        Session changed = f.session();
        changed.agenda.first().notes = QStringLiteral("unlocked");
        QVERIFY(DeliberationRepository(f.ws().database()).lockProblem(f.session(), changed).isEmpty());
        stack->redo();  // final, same row
        stack->redo();  // the correction, same row
        QCOMPARE(DeliberationRepository(f.ws().database()).versions(f.sessionId), after);
    }
};

QTEST_MAIN(TestDeliberationEdits)
#include "tst_deliberationedits.moc"
