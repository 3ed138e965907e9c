// The interface language: French translations are embedded and complete
// enough to read, chosen by --lang, and dates follow the chosen language.

#include "domain/displayformat.h"
#include "domain/phase.h"
#include "language.h"
#include "testsupport.h"

#include <QTest>

using namespace Comite;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frenchIsInstalled()
    {
        QCOMPARE(Language::install(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(Phases::label(Phase::Acceleration), QStringLiteral("Accélération"));
        QCOMPARE(DisplayFormat::duration(400), QStringLiteral("1 an et 1 mois"));
        QCOMPARE(DisplayFormat::duration(3), QStringLiteral("3 jours"));
        QCOMPARE(DisplayFormat::date(QDate(2026, 11, 24)), QStringLiteral("24/11/2026"));
    }

    void unsupportedLanguagesAreRefused()
    {
        QVERIFY(Language::isSupported(QStringLiteral("en")));
        QVERIFY(!Language::isSupported(QStringLiteral("de")));
    }

    void commandLineSpeaksTheChosenLanguage()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("l.sqlite"));
        QCOMPARE(Test::comite({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
        const Test::Run fr = Test::comite({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(fr.exitCode, 0);
        QVERIFY2(QString::fromUtf8(fr.out).contains(QStringLiteral("Produits")), fr.out.constData());
        const Test::Run en = Test::comite({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(QString::fromUtf8(en.out).contains(QStringLiteral("Products: 14")));
        const Test::Run bad = Test::comite({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
