// escapeHtml and escapeXml: the one escaping for text placed into the
// documents' HTML and the ODF packages' XML.

#include "domain/markup.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Comite;

class TestMarkup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void html_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << "Aides-Jeunes" << "Aides-Jeunes";
        QTest::newRow("ampersand") << "R&D" << "R&amp;D";
        QTest::newRow("tags") << "<b>gras</b>" << "&lt;b&gt;gras&lt;/b&gt;";
        QTest::newRow("quote") << "« dit \"oui\" »" << "« dit &quot;oui&quot; »";
        QTest::newRow("empty") << "" << "";
    }
    void html()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(escapeHtml(text), escaped);
    }

    void xml_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << "Comité d'investissement" << "Comité d&apos;investissement";
        QTest::newRow("specials") << "a<b & c>\"d\"" << "a&lt;b &amp; c&gt;&quot;d&quot;";
        QTest::newRow("line breaks kept") << "a\tb\nc\r" << "a\tb\nc\r";
        QTest::newRow("controls dropped") << QStringLiteral("a\x01" "b\x1f" "c") << "abc";
    }
    void xml()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(escapeXml(text), escaped);
    }

    // What an XML reader reads back is the text, less the forbidden characters.
    void xmlReadsBack()
    {
        const QString text = QStringLiteral("R&D <équipe> \"Aides\" l'État \x02 fin");
        const QString document = QStringLiteral("<p a=\"%1\">%1</p>").arg(escapeXml(text));
        QXmlStreamReader reader(document);
        QVERIFY(reader.readNextStartElement());
        const QString expected = QString(text).remove(QChar(0x02));
        QCOMPARE(reader.attributes().value(QStringLiteral("a")).toString(), expected);
        QCOMPARE(reader.readElementText(), expected);
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    }
};

QTEST_APPLESS_MAIN(TestMarkup)
#include "tst_markup.moc"
