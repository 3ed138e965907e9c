// `comite report programme` through the real binary, headless, on the demo
// portfolio: every format (PDF, ODT, CSV, HTML) written, --json figures
// (the same as the CSV's), --incubator and --from, and the exit codes
// (2 for usage: unknown report, format, suffix mismatch; 1 for an unknown
// incubator).

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Comite;

class TestProgrammeCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Test::Run report(const QStringList &extra)
    {
        return Test::comite(QStringList{QStringLiteral("report"), QStringLiteral("programme"), QStringLiteral("--db"), m_db,
                                        QStringLiteral("--today"), QStringLiteral("2026-11-24")}
                            + extra);
    }
    QString out(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = out(QStringLiteral("demo.sqlite"));
        QCOMPARE(Test::comite({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--today"),
                               QStringLiteral("2026-11-24")})
                     .exitCode,
                 0);
    }

    void formats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("start");  // the file's first bytes
        QTest::addColumn<QByteArray>("contains");
        QTest::newRow("pdf") << "pdf" << QByteArray("%PDF-") << QByteArray();
        QTest::newRow("odt") << "odt" << QByteArray("PK") << QByteArray("mimetypeapplication/vnd.oasis.opendocument.text");
        QTest::newRow("csv") << "csv" << QByteArray("programme report,all incubators,2026-11-24") << QByteArray("\r\nfunnel\r\n");
        QTest::newRow("html") << "html" << QByteArray("<!DOCTYPE html>") << QByteArray("Funnel per cohort");
    }

    void formats()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, contains);
        const QString path = out(QStringLiteral("programme.") + format);
        const Test::Run run = report({QStringLiteral("--format"), format, QStringLiteral("--out"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Programme report written"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.startsWith(start), bytes.left(80).constData());
        QVERIFY(bytes.contains(contains));
        QVERIFY(bytes.size() > (format == QLatin1String("csv") ? 500 : 5000));  // charts drawn in the documents
    }

    void json()
    {
        const Test::Run run = report({QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        // The demo: 14 products, each with a dated phase.
        QCOMPARE(o.value(QStringLiteral("products")).toInt(), 14);
        const QJsonObject total = o.value(QStringLiteral("funnel_total")).toObject();
        QCOMPARE(total.value(QStringLiteral("started")).toInt(), 14);
        int started = 0;
        for (const QJsonValue &c : o.value(QStringLiteral("funnel")).toArray())
            started += c[QStringLiteral("started")].toInt();
        QCOMPARE(started, 14);
        const QJsonArray phases = o.value(QStringLiteral("phases")).toArray();
        QCOMPARE(phases.size(), 4);
        QCOMPARE(phases[0][QStringLiteral("phase")].toString(), QStringLiteral("investigation"));
        QVERIFY(phases[0][QStringLiteral("survival")].isArray());
        // The demo's roadmaps have reviews: some periods are over with quantified results.
        const QJsonObject objectives = o.value(QStringLiteral("objectives_total")).toObject();
        QVERIFY(objectives.value(QStringLiteral("roadmaps")).toInt() > 0);
        QVERIFY(objectives.value(QStringLiteral("achieved")).toInt() <= objectives.value(QStringLiteral("roadmaps")).toInt());

        // --json with a file: the file is written and the figures printed.
        const QString path = out(QStringLiteral("with-json.csv"));
        const Test::Run both = report({QStringLiteral("--json"), QStringLiteral("--format"), QStringLiteral("csv"),
                                       QStringLiteral("--out"), path});
        QCOMPARE(both.exitCode, 0);
        QVERIFY(QFile::exists(path));
        QCOMPARE(QJsonDocument::fromJson(both.out).object(), o);
    }

    void fromYear()
    {
        const Test::Run all = report({QStringLiteral("--json")});
        const Test::Run later = report({QStringLiteral("--json"), QStringLiteral("--from"), QStringLiteral("2026")});
        QCOMPARE(later.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(later.out).object();
        QCOMPARE(o.value(QStringLiteral("from_year")).toInt(), 2026);
        QVERIFY(o.value(QStringLiteral("products")).toInt() < QJsonDocument::fromJson(all.out).object().value(QStringLiteral("products")).toInt());
        for (const QJsonValue &c : o.value(QStringLiteral("funnel")).toArray())
            QVERIFY(c[QStringLiteral("cohort")].toInt() >= 2026);
    }

    void errors()
    {
        const QString pdf = out(QStringLiteral("x.pdf"));
        // Usage errors: exit 2, nothing written.
        QCOMPARE(Test::comite({QStringLiteral("report"), QStringLiteral("budget"), QStringLiteral("--db"), m_db, QStringLiteral("--json")}).exitCode, 2);
        QCOMPARE(report({QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"), out(QStringLiteral("x.docx"))}).exitCode, 2);
        const Test::Run mismatch = report({QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("--out"), pdf});
        QCOMPARE(mismatch.exitCode, 2);
        QVERIFY(mismatch.err.contains("does not match --format odt"));
        QCOMPARE(report({QStringLiteral("--format"), QStringLiteral("pdf")}).exitCode, 2);
        QCOMPARE(report({}).exitCode, 2);
        QCOMPARE(report({QStringLiteral("--json"), QStringLiteral("--from"), QStringLiteral("last-year")}).exitCode, 2);
        QVERIFY(!QFile::exists(pdf));
        // An unknown incubator: exit 1, named.
        const Test::Run unknown = report({QStringLiteral("--incubator"), QStringLiteral("nowhere"), QStringLiteral("--format"),
                                          QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("nowhere"));
        QVERIFY(!QFile::exists(pdf));
    }

    void incubator()
    {
        const Test::Run products = Test::comite({QStringLiteral("products"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(products.out).array();
        QVERIFY(!list.isEmpty());
        const QString slug = list[0][QStringLiteral("incubator")].toString();
        QVERIFY2(!slug.isEmpty(), products.out.left(400).constData());
        const Test::Run run = report({QStringLiteral("--json"), QStringLiteral("--incubator"), slug});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QVERIFY(!o.value(QStringLiteral("scope")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("products")).toInt() >= 1);
    }
};

QTEST_MAIN(TestProgrammeCli)
#include "tst_programmecli.moc"
