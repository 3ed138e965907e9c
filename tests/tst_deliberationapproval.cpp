// The deliberation's approval workflow (issue 16): a held session's draft
// is submitted to the chair (who, when), approved by the chair only (who,
// when), which makes it final and locked; undo steps back. The approval
// and signature block and each decision's vote read in every format (PDF
// through pdftotext, ODT through its content.xml, Markdown, HTML), and the
// command line's `deliberation --submit|--approve --by NAME [--json]`.

#include "commands/deliberationedits.h"
#include "commands/sessionedits.h"
#include "commands/undohistory.h"
#include "deliberationfixture.h"
#include "deliberation/deliberationbuilder.h"
#include "deliberation/deliberationmarkdown.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Comite;

class TestDeliberationApproval : public QObject
{
    Q_OBJECT

    static DeliberationVersion current(Test::DeliberationFixture &f)
    {
        return DeliberationRepository(f.ws().database()).current(f.sessionId);
    }

    static QString markdown(Test::DeliberationFixture &f)
    {
        auto data = DeliberationData::load(f.ws(), f.sessionId);
        return DeliberationMarkdown::render(DeliberationBuilder(*data).deliberation());
    }

private Q_SLOTS:
    void submitThenApprove()
    {
        Test::DeliberationFixture f;
        // Not before it is submitted.
        const Result<void> approved = Edit::approveDeliberation(f.ws(), f.sessionId, QStringLiteral("Anne Leroy"));
        QVERIFY(!approved);
        QVERIFY2(approved.error().message.contains(QStringLiteral("Submit")), qPrintable(approved.error().message));
        QVERIFY(markdown(f).contains(QStringLiteral("to be submitted to the chair")));

        const Result<void> submitted2 = Edit::submitDeliberation(f.ws(), f.sessionId, {});
        QVERIFY2(submitted2, qPrintable(submitted2 ? QString() : submitted2.error().message));
        DeliberationVersion v = current(f);
        QVERIFY(!v.isFinal());
        QCOMPARE(v.submittedOn, Test::fixedToday);
        QCOMPARE(v.submittedBy, QStringLiteral("David Roux"));  // the secretary by default
        QCOMPARE(DeliberationRules::stageKey(v), QStringLiteral("submitted"));
        const Result<void> submitted3 = Edit::submitDeliberation(f.ws(), f.sessionId, {});
        QVERIFY(!submitted3);
        QVERIFY(submitted3.error().message.contains(QStringLiteral("already submitted")));
        const QString submitted = markdown(f);
        QVERIFY(submitted.contains(QStringLiteral("Version 1 · submitted to the chair")));
        QVERIFY(submitted.contains(QStringLiteral("Submitted to the chair")));

        // Only the chair approves; any case of the name.
        const Result<void> approved2 = Edit::approveDeliberation(f.ws(), f.sessionId, QStringLiteral("David Roux"));
        QVERIFY(!approved2);
        const QString notTheChair = approved2.error().message;
        QVERIFY2(notTheChair.contains(QStringLiteral("Only the chair")) && notTheChair.contains(QStringLiteral("Anne Leroy")), qPrintable(notTheChair));

        QVERIFY(!Edit::approveDeliberation(f.ws(), f.sessionId, QStringLiteral("  ")));
        const Result<void> approved3 = Edit::approveDeliberation(f.ws(), f.sessionId, QStringLiteral("anne leroy"));
        QVERIFY2(approved3, qPrintable(approved3 ? QString() : approved3.error().message));
        v = current(f);
        QVERIFY(v.isFinal());
        QVERIFY(v.isApproved());
        QCOMPARE(v.approvedBy, QStringLiteral("Anne Leroy"));
        QCOMPARE(v.approvedOn, Test::fixedToday);
        QCOMPARE(DeliberationRules::stageKey(v), QStringLiteral("approved"));
        // The frozen record says who approved and when.
        QVERIFY(v.content.contains(QStringLiteral("Approved by the chair")));
        QVERIFY(v.content.contains(QStringLiteral("Anne Leroy")));

        // Final: locked.
        Decision d = *f.session().decisionFor(f.products.velo);
        d.amount = 1;
        QVERIFY(!Edit::setDecision(f.ws(), f.sessionId, d));
        QVERIFY(!Edit::submitDeliberation(f.ws(), f.sessionId, {}));

        // Undo: back to submitted, then to a draft.
        QVERIFY(Edit::undo(f.ws()));
        v = current(f);
        QVERIFY(!v.isFinal());
        QVERIFY(v.isSubmitted());
        QVERIFY(!v.isApproved());
        QVERIFY(Edit::undo(f.ws()));
        QVERIFY(!current(f).isSubmitted());
        QVERIFY(Edit::redo(f.ws()));
        QVERIFY(Edit::redo(f.ws()));
        QVERIFY(current(f).isApproved());
    }

