// The session commands through the real binary against the demo: `sessions
// --json`, `session ID --json` (keys and types of the contract), the demo's
// held and planned sessions, `close-session` refusing with the undecided
// products named (exit 1) then closing, usage errors (exit 2), and
// `agenda-pdf` writing a searchable PDF.

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Comite;

namespace {
const QString today = QStringLiteral("2026-11-24");

QJsonDocument parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("JSON: %s", qPrintable(error.errorString()));
    return doc;
}

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

bool hasAll(const QJsonObject &o, const QStringList &wanted)
{
    for (const QString &k : wanted) {
        if (!o.contains(k)) {
            qWarning("missing key %s in %s", qPrintable(k), qPrintable(keys(o).join(u',')));
            return false;
        }
    }
    return true;
}
} // namespace

class TestSessionCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    qint64 m_held = 0;
    qint64 m_planned = 0;

    QString copyOfDemo(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::copy(m_demo, path);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Test::Run run = Test::comite({"demo", "--db", m_demo, "--today", today});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void sessionsList()
    {
        const Test::Run run = Test::comite({"sessions", "--db", m_demo, "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = parse(run.out).array();
        // Every committee recorded in the demo is a held session too.
        QVERIFY(list.size() > 2);
        int held = 0, planned = 0;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            QVERIFY(hasAll(o, {"id", "date", "status", "products"}));
            QVERIFY(o.value(u"id").isDouble());
            QVERIFY(QDate::fromString(o.value(u"date").toString(), Qt::ISODate).isValid());
            QVERIFY(o.value(u"products").isArray());
            const QString status = o.value(u"status").toString();
            QVERIFY(QStringList({"planned", "running", "held"}).contains(status));
            const QJsonArray products = o.value(u"products").toArray();
            if (status == u"planned") {
                ++planned;
                m_planned = o.value(u"id").toInteger();
                QCOMPARE(products, (QJsonArray{"cantine-locale", "renov-facile"}));
                QVERIFY(o.value(u"date").toString() > today);
            }
            if (status == u"held" && products.size() == 2) {
                ++held;
                m_held = o.value(u"id").toInteger();
                QCOMPARE(products, (QJsonArray{"velo-pour-tous", "bus-a-la-demande"}));
                QVERIFY(o.value(u"date").toString() < today);
            }
        }
        QCOMPARE(planned, 1);
        QCOMPARE(held, 1);
        // Oldest first.
        for (int i = 1; i < list.size(); ++i)
            QVERIFY(list[i - 1][QStringLiteral("date")].toString() <= list[i][QStringLiteral("date")].toString());

        const Test::Run text = Test::comite({"sessions", "--db", m_demo});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Vélo pour tous, Bus à la demande"));
    }

    void heldSessionInFull()
    {
        QVERIFY(m_held > 0);
        const Test::Run run = Test::comite({"session", QString::number(m_held), "--db", m_demo, "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject s = parse(run.out).object();
        QVERIFY(hasAll(s, {"id", "date", "status", "products", "participants", "agenda", "scores", "decisions", "notes"}));
        QCOMPARE(s.value(u"id").toInteger(), m_held);
        QCOMPARE(s.value(u"status").toString(), QStringLiteral("held"));
        QCOMPARE(s.value(u"products").toArray()[0].toObject(),
                 (QJsonObject{{"slug", "velo-pour-tous"}, {"title", "Vélo pour tous"}}));

        const QJsonArray participants = s.value(u"participants").toArray();
        QVERIFY(participants.size() >= 5);
        for (const QJsonValue &v : participants) {
            QVERIFY(hasAll(v.toObject(), {"name", "organisation", "role", "present"}));
            QVERIFY(v[QStringLiteral("present")].isBool());
        }
        QCOMPARE(participants[0][QStringLiteral("role")].toString(), QStringLiteral("chair"));

        const QJsonArray agenda = s.value(u"agenda").toArray();
        QCOMPARE(agenda.size(), 8);
        for (const QJsonValue &v : agenda) {
            QVERIFY(hasAll(v.toObject(), {"product", "title", "planned_minutes", "actual_seconds"}));
            QVERIFY(v[QStringLiteral("actual_seconds")].isDouble());  // every duration recorded
            QVERIFY(v[QStringLiteral("planned_minutes")].isDouble());
        }
        QVERIFY(agenda[0][QStringLiteral("product")].isNull());
        QCOMPARE(agenda[2][QStringLiteral("product")].toString(), QStringLiteral("velo-pour-tous"));

        const QJsonArray scores = s.value(u"scores").toArray();
        QSet<QString> members;
        for (const QJsonValue &v : scores) {
            QVERIFY(hasAll(v.toObject(), {"member", "question", "score", "comment"}));
            const int q = v[QStringLiteral("question")].toInt();
            const int score = v[QStringLiteral("score")].toInt();
            QVERIFY(q >= 1 && q <= 10);
            QVERIFY(score >= 0 && score <= 5);
            members.insert(v[QStringLiteral("member")].toString());
        }
        QCOMPARE(members.size(), 3);
        QCOMPARE(scores.size(), 3 * 10 * 2);

        const QJsonArray decisions = s.value(u"decisions").toArray();
        QCOMPARE(decisions.size(), 2);  // every product decided
        for (const QJsonValue &v : decisions)
            QVERIFY(hasAll(v.toObject(), {"product", "option", "amount", "period_start", "period_end", "phase_change",
                                          "objectives", "blockers", "conditions", "actions"}));
        const QJsonObject velo = decisions[0].toObject();
        QCOMPARE(velo.value(u"product").toString(), QStringLiteral("velo-pour-tous"));
        QCOMPARE(velo.value(u"option").toString(), QStringLiteral("continue"));
        QCOMPARE(velo.value(u"amount").toInteger(), 230000);
        QVERIFY(velo.value(u"phase_change").isNull());
        QCOMPARE(velo.value(u"objectives").toArray().size(), 3);
        QCOMPARE(velo.value(u"blockers").toArray()[0][QStringLiteral("owner")].toString(), QStringLiteral("DGALN"));
        QCOMPARE(decisions[1][QStringLiteral("option")].toString(), QStringLiteral("continue-reduced"));
        QVERIFY(!s.value(u"notes").toArray().isEmpty());
    }

    void timelineKeepsTheDemoCommittees()
    {
        // The held session replaced the committee recorded on its date:
        // same date, decision and comment, no extra committee.
        const Test::Run run = Test::comite({"product", "velo-pour-tous", "--db", m_demo, "--json", "--today", today});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray committees = parse(run.out).object().value(u"committees").toArray();
        QCOMPARE(committees.size(), 4);
        const QJsonObject last = committees.last().toObject();
        QCOMPARE(last.value(u"decision").toString(), QStringLiteral("continue"));
        QVERIFY(last.value(u"comment").toString().startsWith(QStringLiteral("Revue d'étape")));
    }

    void plannedSession()
    {
        const Test::Run run = Test::comite({"session", QString::number(m_planned), "--db", m_demo, "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject s = parse(run.out).object();
        QCOMPARE(s.value(u"status").toString(), QStringLiteral("planned"));
        QVERIFY(s.value(u"decisions").toArray().isEmpty());
        QVERIFY(s.value(u"scores").toArray().isEmpty());
        QCOMPARE(s.value(u"agenda").toArray().size(), 8);
        QVERIFY(s.value(u"agenda").toArray()[0][QStringLiteral("actual_seconds")].isNull());
        const Test::Run text = Test::comite({"session", QString::number(m_planned), "--db", m_demo});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Cantine locale"));
    }

    void closeSessionNamesUndecidedProducts()
    {
        const QString db = copyOfDemo(QStringLiteral("close.sqlite"));
        const Test::Run run = Test::comite({"close-session", QString::number(m_planned), "--db", db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("Cantine locale")) && QString::fromUtf8(run.err).contains(QStringLiteral("Rénov")) && !run.err.contains("cantine-locale"), run.err.constData());
        const Test::Run still = Test::comite({"session", QString::number(m_planned), "--db", db, "--json"});
        QCOMPARE(parse(still.out).object().value(u"status").toString(), QStringLiteral("planned"));
        // A held session closes again without complaint.
        const Test::Run again = Test::comite({"close-session", QString::number(m_held), "--db", db});
        QCOMPARE(again.exitCode, 0);
    }

    void usageAndMissing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("session: no id") << QStringList{"session", "--db", "DB"} << 2;
        QTest::newRow("session: not a number") << QStringList{"session", "abc", "--db", "DB"} << 2;
        QTest::newRow("session: two ids") << QStringList{"session", "1", "2", "--db", "DB"} << 2;
        QTest::newRow("session: unknown option") << QStringList{"session", "1", "--bogus", "--db", "DB"} << 2;
        QTest::newRow("session: missing") << QStringList{"session", "9999", "--db", "DB", "--json"} << 1;
        QTest::newRow("sessions: extra word") << QStringList{"sessions", "extra", "--db", "DB"} << 2;
        QTest::newRow("close-session: no id") << QStringList{"close-session", "--db", "DB"} << 2;
        QTest::newRow("close-session: zero") << QStringList{"close-session", "0", "--db", "DB"} << 2;
        QTest::newRow("close-session: missing") << QStringList{"close-session", "9999", "--db", "DB"} << 1;
        QTest::newRow("sessions: no database") << QStringList{"sessions", "--db", "/nonexistent/x.sqlite"} << 1;
        QTest::newRow("agenda-pdf: no output") << QStringList{"agenda-pdf", "1", "--db", "DB"} << 2;
    }

    void usageAndMissing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        arguments.replaceInStrings(QStringLiteral("DB"), m_demo);
        const Test::Run run = Test::comite(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
        if (exitCode == 1 && arguments.contains(QStringLiteral("9999")))
            QVERIFY2(run.err.contains("No session 9999"), run.err.constData());
    }

    void agendaPdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("agenda.pdf"));
        const Test::Run run = Test::comite({"agenda-pdf", QString::number(m_planned), "--db", m_demo, "--output", pdf});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (!text.waitForFinished(30000) || text.exitCode() != 0)
            QSKIP("pdftotext is not installed");
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        // The demo's agenda was made in French: its default titles print in
        // the document's language, the titles typed by hand as typed.
        for (const char *expected : {"Agenda", "Cantine locale", "Rénov'Facile", "Introduction and round of the table",
                                     "Résultats de l'investigation", "Sophie Marchal", "Chair", "10:00", "11:50"})
            QVERIFY2(content.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(!content.contains(QStringLiteral("Introduction et tour de table")));
        QVERIFY(!content.contains(QStringLiteral("10:00:00")));

        // In French: French times and roles that agree with the participant.
        const QString french = m_dir.filePath(QStringLiteral("ordre-du-jour.pdf"));
        const Test::Run fr = Test::comite({"agenda-pdf", QString::number(m_planned), "--db", m_demo, "--output", french, "--lang", "fr"});
        QVERIFY2(fr.exitCode == 0, fr.err.constData());
        text.start(QStringLiteral("pdftotext"), {french, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString frContent = QString::fromUtf8(text.readAllStandardOutput()).replace(QChar(0x00a0), u' ');
        for (const char *expected : {"Ordre du jour", "Introduction et tour de table", "10 h", "11 h 50", "Mme Sophie Marchal",
                                     "Présidente"})
            QVERIFY2(frContent.contains(QString::fromUtf8(expected)), expected);
    }
};

QTEST_GUILESS_MAIN(TestSessionCli)
#include "tst_sessioncli.moc"
