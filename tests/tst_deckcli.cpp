// `comite export-deck`: a PDF and an ODP for every demo product in
// construction or later, 16:9 with one page per slide; a session's deck;
// usage errors (exit 2) for a wrong extension or session, failures (exit 1)
// for an unknown product or session.

#include "demo/demoportfolio.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Comite;

class TestDeckCli : public QObject
{
    Q_OBJECT

private:
    static QString pdfinfo(const QString &path)
    {
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        info.waitForFinished();
        return QString::fromUtf8(info.readAllStandardOutput());
    }

private Q_SLOTS:
    void everyDemoProductInConstructionOrLater()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("poppler-utils is not installed");
        Test::TempWorkspace t;
        DemoPortfolio::write(t->database(), t->today(), false);
        int decks = 0;
        for (const ProductSummary &s : t->products().summaries()) {
            const auto phase = s.status(t->today()).currentPhase;
            if (!phase || !(*phase == Phase::Construction || *phase == Phase::Acceleration || *phase == Phase::Consolidation))
                continue;
            const QString pdf = t.dir.filePath(s.slug + QStringLiteral(".pdf"));
            const Test::Run run = Test::comite({QStringLiteral("export-deck"), QStringLiteral("--product"), s.slug, QStringLiteral("--out"), pdf,
                                                QStringLiteral("--db"), t.path(), QStringLiteral("--json")});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QJsonObject o = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(o.value(QStringLiteral("product")).toString(), s.slug);
            QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
            const int slides = o.value(QStringLiteral("slides")).toInt();
            QVERIFY(slides >= 10);
            const QString info = pdfinfo(pdf);
            QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(slides))), qPrintable(info));
            const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
            QVERIFY(size.hasMatch());
            QVERIFY(qAbs(size.captured(1).toDouble() / size.captured(2).toDouble() - 16.0 / 9.0) < 0.01);
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(text.waitForFinished());
            const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
            const QString pitch = t->products().load(s.id)->pitch.simplified();
            QVERIFY2(words.contains(pitch.left(40)), qPrintable(s.slug));
            for (const QString &section : {QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03")})
                QVERIFY(words.contains(section));
            const QString odp = t.dir.filePath(s.slug + QStringLiteral(".odp"));
            const Test::Run odpRun = Test::comite({QStringLiteral("export-deck"), QStringLiteral("--product"), s.slug, QStringLiteral("--out"),
                                                   odp, QStringLiteral("--db"), t.path()});
            QVERIFY2(odpRun.exitCode == 0, odpRun.err.constData());
            QVERIFY(QFileInfo(odp).size() > 1000);
            ++decks;
        }
        QVERIFY(decks >= 5);
    }

    void sessionDeckAndErrors()
    {
        Test::TempWorkspace t;
        DemoPortfolio::write(t->database(), t->today(), false);
        qint64 sessionId = 0;
        for (const SessionSummary &s : t->sessions().summaries()) {
            if (s.productSlugs.contains(QStringLiteral("velo-pour-tous")) && s.status == SessionStatus::Held)
                sessionId = s.id;
        }
        QVERIFY(sessionId > 0);
        const QString base = t.dir.filePath(QStringLiteral("deck"));
        auto run = [&](const QStringList &extra) {
            return Test::comite(QStringList{QStringLiteral("export-deck"), QStringLiteral("--db"), t.path()} + extra);
        };
        Test::Run ok = run({QStringLiteral("--product"), QStringLiteral("velo-pour-tous"), QStringLiteral("--session"),
                            QString::number(sessionId), QStringLiteral("--out"), base + QStringLiteral(".pdf"), QStringLiteral("--json")});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(ok.out).object();
        QCOMPARE(o.value(QStringLiteral("session")).toInteger(), sessionId);
        QCOMPARE(o.value(QStringLiteral("asOf")).toString(), t->sessions().load(sessionId)->date().toString(Qt::ISODate));
        QCOMPARE(run({QStringLiteral("--product"), QStringLiteral("velo-pour-tous"), QStringLiteral("--out"), base + QStringLiteral(".pptx")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--product"), QStringLiteral("velo-pour-tous")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--product"), QStringLiteral("velo-pour-tous"), QStringLiteral("--session"), QStringLiteral("x"),
                      QStringLiteral("--out"), base + QStringLiteral(".pdf")}).exitCode, 2);
        const Test::Run unknown = run({QStringLiteral("--product"), QStringLiteral("nope"), QStringLiteral("--out"), base + QStringLiteral(".pdf")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("nope"));
        QCOMPARE(run({QStringLiteral("--product"), QStringLiteral("velo-pour-tous"), QStringLiteral("--session"), QStringLiteral("99999"),
                      QStringLiteral("--out"), base + QStringLiteral(".pdf")}).exitCode, 1);
    }
};

QTEST_MAIN(TestDeckCli)
#include "tst_deckcli.moc"