    void notBeforeTheSessionIsHeld()
    {
        Test::DeliberationFixture f(false);
        const Result<void> submitted = Edit::submitDeliberation(f.ws(), f.sessionId, {});
        QVERIFY(!submitted);
        QVERIFY(submitted.error().message.contains(QStringLiteral("Close the session")));
    }

    void voteStoredAndShown()
    {
        Test::DeliberationFixture f;
        Decision velo = *f.session().decisionFor(f.products.velo);
        velo.vote = DecisionVote{DecisionVote::Counted, 4, 1, 1};
        const Result<void> decided = Edit::setDecision(f.ws(), f.sessionId, velo);
        QVERIFY2(decided, qPrintable(decided ? QString() : decided.error().message));
        Decision bus = *f.session().decisionFor(f.products.bus);
        bus.vote.kind = DecisionVote::Unanimous;
        const Result<void> decided2 = Edit::setDecision(f.ws(), f.sessionId, bus);
        QVERIFY2(decided2, qPrintable(decided2 ? QString() : decided2.error().message));
        QCOMPARE(f.session().decisionFor(f.products.velo)->vote, velo.vote);
        QCOMPARE(f.session().decisionFor(f.products.bus)->vote.kind, DecisionVote::Unanimous);
        QVERIFY(!f.session().decisionFor(f.evil)->vote.isRecorded());

        Decision empty = velo;
        empty.vote = DecisionVote{DecisionVote::Counted, 0, 0, 0};
        const Result<void> decided3 = Edit::setDecision(f.ws(), f.sessionId, empty);
        QVERIFY(!decided3);
        QVERIFY2(decided3.error().message.contains(QStringLiteral("at least one vote")), qPrintable(decided3.error().message));

        const QString md = markdown(f);
        QVERIFY2(md.contains(QStringLiteral("4 for, 1 against, 1 abstention")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("Unanimous")));
        QVERIFY(md.contains(QStringLiteral("Not recorded")));
    }

