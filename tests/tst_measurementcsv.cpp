// MeasurementCsv: one folder per case in data/measurementcsv holding the
// input file and the expected rows or problems (line numbers included),
// plus number and date parsing tables, and a 10,000-line file.

#include "io/measurementcsv.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Comite;

namespace {
QList<Indicator> indicators()
{
    Indicator users;
    users.id = 11;
    users.name = QStringLiteral("Utilisateurs actifs");
    Indicator jobs;
    jobs.id = 12;
    jobs.name = QStringLiteral("Emplois pourvus");
    return {users, jobs};
}

QString dataDir()
{
    return QStringLiteral(COMITE_TEST_DATA "/measurementcsv");
}
} // namespace

class TestMeasurementCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cases_data()
    {
        QTest::addColumn<QString>("folder");
        for (const QString &name : QDir(dataDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::newRow(qPrintable(name)) << name;
    }

    void cases()
    {
        QFETCH(QString, folder);
        const QString dir = dataDir() + u'/' + folder;
        const MeasurementCsvResult result = MeasurementCsv::read(dir + QStringLiteral("/input.csv"), indicators(), Test::fixedToday);
        QStringList actual;
        if (result.problems.isEmpty()) {
            for (const MeasurementCsvRow &r : result.rows)
                actual << QStringLiteral("%1|%2|%3|%4|%5")
                              .arg(r.line)
                              .arg(r.date.toString(Qt::ISODate), r.indicatorName, QString::number(r.value, 'g', 12), r.comment);
        } else {
            for (const MeasurementCsvProblem &p : result.problems)
                actual << QStringLiteral("%1: %2").arg(p.line).arg(p.message);
        }
        QFile expectedFile(dir + QStringLiteral("/expected.txt"));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QStringList expected = QString::fromUtf8(expectedFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(actual, expected);
        QCOMPARE(result.ok(), result.problems.isEmpty());
    }

    void separatorAndMeasurements()
    {
        const MeasurementCsvResult r = MeasurementCsv::parse("date,indicator,value\n2026-01-01,Emplois pourvus,3\n", indicators(),
                                                             Test::fixedToday);
        QCOMPARE(r.separator, QChar(u','));
        QCOMPARE(r.measurements(), (QList<Measurement>{{0, 12, {2026, 1, 1}, 3, {}}}));
        QCOMPARE(MeasurementCsv::parse("date;indicator;value\n", indicators(), Test::fixedToday).problems[0].message,
                 QStringLiteral("The file holds no measurement."));
        QCOMPARE(MeasurementCsv::parse("", indicators(), Test::fixedToday).problems[0].line, 0);
        const MeasurementCsvResult latin1 = MeasurementCsv::parse("date;indicator;value\n2026-01-01;Pr\xe9sence;3\n", indicators(),
                                                                  Test::fixedToday);
        QCOMPARE(latin1.problems[0].message, QStringLiteral("The file is not UTF-8 text."));
        QCOMPARE(latin1.problemLines(QStringLiteral("a.csv")), QStringList{"a.csv: The file is not UTF-8 text."});
        const MeasurementCsvResult bad = MeasurementCsv::parse("date;indicator;value\n2026-01-01;X;3\n", indicators(), Test::fixedToday);
        QCOMPARE(bad.problemLines(QStringLiteral("a.csv")), QStringList{"a.csv:2: No indicator “X” in this product."});
        QVERIFY(MeasurementCsv::read(QStringLiteral("/nonexistent/file.csv"), indicators(), Test::fixedToday)
                    .problems[0].message.startsWith(QStringLiteral("Cannot read the file")));
    }

    void number_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("integer") << "1234" << 1234.0 << true;
        QTest::newRow("decimal comma") << "1234,5" << 1234.5 << true;
        QTest::newRow("decimal point") << "1234.5" << 1234.5 << true;
        QTest::newRow("spaced thousands") << "1 234 567,25" << 1234567.25 << true;
        QTest::newRow("non-breaking space") << QStringLiteral("1\u00a0234,5") << 1234.5 << true;
        QTest::newRow("narrow non-breaking space") << QStringLiteral("1\u202f234,5") << 1234.5 << true;
        QTest::newRow("dotted thousands, decimal comma") << "1.234,5" << 1234.5 << true;
        QTest::newRow("English thousands") << "1,234.5" << 1234.5 << true;
        QTest::newRow("negative") << "-3,25" << -3.25 << true;
        QTest::newRow("minus sign") << QStringLiteral("\u22123") << -3.0 << true;
        QTest::newRow("surrounding spaces") << "  42 " << 42.0 << true;
        QTest::newRow("empty") << "" << 0.0 << false;
        QTest::newRow("word") << "beaucoup" << 0.0 << false;
        QTest::newRow("percent") << "45 %" << 0.0 << false;
        QTest::newRow("two commas") << "1,2,3" << 0.0 << false;
        QTest::newRow("two points") << "1.2.3" << 0.0 << false;
        QTest::newRow("infinity") << "inf" << 0.0 << false;
    }

    void number()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(bool, ok);
        const auto parsed = MeasurementCsv::number(text);
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(*parsed, value);
    }

    void date_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("ISO") << "2026-11-01" << QDate(2026, 11, 1);
        QTest::newRow("French") << "01/11/2026" << QDate(2026, 11, 1);
        QTest::newRow("French, short") << "1/2/2026" << QDate(2026, 2, 1);
        QTest::newRow("month") << "2026-11" << QDate(2026, 11, 1);
        QTest::newRow("spaces") << " 2026-11-01 " << QDate(2026, 11, 1);
        QTest::newRow("bad month") << "2026-13-01" << QDate();
        QTest::newRow("29 February 2026") << "2026-02-29" << QDate();
        QTest::newRow("text") << "novembre" << QDate();
    }

    void date()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(MeasurementCsv::date(text), date);
    }

    void tenThousandLines()
    {
        QByteArray csv = "date;indicateur;valeur\n";
        for (int i = 0; i < 10000; ++i)
            csv += QStringLiteral("%1;%2;%3\n")
                       .arg(QDate(1990, 1, 1).addDays(i).toString(Qt::ISODate), i % 2 ? QStringLiteral("Emplois pourvus") : QStringLiteral("Utilisateurs actifs"))
                       .arg(QStringLiteral("1 %1,5").arg(i % 1000, 3, 10, QLatin1Char('0')))
                       .toUtf8();
        const MeasurementCsvResult r = MeasurementCsv::parse(csv, indicators(), Test::fixedToday);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.rows.size(), 10000);
        QCOMPARE(r.rows.last().line, 10001);
        QCOMPARE(r.rows.last().value, 1999.5);
    }
};

QTEST_GUILESS_MAIN(TestMeasurementCsv)
#include "tst_measurementcsv.moc"
