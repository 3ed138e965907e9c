// `comite export-deliberation` and `comite export-history` on the demo
// portfolio, through the real binary, headless: every format, French and
// English, the procurement notice, sections left out, imported committees
// in the history, and the exit codes (2 for usage, 1 for errors).

#include "commands/deliberationedits.h"
#include "deliberationfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Comite;

class TestDeliberationCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_session;
    qint64 m_amount = 0;  // granted to Vélo pour tous (the demo may change it)

    QString english() const { return QLocale(QLocale::English, QLocale::UnitedKingdom).toCurrencyString(double(m_amount), QStringLiteral("€"), 0); }

    QString out(const QString &name) const { return m_dir.filePath(name); }

    Test::Run exportSession(const QStringList &extra)
    {
        return Test::comite(QStringList{QStringLiteral("export-deliberation"), QStringLiteral("--db"), m_db,
                                        QStringLiteral("--today"), QStringLiteral("2026-11-24")}
                            + extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = out(QStringLiteral("demo.sqlite"));
        QCOMPARE(Test::comite({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--today"),
                               QStringLiteral("2026-11-24")})
                     .exitCode,
                 0);
        const Test::Run list = Test::comite({QStringLiteral("sessions"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array()) {
            if (v[QStringLiteral("products")].toArray().size() == 2 && v[QStringLiteral("status")].toString() == u"held")
                m_session = QString::number(v[QStringLiteral("id")].toInteger());
        }
        QVERIFY(!m_session.isEmpty());
        const Test::Run session = Test::comite({QStringLiteral("session"), m_session, QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        for (const QJsonValue &d : QJsonDocument::fromJson(session.out).object().value(QStringLiteral("decisions")).toArray()) {
            if (d[QStringLiteral("product")].toString() == u"velo-pour-tous")
                m_amount = d[QStringLiteral("amount")].toInteger();
        }
        QVERIFY(m_amount >= 1000);
    }

    void formats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("pdf") << QStringLiteral("pdf");
        QTest::newRow("odt") << QStringLiteral("odt");
        QTest::newRow("md") << QStringLiteral("md");
        QTest::newRow("html") << QStringLiteral("html");
    }

    void formats()
    {
        QFETCH(QString, format);
        const QString file = out(QStringLiteral("deliberation.") + format);
        const Test::Run run = exportSession({QStringLiteral("--session"), m_session, QStringLiteral("--format"), format,
                                             QStringLiteral("--out"), file, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Deliberation written to"));
        QString text = format == u"pdf" ? Test::pdfText(file) : format == u"odt" ? Test::odtContent(file) : Test::fileText(file);
        if (text.isEmpty())
            QSKIP("No reader for this format here");
        text.replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ');
        QVERIFY(text.contains(QStringLiteral("Vélo pour tous")));
        QVERIFY(text.contains(QStringLiteral("Bus à la demande")));
        QVERIFY(text.contains(english()));
        QVERIFY(text.contains(QStringLiteral("Nicolas Petit")));
        QVERIFY(text.contains(QStringLiteral("Version 1 · draft")));
    }

    void french()
    {
        const QString file = out(QStringLiteral("fr.md"));
        const Test::Run run = exportSession({QStringLiteral("--session"), m_session, QStringLiteral("--format"), QStringLiteral("md"),
                                             QStringLiteral("--out"), file, QStringLiteral("--lang"), QStringLiteral("fr")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = Test::fileText(file);
        QVERIFY(text.contains(QStringLiteral("août 2026")));
        const QString thousands = QString::number(m_amount / 1000);
        const QString units = QStringLiteral("%1").arg(m_amount % 1000, 3, 10, QLatin1Char('0'));
        QVERIFY(text.contains(thousands + QChar(0x202f) + units + QChar(0x00a0) + QStringLiteral("€"))
                || text.contains(thousands + QChar(0x00a0) + units + QChar(0x00a0) + QStringLiteral("€")));
        QVERIFY(!text.contains(thousands + u' ' + units + QStringLiteral(" €")));  // never an ordinary space inside an amount
    }

    // A fresh user's demo deliberation: civilities that make roles and
    // attendance agree, an excused member, the quorum, the votes, the actual
    // times and the committee's opinion on each roadmap.
    void demoHasVotesCivilitiesAndQuorum()
    {
        const QString file = out(QStringLiteral("demo-fr.md"));
        const Test::Run run = exportSession({QStringLiteral("--session"), m_session, QStringLiteral("--format"), QStringLiteral("md"),
                                             QStringLiteral("--out"), file, QStringLiteral("--lang"), QStringLiteral("fr")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QString text = Test::fileText(file);
        text.replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ');
        for (const char *expected : {"Mme Sophie Marchal", "Présidente", "M. Jean-Luc Bernard", "excusé", "Quorum",
                                     "3 membres votants présents", "14 h 02 – 16 h 05", "2 pour", "1 abstention",
                                     "Une feuille de route ambitieuse et mesurable"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        const QString english = out(QStringLiteral("demo-en.md"));
        QCOMPARE(exportSession({QStringLiteral("--session"), m_session, QStringLiteral("--format"), QStringLiteral("md"),
                                QStringLiteral("--out"), english, QStringLiteral("--lang"), QStringLiteral("en")})
                     .exitCode,
                 0);
        const QString en = Test::fileText(english);
        for (const char *expected : {"Unanimous", "2 for, 0 against, 1 abstention", "Held:** 14:02 – 16:05", "Roadmap as approved",
                                     "Means requested and granted", "Spending over the last period",
                                     "Introduction and round of the table"})
            QVERIFY2(en.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(!en.contains(QStringLiteral("Introduction et tour de table")));
    }

    void procurementAndLeaveOut()
    {
        // The procurement office acts on a final deliberation only.
        const QString notice = out(QStringLiteral("notice.md"));
        Test::Run run = exportSession({QStringLiteral("--session"), m_session, QStringLiteral("--format"), QStringLiteral("md"),
                                       QStringLiteral("--out"), notice, QStringLiteral("--procurement")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("draft"));
        QVERIFY(!QFile::exists(notice));
        {
            Workspace ws(Database::open(m_db));
            const Result<void> finalised = Edit::markDeliberationFinal(ws, m_session.toLongLong());
            QVERIFY2(finalised, qPrintable(finalised ? QString() : finalised.error().message));
        }
        run = exportSession({QStringLiteral("--session"), m_session, QStringLiteral("--format"), QStringLiteral("md"),
                             QStringLiteral("--out"), notice, QStringLiteral("--procurement")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(Test::fileText(notice).contains(QStringLiteral("Notice to the procurement office")));
        QVERIFY(!Test::fileText(notice).contains(QStringLiteral("Arbitration grid")));

        const QString shortened = out(QStringLiteral("short.md"));
        run = exportSession({QStringLiteral("--session"), m_session, QStringLiteral("--format"), QStringLiteral("md"),
                             QStringLiteral("--out"), shortened, QStringLiteral("--omit"), QStringLiteral("scores,notes")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = Test::fileText(shortened);
        QVERIFY(!text.contains(QStringLiteral("Arbitration grid")));
        QVERIFY(!text.contains(QStringLiteral("Secretary's notes")));
        QVERIFY(text.contains(QStringLiteral("| Planned |")));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString md = QStringLiteral("x.md");
        QTest::newRow("no format") << QStringList{QStringLiteral("--session"), QStringLiteral("1"), QStringLiteral("--out"), md} << 2;
        QTest::newRow("bad format") << QStringList{QStringLiteral("--session"), QStringLiteral("1"), QStringLiteral("--format"),
                                                   QStringLiteral("docx"), QStringLiteral("--out"), md}
                                    << 2;
        QTest::newRow("bad id") << QStringList{QStringLiteral("--session"), QStringLiteral("abc"), QStringLiteral("--format"),
                                               QStringLiteral("md"), QStringLiteral("--out"), md}
                                << 2;
        QTest::newRow("bad omit") << QStringList{QStringLiteral("--session"), QStringLiteral("1"), QStringLiteral("--format"),
                                                 QStringLiteral("md"), QStringLiteral("--out"), md, QStringLiteral("--omit"),
                                                 QStringLiteral("budget")}
                                  << 2;
        QTest::newRow("odt named for pdf") << QStringList{QStringLiteral("--session"), QStringLiteral("1"), QStringLiteral("--format"),
                                                          QStringLiteral("pdf"), QStringLiteral("--out"), md}
                                           << 2;
        QTest::newRow("no session") << QStringList{QStringLiteral("--session"), QStringLiteral("999"), QStringLiteral("--format"),
                                                   QStringLiteral("md"), QStringLiteral("--out"), md}
                                    << 1;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        for (QString &a : arguments) {
            if (a == u"x.md")
                a = out(a);
        }
        const Test::Run run = exportSession(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(out(QStringLiteral("x.md"))));
    }

    void missingDatabase()
    {
        const Test::Run run = Test::comite({QStringLiteral("export-deliberation"), QStringLiteral("--session"), QStringLiteral("1"),
                                            QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--out"),
                                            out(QStringLiteral("y.md")), QStringLiteral("--db"), out(QStringLiteral("none.sqlite"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(out(QStringLiteral("none.sqlite"))));
    }

    void history()
    {
        // One of the product's committees as if imported from beta.gouv.fr.
        {
            auto db = Database::open(m_db);
            db->exec(QStringLiteral("UPDATE sessions SET origin = 'betagouv' WHERE id = (SELECT min(s.id) FROM sessions s "
                                    "JOIN session_products sp ON sp.session_id = s.id JOIN products p ON p.id = sp.product_id "
                                    "WHERE p.slug = 'velo-pour-tous')"));
        }
        const QString file = out(QStringLiteral("history.md"));
        const Test::Run run = Test::comite({QStringLiteral("export-history"), QStringLiteral("--product"), QStringLiteral("velo-pour-tous"),
                                            QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--out"), file,
                                            QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Committee history written to"));
        const QString text = Test::fileText(file);
        QVERIFY(text.startsWith(QStringLiteral("# Committee history — Vélo pour tous")));
        QVERIFY(text.contains(QStringLiteral("| beta.gouv.fr |")));
        QVERIFY(text.contains(QStringLiteral("| Comité |")));
        QVERIFY(text.contains(english()));
        QVERIFY(text.contains(QStringLiteral("imported from beta.gouv.fr")));
        QVERIFY(text.contains(QStringLiteral("held in Comité")));
        // Every held committee of the product has its row.
        const Test::Run json = Test::comite({QStringLiteral("product"), QStringLiteral("velo-pour-tous"), QStringLiteral("--db"), m_db,
                                             QStringLiteral("--json")});
        const int committees = int(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("committees")).toArray().size());
        QVERIFY(committees >= 2);
        const int rows = int(text.count(QStringLiteral("\n| ")) - 2);  // less the header and its rule
        QCOMPARE(rows, committees);

        for (const QString format : {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html")}) {
            const Test::Run r = Test::comite({QStringLiteral("export-history"), QStringLiteral("--product"), QStringLiteral("velo-pour-tous"),
                                              QStringLiteral("--format"), format, QStringLiteral("--out"),
                                              out(QStringLiteral("history.") + format), QStringLiteral("--db"), m_db});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(QFileInfo(out(QStringLiteral("history.") + format)).size() > 500);
        }
        QCOMPARE(Test::comite({QStringLiteral("export-history"), QStringLiteral("--product"), QStringLiteral("nope"), QStringLiteral("--format"),
                               QStringLiteral("md"), QStringLiteral("--out"), out(QStringLiteral("n.md")), QStringLiteral("--db"), m_db})
                     .exitCode,
                 1);
        QCOMPARE(Test::comite({QStringLiteral("export-history"), QStringLiteral("--product"), QStringLiteral("velo-pour-tous"),
                               QStringLiteral("--out"), out(QStringLiteral("n.md")), QStringLiteral("--db"), m_db})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestDeliberationCli)
#include "tst_deliberationcli.moc"