    // Present, excused, absent with a civility; the quorum; the actual start.
    void attendance()
    {
        Test::DeliberationFixture f(false);
        const Result<void> running = Edit::markSessionRunning(f.ws(), f.sessionId);
        QVERIFY2(running, qPrintable(running ? QString() : running.error().message));
        QCOMPARE(f.session().startedAt, QDateTime(Test::fixedToday, QTime(9, 0)));  // the clock when it started
        QList<Participant> people = f.session().participants;
        people[0].civility = Civility::Madame;    // Anne Leroy, chair
        people[1].present = false;                // Bruno Petit
        people[1].excused = true;
        people[1].civility = Civility::Monsieur;
        people[2].present = false;                // Chloé Martin, absent
        const Result<void> seated = Edit::setParticipants(f.ws(), f.sessionId, people);
        QVERIFY2(seated, qPrintable(seated ? QString() : seated.error().message));
        const Session s = f.session();
        QCOMPARE(s.participants[0].civility, Civility::Madame);
        QCOMPARE(s.participants[1].attendance(), Attendance::Excused);
        QCOMPARE(s.participants[2].attendance(), Attendance::Absent);
        QCOMPARE(s.participants[3].attendance(), Attendance::Present);
        const Result<void> closed = Edit::closeSession(f.ws(), f.sessionId);
        QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().message));

        const QString md = markdown(f);
        QVERIFY2(md.contains(QStringLiteral("Mme Anne Leroy")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("M. Bruno Petit")));
        QVERIFY(md.contains(QStringLiteral("3 present, 1 excused, 1 absent")));
        QVERIFY(md.contains(QStringLiteral("1 of the voting members present (out of 3): no majority of voting members.")));
        QVERIFY(md.contains(QStringLiteral("did not attend")));  // neutral wording for Chloé Martin
        QVERIFY(md.contains(QStringLiteral("excused")));
        // The session ran from its actual start for the time its items took (7 min).
        QVERIFY2(md.contains(QRegularExpression(QStringLiteral("Held:\\*\\* 0?9:00 – 0?9:07"))), qPrintable(md.left(1500)));
    }

    // The actual end is noted when the session closes the day it ran (the
    // facilitator notes it when its timer finishes, tst_gui_sessionfacilitator);
    // the deliberation prints both times, "9 h – 11 h 48" in French.
    void actualStartAndEnd()
    {
        Test::DeliberationFixture f(false);
        const Result<void> running = Edit::markSessionRunning(f.ws(), f.sessionId);
        QVERIFY2(running, qPrintable(running ? QString() : running.error().message));
        f.tw.clock.set(QDateTime(Test::fixedToday, QTime(11, 48)));
        const Result<void> closed = Edit::closeSession(f.ws(), f.sessionId);
        QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().message));
        const Session s = f.session();
        QCOMPARE(s.startedAt, QDateTime(Test::fixedToday, QTime(9, 0)));
        QCOMPARE(s.endedAt, QDateTime(Test::fixedToday, QTime(11, 48)));
        auto data = DeliberationData::load(f.ws(), f.sessionId);
        const QString english = DeliberationMarkdown::render(DeliberationBuilder(*data, {}, QLocale(QLocale::English, QLocale::UnitedKingdom)).deliberation());
        QVERIFY2(english.contains(QStringLiteral("Held:** 09:00 – 11:48")), qPrintable(english.left(1500)));
        const QString us = DeliberationMarkdown::render(DeliberationBuilder(*data, {}, QLocale(QLocale::English, QLocale::UnitedStates)).deliberation());
        QVERIFY2(us.contains(QRegularExpression(QStringLiteral("Held:\\*\\* 9:00\\sAM – 11:48\\sAM"))), qPrintable(us.left(1500)));
        QCOMPARE(DeliberationBuilder::clockTime(QTime(14, 2), QLocale(QLocale::French, QLocale::France)), QStringLiteral("14\u00a0h\u00a002"));
        QCOMPARE(DeliberationBuilder::clockTime(QTime(9, 0), QLocale(QLocale::French, QLocale::France)), QStringLiteral("9\u00a0h"));
        // A later end when the timer finishes again; never before the start.
        QVERIFY(Edit::markSessionEnded(f.ws(), f.sessionId, QDateTime(Test::fixedToday, QTime(12, 5))));
        QCOMPARE(f.session().endedAt, QDateTime(Test::fixedToday, QTime(12, 5)));
        QVERIFY(Edit::markSessionEnded(f.ws(), f.sessionId, QDateTime(Test::fixedToday, QTime(8, 0))));
        QCOMPARE(f.session().endedAt, QDateTime(Test::fixedToday, QTime(12, 5)));
    }

    // Every format, through the real binary and the real readers.
    void everyFormatThroughTheCommandLine()
    {
        Test::DeliberationFixture f;
        Decision velo = *f.session().decisionFor(f.products.velo);
        velo.vote = DecisionVote{DecisionVote::Counted, 3, 0, 2};
        const Result<void> decided = Edit::setDecision(f.ws(), f.sessionId, velo);
        QVERIFY2(decided, qPrintable(decided ? QString() : decided.error().message));
        const QString db = f.tw.path();
        const QString id = QString::number(f.sessionId);
        const QStringList common{QStringLiteral("--db"), db, QStringLiteral("--today"), QStringLiteral("2026-11-24"),
                                 QStringLiteral("--lang"), QStringLiteral("en")};

        Test::Run r = Test::comite(QStringList{QStringLiteral("deliberation"), QStringLiteral("--session"), id,
                                               QStringLiteral("--approve")}
                                   + common);
        QCOMPARE(r.exitCode, 2);  // --approve needs --by
        r = Test::comite(QStringList{QStringLiteral("deliberation"), QStringLiteral("--session"), id, QStringLiteral("--approve"),
                                     QStringLiteral("--by"), QStringLiteral("Anne Leroy")}
                         + common);
        QCOMPARE(r.exitCode, 1);  // not submitted
        r = Test::comite(QStringList{QStringLiteral("deliberation"), QStringLiteral("--session"), id, QStringLiteral("--submit"),
                                     QStringLiteral("--by"), QStringLiteral("David Roux"), QStringLiteral("--json")}
                         + common);
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("stage")).toString(), QStringLiteral("submitted"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(o.value(QStringLiteral("submitted_by")).toString(), QStringLiteral("David Roux"));
        QCOMPARE(o.value(QStringLiteral("submitted_on")).toString(), QStringLiteral("2026-11-24"));
        QVERIFY(o.value(QStringLiteral("approved_on")).isNull());

        // The draft reads as such in the PDF.
        QTemporaryDir dir;
        const QString draftPdf = dir.filePath(QStringLiteral("draft.pdf"));
        r = Test::comite(QStringList{QStringLiteral("export-deliberation"), QStringLiteral("--session"), id, QStringLiteral("--format"),
                                     QStringLiteral("pdf"), QStringLiteral("--out"), draftPdf}
                         + common);
        QCOMPARE(r.exitCode, 0);
        const QString draftText = Test::pdfText(draftPdf);
        if (!draftText.isEmpty())
            QVERIFY2(draftText.contains(QStringLiteral("not approved yet")), qPrintable(draftText.right(2000)));

        r = Test::comite(QStringList{QStringLiteral("deliberation"), QStringLiteral("--session"), id, QStringLiteral("--approve"),
                                     QStringLiteral("--by"), QStringLiteral("Anne Leroy"), QStringLiteral("--json")}
                         + common);
        QCOMPARE(r.exitCode, 0);
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("stage")).toString(), QStringLiteral("approved"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("final"));
        QCOMPARE(o.value(QStringLiteral("approved_by")).toString(), QStringLiteral("Anne Leroy"));
        QCOMPARE(o.value(QStringLiteral("versions")).toArray().size(), 1);

        // The session's JSON carries the vote.
        r = Test::comite(QStringList{QStringLiteral("session"), id, QStringLiteral("--json")} + common);
        QCOMPARE(r.exitCode, 0);
        bool seen = false;
        for (const QJsonValue &d : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("decisions")).toArray()) {
            if (d[QStringLiteral("vote")].isObject()) {
                QCOMPARE(d[QStringLiteral("vote")][QStringLiteral("kind")].toString(), QStringLiteral("counted"));
                QCOMPARE(d[QStringLiteral("vote")][QStringLiteral("for")].toInt(), 3);
                QCOMPARE(d[QStringLiteral("vote")][QStringLiteral("abstaining")].toInt(), 2);
                seen = true;
            }
        }
        QVERIFY(seen);

        for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("md"), QStringLiteral("html")}) {
            const QString file = dir.filePath(QStringLiteral("final.") + format);
            r = Test::comite(QStringList{QStringLiteral("export-deliberation"), QStringLiteral("--session"), id,
                                         QStringLiteral("--format"), format, QStringLiteral("--out"), file}
                             + common);
            QCOMPARE(r.exitCode, 0);
            QString text = format == u"pdf" ? Test::pdfText(file) : format == u"odt" ? Test::odtContent(file) : Test::fileText(file);
            if (text.isEmpty() && format == u"pdf")
                QSKIP("pdftotext is not installed");
            QVERIFY2(!text.isEmpty(), qPrintable(format));
            text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
            QVERIFY2(text.contains(QStringLiteral("Approved by the chair")), qPrintable(format));
            QVERIFY2(text.contains(QStringLiteral("on 24 November 2026 by Anne Leroy")), qPrintable(format + u' ' + text.right(1500)));
            QVERIFY2(text.contains(QStringLiteral("The secretary")), qPrintable(format));
            QVERIFY2(text.contains(QStringLiteral("Signature")), qPrintable(format));
            QVERIFY2(text.contains(QStringLiteral("3 for, 0 against, 2 abstention")),
                     qPrintable(format + u' ' + text.mid(text.indexOf(QStringLiteral("Vote")) - 200, 600)));
        }
    }
};

QTEST_MAIN(TestDeliberationApproval)
#include "tst_deliberationapproval.moc"
