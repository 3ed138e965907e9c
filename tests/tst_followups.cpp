// The follow-up register (issue 18 item 2): a provisional decision plans
// the next committee at the end of its period; its actions, conditions and
// blockers carry a status with undoable changes and their history; they
// appear in the next pre-read (PDF text) and deck (slides and ODP), in
// `followups --json`, and the portfolio filters products with items past due.

#include "commands/followupedits.h"
#include "commands/undohistory.h"
#include "deck/committeedeck.h"
#include "deliberation/prereaddocument.h"
#include "domain/committeeschedule.h"
#include "itemmodels/followupmodel.h"
#include "itemmodels/portfoliofiltermodel.h"
#include "itemmodels/portfoliomodel.h"
#include "sessionfixture.h"
#include "storage/followuprepository.h"
#include "storage/roadmapdossier.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Comite;

namespace {
const QDate committeeDay(2026, 10, 1);
const QDate provisionalEnd(2026, 11, 30);  // two months, pending proof

QString simplified(const QString &s)
{
    return QString(s).replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ').simplified();
}
} // namespace

class TestFollowups : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempWorkspace> m_tw;
    std::unique_ptr<Test::SessionFixture> m_fixture;
    qint64 m_session = 0;
    Workspace &ws() { return **m_tw; }

    // A committee held on committeeDay: velo gets a provisional decision
    // with an action past due, a later action, two conditions and a
    // blocker; bus continues with nothing to follow up.
    void holdCommittee()
    {
        m_session = m_fixture->create(ws());
        QVERIFY(m_session);
        Session s = *ws().sessions().load(m_session);
        s.startsAt = QDateTime(committeeDay, QTime(14, 0));
        QVERIFY(Edit::setSessionHeader(ws(), s));
        Decision velo = Test::SessionFixture::decision(m_fixture->velo, DecisionOption::Provisional);
        velo.amount = 60000;
        velo.periodStart = committeeDay;
        velo.periodEnd = provisionalEnd;
        velo.actions = {{QStringLiteral("Measure the trips avoided in Lyon"), QStringLiteral("Claire Dubois"), QDate(2026, 11, 15)},
                        {QStringLiteral("Sign the data agreement with the region"), QStringLiteral("ADEME"), QDate(2026, 12, 20)}};
        velo.conditions = QStringLiteral("Show 500 monthly users\n\nHire a data analyst");
        velo.blockers = {{QStringLiteral("Access to the regional bike counters"), QStringLiteral("DGITM")}};
        QVERIFY(Edit::setDecision(ws(), m_session, velo));
        QVERIFY(Edit::setDecision(ws(), m_session, Test::SessionFixture::decision(m_fixture->bus)));
        const Result<void> closed = Edit::closeSession(ws(), m_session);
        QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().message));
    }

    FollowupItem itemOf(const QString &text)
    {
        for (const FollowupItem &i : FollowupRepository(ws().database()).items(m_fixture->velo)) {
            if (i.text == text)
                return i;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_tw = std::make_unique<Test::TempWorkspace>();
        m_fixture = std::make_unique<Test::SessionFixture>(ws());
        holdCommittee();
    }
    void cleanup()
    {
        m_fixture.reset();
        m_tw.reset();
    }

    void rules()
    {
        QCOMPARE(CommitteeSchedule::withProvisional(QDate(2027, 4, 1), provisionalEnd), provisionalEnd);
        QCOMPARE(CommitteeSchedule::withProvisional(QDate(2026, 11, 1), provisionalEnd), QDate(2026, 11, 1));
        QCOMPARE(CommitteeSchedule::withProvisional(QDate(2027, 4, 1), QDate()), QDate(2027, 4, 1));
        QCOMPARE(CommitteeSchedule::withProvisional(QDate(), provisionalEnd), provisionalEnd);
        Decision d;
        d.id = 7;
        d.periodEnd = provisionalEnd;
        d.actions = {{QStringLiteral("a"), {}, QDate(2026, 10, 10)}, {QStringLiteral("b"), {}, {}}};
        d.conditions = QStringLiteral(" c1 \n\n c2");
        d.blockers = {{QStringLiteral("x"), QStringLiteral("y")}};
        const QList<FollowupItem> items = Followups::itemsOf(d);
        QCOMPARE(items.size(), 5);
        QCOMPARE(items[0].due, QDate(2026, 10, 10));
        QCOMPARE(items[1].due, provisionalEnd);  // an action without a date is due at the end of the period
        QCOMPARE(items[2].text, QStringLiteral("c1"));
        QCOMPARE(items[3].key.position, 1);
        QCOMPARE(items[4].key.text(), QStringLiteral("7/blocker/0"));
        QCOMPARE(items[4].owner, QStringLiteral("y"));
    }

    void provisionalDecisionPlansTheNextCommitteeAtTheEndOfItsPeriod()
    {
        const ProductStatus velo = ws().products().summary(m_fixture->velo)->status(ws().today());
        QCOMPARE(velo.lastCommittee, committeeDay);
        QCOMPARE(velo.nextCommitteeDue, provisionalEnd);  // not six months later
        QVERIFY(!velo.committeeOverdue);
        const ProductStatus bus = ws().products().summary(m_fixture->bus)->status(ws().today());
        QCOMPARE(bus.nextCommitteeDue, committeeDay.addMonths(CommitteeSchedule::intervalMonths));
        // The pre-read's committee date follows.
        QCOMPARE(RoadmapDossier::load(ws(), m_fixture->velo)->committeeDate(), provisionalEnd);
        // A day after the end of the provisional period, the committee is overdue.
        m_tw->clock.set(QDateTime(provisionalEnd.addDays(1), QTime(9, 0)));
        QVERIFY(ws().products().summary(m_fixture->velo)->status(ws().today()).committeeOverdue);
    }

    void itemsCarryStatusDueDateAndHistory()
    {
        const QList<FollowupItem> items = FollowupRepository(ws().database()).items();
        QCOMPARE(items.size(), 5);  // bus has nothing to follow up
        for (const FollowupItem &i : items) {
            QCOMPARE(i.productId, m_fixture->velo);
            QCOMPARE(i.status, FollowupStatus::Open);
            QCOMPARE(i.decidedOn, committeeDay);
            QCOMPARE(i.sessionId, m_session);
            QVERIFY(i.history.isEmpty());
        }
        QCOMPARE(itemOf(QStringLiteral("Show 500 monthly users")).due, provisionalEnd);
        QCOMPARE(itemOf(QStringLiteral("Hire a data analyst")).key.position, 1);
        QCOMPARE(itemOf(QStringLiteral("Access to the regional bike counters")).key.kind, FollowupKind::Blocker);
        QCOMPARE(ws().products().summary(m_fixture->velo)->followupsPastDue, 1);  // the Lyon measure, due 15 November
        QCOMPARE(ws().products().summary(m_fixture->bus)->followupsPastDue, 0);
    }

    void statusChangeUndoRedoRoundTrip()
    {
        const FollowupItem measure = itemOf(QStringLiteral("Measure the trips avoided in Lyon"));
        QSignalSpy changed(&ws(), &Workspace::followupChanged);
        const Result<void> done = Edit::setFollowupStatus(ws(), measure.key, FollowupStatus::Done, QStringLiteral("1 240 trips"),
                                                          QStringLiteral("Claire Dubois"));
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toLongLong(), m_fixture->velo);
        FollowupItem after = itemOf(measure.text);
        QCOMPARE(after.status, FollowupStatus::Done);
        QCOMPARE(after.history.size(), 1);
        const FollowupChange change = after.history.first();
        QCOMPARE(change.changedBy, QStringLiteral("Claire Dubois"));
        QCOMPARE(change.note, QStringLiteral("1 240 trips"));
        QCOMPARE(change.changedAt, m_tw->clock.now().toUTC());
        QCOMPARE(ws().products().summary(m_fixture->velo)->followupsPastDue, 0);
        // The same status again is refused, nothing written.
        const int steps = ws().undoStack()->count();
        QVERIFY(!Edit::setFollowupStatus(ws(), measure.key, FollowupStatus::Done).ok());
        QCOMPARE(ws().undoStack()->count(), steps);

        QVERIFY(Edit::undo(ws()));
        after = itemOf(measure.text);
        QCOMPARE(after.status, FollowupStatus::Open);
        QVERIFY(after.history.isEmpty());
        QCOMPARE(ws().products().summary(m_fixture->velo)->followupsPastDue, 1);
        QVERIFY(Edit::redo(ws()));
        after = itemOf(measure.text);
        QCOMPARE(after.status, FollowupStatus::Done);
        QCOMPARE(after.history, QList<FollowupChange>{change});  // same id, same values

        // A second change: the history keeps both, the status is the latest.
        m_tw->clock.set(m_tw->clock.now().addDays(2));
        QVERIFY(Edit::setFollowupStatus(ws(), measure.key, FollowupStatus::Open, QStringLiteral("figures disputed")).ok());
        after = itemOf(measure.text);
        QCOMPARE(after.status, FollowupStatus::Open);
        QCOMPARE(after.history.size(), 2);
        QCOMPARE(after.history.last().status, FollowupStatus::Open);
        // An item that does not exist is refused.
        QVERIFY(!Edit::setFollowupStatus(ws(), FollowupKey{9999, FollowupKind::Action, 0}, FollowupStatus::Done).ok());
    }

    void modelFollowsChanges()
    {
        FollowupModel portfolio(ws());
        FollowupModel velo(ws(), m_fixture->velo);
        FollowupModel bus(ws(), m_fixture->bus);
        QAbstractItemModelTester t1(&portfolio, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&velo, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(portfolio.rowCount(), 5);
        QCOMPARE(velo.rowCount(), 5);
        QCOMPARE(bus.rowCount(), 0);
        QCOMPARE(velo.columnCount(), int(FollowupModel::ColumnCount));
        const QModelIndex status = velo.index(0, FollowupModel::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("Open"));
        QVERIFY(velo.index(0, FollowupModel::Due).data().toString().contains(QStringLiteral("past due")));
        QVERIFY(velo.index(0, FollowupModel::Due).data(FollowupModel::PastDueRole).toBool());
        QVERIFY(velo.flags(status) & Qt::ItemIsEditable);
        QVERIFY(!(velo.flags(velo.index(0, FollowupModel::Text)) & Qt::ItemIsEditable));

        QSignalSpy dataChanged(&portfolio, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&portfolio, &QAbstractItemModel::modelReset);
        QVERIFY(velo.setData(status, QStringLiteral("dropped"), FollowupModel::StatusKeyRole));
        QCOMPARE(velo.index(0, FollowupModel::Status).data(FollowupModel::StatusKeyRole).toString(), QStringLiteral("dropped"));
        QCOMPARE(portfolio.index(0, FollowupModel::Status).data(FollowupModel::StatusKeyRole).toString(), QStringLiteral("dropped"));
        QVERIFY(!dataChanged.isEmpty());
        QCOMPARE(reset.size(), 0);  // row updates, not a reset
        QVERIFY(velo.index(0, FollowupModel::LastChange).data().toString().contains(QStringLiteral("by")));
        QVERIFY(velo.index(0, FollowupModel::Text).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Dropped")));
        QVERIFY(!velo.setData(status, QStringLiteral("nonsense"), Qt::EditRole));
        QVERIFY(Edit::undo(ws()));
        QCOMPARE(velo.index(0, FollowupModel::Status).data(FollowupModel::StatusKeyRole).toString(), QStringLiteral("open"));
        // Removing the session removes its items.
        QVERIFY(Edit::removeSession(ws(), m_session));
        QCOMPARE(portfolio.rowCount(), 0);
        QCOMPARE(velo.rowCount(), 0);
    }

    void portfolioFiltersProductsWithItemsPastDue()
    {
        PortfolioModel model(ws());
        PortfolioFilterModel filter;
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 2);
        filter.setFollowupsPastDueOnly(true);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(PortfolioModel::ProductIdRole).toLongLong(), m_fixture->velo);
        filter.setFollowupsPastDueOnly(false);
        QCOMPARE(filter.rowCount(), 2);
    }

    void nextPrereadShowsTheFollowUp()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext) is not installed");
        QVERIFY(Edit::setFollowupStatus(ws(), itemOf(QStringLiteral("Hire a data analyst")).key, FollowupStatus::Done).ok());
        const auto dossier = RoadmapDossier::load(ws(), m_fixture->velo);
        QVERIFY(dossier);
        const QString path = m_tw->dir.filePath(QStringLiteral("preread.pdf"));
        QString error;
        QVERIFY2(PrereadDocument(*dossier).writePdf(path, &error), qPrintable(error));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString words = simplified(QString::fromUtf8(text.readAllStandardOutput()));
        QVERIFY2(words.contains(QStringLiteral("Follow-up of the last committee")), qPrintable(words.left(800)));
        for (const QString &item : {QStringLiteral("Measure the trips avoided in Lyon"), QStringLiteral("Sign the data agreement"),
                                    QStringLiteral("Show 500 monthly users"), QStringLiteral("Hire a data analyst"),
                                    QStringLiteral("regional bike counters")})
            QVERIFY2(words.contains(item), qPrintable(item));
        // "Open, past due" may wrap in its cell, beside the due date's year.
        QVERIFY2(words.contains(QRegularExpression(QStringLiteral("Open, past (\\d{4} )?due"))), qPrintable(words.left(1500)));
        QVERIFY(words.contains(QStringLiteral("Done")));
        // The follow-up comes before the review of the last six months.
        QVERIFY(words.indexOf(QStringLiteral("Follow-up of the last committee")) < words.indexOf(QStringLiteral("Review of the last six months")));
        // The bus has nothing to follow up, and says so.
        const QString html = PrereadDocument(*RoadmapDossier::load(ws(), m_fixture->bus)).html();
        QVERIFY(html.contains(QStringLiteral("No action, condition or blocker to follow up.")));
    }

    void nextDeckShowsTheFollowUp()
    {
        QVERIFY(Edit::setFollowupStatus(ws(), itemOf(QStringLiteral("Show 500 monthly users")).key, FollowupStatus::Dropped).ok());
        // The next committee, planned at the end of the provisional period.
        Session next = m_fixture->planned(QDateTime(provisionalEnd, QTime(10, 0)));
        next.products = {next.products.first()};
        const Result<qint64> created = Edit::createSession(ws(), next, SessionAgenda::defaultTemplate());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        const qint64 nextId = created.value();

        const CommitteeDeck deck(ws(), m_fixture->velo, nextId);
        QVERIFY2(deck.isValid(), qPrintable(deck.error()));
        int at = -1;
        for (int i = 0; i < deck.slideCount(); ++i) {
            if (deck.slides()[i].title == QStringLiteral("Follow-up of the last committee"))
                at = i;
        }
        QVERIFY(at > 3);
        const DeckSlide &slide = deck.slides()[at];
        QCOMPARE(slide.section, QStringLiteral("01"));
        const DeckTable &table = slide.blocks.first().table;
        QCOMPARE(table.rows.size(), 5);
        QCOMPARE(table.rows[0][1].text, QStringLiteral("Measure the trips avoided in Lyon"));
        QCOMPARE(table.rows[0][4].text, QStringLiteral("Open, past due"));
        QCOMPARE(table.rows[2][1].text, QStringLiteral("Show 500 monthly users"));
        QCOMPARE(table.rows[2][4].text, QStringLiteral("Dropped"));
        // The deck of the committee that took the decision does not follow itself up.
        const CommitteeDeck own(ws(), m_fixture->velo, m_session);
        for (const DeckSlide &s : own.slides())
            QVERIFY(s.title != QStringLiteral("Follow-up of the last committee"));

        const QString path = m_tw->dir.filePath(QStringLiteral("deck.odp"));
        QString error;
        QVERIFY2(deck.writeOdp(path, &error), qPrintable(error));
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("unzip is not installed");
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
        QVERIFY(unzip.waitForFinished());
        QXmlStreamReader xml(unzip.readAllStandardOutput());
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.qualifiedName() == QLatin1String("text:p"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        for (const QString &t : {QStringLiteral("Follow-up of the last committee"), QStringLiteral("Measure the trips avoided in Lyon"),
                                 QStringLiteral("Access to the regional bike counters"), QStringLiteral("Dropped")})
            QVERIFY2(texts.contains(t), qPrintable(t));
    }

    void followupsJson()
    {
        QVERIFY(Edit::setFollowupStatus(ws(), itemOf(QStringLiteral("Hire a data analyst")).key, FollowupStatus::Done, QStringLiteral("hired"),
                                        QStringLiteral("Anne Leroy"))
                    .ok());
        const QString db = m_tw->path();
        m_tw->ws.reset();  // the CLI opens the file itself
        const Test::Run run = Test::comite({QStringLiteral("followups"), QStringLiteral("--db"), db, QStringLiteral("--product"),
                                            QStringLiteral("velo-pour-tous"), QStringLiteral("--json"), QStringLiteral("--today"),
                                            QStringLiteral("2026-11-24")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray items = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(items.size(), 5);
        const QJsonObject first = items[0].toObject();
        QCOMPARE(first["product"].toString(), QStringLiteral("velo-pour-tous"));
        QCOMPARE(first["kind"].toString(), QStringLiteral("action"));
        QCOMPARE(first["text"].toString(), QStringLiteral("Measure the trips avoided in Lyon"));
        QCOMPARE(first["status"].toString(), QStringLiteral("open"));
        QCOMPARE(first["due"].toString(), QStringLiteral("2026-11-15"));
        QCOMPARE(first["past_due"].toBool(), true);
        QCOMPARE(first["decided_at"].toString(), QStringLiteral("2026-10-01"));
        QCOMPARE(first["session"].toInteger(), m_session);
        QCOMPARE(first["option"].toString(), QStringLiteral("provisional"));
        QCOMPARE(first["owner"].toString(), QStringLiteral("Claire Dubois"));
        QVERIFY(first["history"].toArray().isEmpty());
        const QJsonObject hired = items[3].toObject();
        QCOMPARE(hired["kind"].toString(), QStringLiteral("condition"));
        QCOMPARE(hired["status"].toString(), QStringLiteral("done"));
        QCOMPARE(hired["due"].toString(), QStringLiteral("2026-11-30"));
        const QJsonObject change = hired["history"].toArray().first().toObject();
        QCOMPARE(change["status"].toString(), QStringLiteral("done"));
        QCOMPARE(change["by"].toString(), QStringLiteral("Anne Leroy"));
        QCOMPARE(change["note"].toString(), QStringLiteral("hired"));
        QVERIFY(change["at"].toString().startsWith(QStringLiteral("2026-11-24T")));
        QCOMPARE(items[4].toObject()["kind"].toString(), QStringLiteral("blocker"));

        // The whole portfolio, only open items, and the plain listing.
        Test::Run open = Test::comite({QStringLiteral("followups"), QStringLiteral("--db"), db, QStringLiteral("--open"), QStringLiteral("--json")});
        QCOMPARE(open.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(open.out).array().size(), 4);
        const Test::Run text = Test::comite({QStringLiteral("followups"), QStringLiteral("--db"), db});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("Hire a data analyst")));
        // Errors: an unknown product (1), a bad option (2).
        QCOMPARE(Test::comite({QStringLiteral("followups"), QStringLiteral("--db"), db, QStringLiteral("--product"), QStringLiteral("nope")}).exitCode, 1);
        QCOMPARE(Test::comite({QStringLiteral("followups"), QStringLiteral("--db"), db, QStringLiteral("--bogus")}).exitCode, 2);
    }
};

QTEST_MAIN(TestFollowups)
#include "tst_followups.moc"
