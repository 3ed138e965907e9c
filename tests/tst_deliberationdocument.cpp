// DeliberationDocument: values in the document's language — French long
// dates (« 1er décembre 2026 »), amounts with non-breaking group spaces
// (« 1 500 000 € »), periods — and French spacing before : ; ! ? and
// inside « » (DisplayFormat::longDate, frenchSpacing).

#include "domain/displayformat.h"
#include "deliberation/deliberationdocument.h"

#include <QTest>

using namespace Comite;

class TestDeliberationDocument : public QObject
{
    Q_OBJECT

    static DeliberationDocument doc(QLocale::Language language)
    {
        DeliberationDocument d;
        d.locale = language == QLocale::French ? QLocale(QLocale::French, QLocale::France)
                                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
        return d;
    }

private Q_SLOTS:
    void longDate_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("french");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fr") << QDate(2026, 11, 24) << true << QStringLiteral("24 novembre 2026");
        QTest::newRow("fr first") << QDate(2026, 12, 1) << true << QStringLiteral("1er décembre 2026");
        QTest::newRow("en") << QDate(2026, 11, 24) << false << QStringLiteral("24 November 2026");
        QTest::newRow("en first") << QDate(2026, 12, 1) << false << QStringLiteral("1 December 2026");
        QTest::newRow("none") << QDate() << true << QString();
    }

    void longDate()
    {
        QFETCH(QDate, day);
        QFETCH(bool, french);
        QFETCH(QString, expected);
        const QLocale locale = french ? QLocale(QLocale::French, QLocale::France) : QLocale(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(DisplayFormat::longDate(day, locale), expected);
    }

    void frenchMoney()
    {
        const QString amount = doc(QLocale::French).money(1500000);
        // Digits grouped by three with a non-breaking (narrow) space, and a
        // non-breaking space before the euro sign: never split on a line.
        QString normalised = amount;
        normalised.replace(QChar(0x202f), u' ').replace(QChar(0x00a0), u' ');
        QCOMPARE(normalised, QStringLiteral("1 500 000 €"));
        QVERIFY(!amount.contains(u' '));
        QCOMPARE(doc(QLocale::English).money(1500000), QStringLiteral("€1,500,000"));
        QCOMPARE(doc(QLocale::French).money(std::nullopt), QStringLiteral("—"));
    }

    void period()
    {
        const DeliberationDocument en = doc(QLocale::English);
        QCOMPARE(en.period(QDate(2026, 12, 1), QDate(2027, 5, 31)), QStringLiteral("from 1 December 2026 to 31 May 2027"));
        QCOMPARE(en.period({}, {}), QStringLiteral("—"));
        QCOMPARE(en.period(QDate(2026, 12, 1), {}), QStringLiteral("from 1 December 2026"));
    }

    void frenchSpacing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString nbsp(QChar(0x00a0)), narrow(QChar(0x202f));
        QTest::newRow("colon") << QStringLiteral("Montant : 5") << QStringLiteral("Montant") + nbsp + QStringLiteral(": 5");
        QTest::newRow("semicolon") << QStringLiteral("a ; b") << QStringLiteral("a") + narrow + QStringLiteral("; b");
        QTest::newRow("question") << QStringLiteral("Vraiment ?") << QStringLiteral("Vraiment") + narrow + u'?';
        QTest::newRow("quotes") << QStringLiteral("« Oui »") << QStringLiteral("«") + nbsp + QStringLiteral("Oui") + nbsp + QStringLiteral("»");
        QTest::newRow("percent") << QStringLiteral("30 %") << QStringLiteral("30") + nbsp + u'%';
        QTest::newRow("time and url untouched") << QStringLiteral("14:05 https://x.fr") << QStringLiteral("14:05 https://x.fr");
    }

    void frenchSpacing()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(DisplayFormat::frenchSpacing(text), expected);
        QCOMPARE(doc(QLocale::French).typeset(text), expected);
        QCOMPARE(doc(QLocale::English).typeset(text), text);  // English keeps its spaces
    }

    void blocks()
    {
        DeliberationDocument d = doc(QLocale::English);
        d.heading(QStringLiteral("Title"), 1);
        d.facts({});
        d.tableOr({QStringLiteral("A")}, {}, QStringLiteral("None."));
        d.image(QImage(), QStringLiteral("x"), QStringLiteral("nothing"));
        QCOMPARE(d.blocks.size(), 2);  // no empty facts, no null image
        QCOMPARE(d.blocks[1].kind, DocBlock::Paragraph);
        QVERIFY(d.blocks[1].muted);
        QCOMPARE(d.factLabel(QStringLiteral("Amount")), QStringLiteral("Amount:"));
        QCOMPARE(doc(QLocale::French).factLabel(QStringLiteral("Montant")), QStringLiteral("Montant") + QChar(0x00a0) + u':');
    }
};

QTEST_GUILESS_MAIN(TestDeliberationDocument)
#include "tst_deliberationdocument.moc"
