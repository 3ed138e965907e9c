// BetagouvFrontMatter (where the YAML of a beta.gouv.fr file lies, byte for
// byte) and BetagouvYamlWriter (site-style YAML, one block replaced in
// place).

#include "betagouv/betagouvfrontmatter.h"
#include "betagouv/betagouvmapping.h"
#include "betagouv/betagouvyamlwriter.h"
#include "testsupport.h"

#include <QTest>

using namespace Comite;

class TestBetagouvFrontMatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("lineEnd");
        using S = BetagouvFrontMatter::Status;
        QTest::newRow("plain") << QByteArray("---\ntitle: A\n---\nBody\n") << int(S::Ok) << QByteArray("title: A\n")
                               << QByteArray("Body\n") << QByteArray("\n");
        QTest::newRow("no body, no final newline") << QByteArray("---\nname: X\n---") << int(S::Ok)
                                                   << QByteArray("name: X\n") << QByteArray() << QByteArray("\n");
        QTest::newRow("crlf") << QByteArray("---\r\ntitle: A\r\n---\r\nBody\r\n") << int(S::Ok)
                              << QByteArray("title: A\r\n") << QByteArray("Body\r\n") << QByteArray("\r\n");
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF---\ntitle: A\n---\n") << int(S::Ok)
                                         << QByteArray("title: A\n") << QByteArray() << QByteArray("\n");
        QTest::newRow("dots close") << QByteArray("---\ntitle: A\n...\nB") << int(S::Ok) << QByteArray("title: A\n")
                                    << QByteArray("B") << QByteArray("\n");
        QTest::newRow("blanks after markers") << QByteArray("--- \ntitle: A\n---\t\nB") << int(S::Ok)
                                              << QByteArray("title: A\n") << QByteArray("B") << QByteArray("\n");
        QTest::newRow("empty front matter") << QByteArray("---\n---\nB") << int(S::Ok) << QByteArray()
                                            << QByteArray("B") << QByteArray("\n");
        QTest::newRow("a longer dash line does not close")
            << QByteArray("---\ntitle: A\n-------\n") << int(S::Unclosed) << QByteArray() << QByteArray()
            << QByteArray("\n");
        QTest::newRow("no front matter") << QByteArray("# Title\n\ntext\n") << int(S::Missing) << QByteArray()
                                         << QByteArray() << QByteArray("\n");
        QTest::newRow("dashes not alone") << QByteArray("---x\ntitle: A\n---\n") << int(S::Missing) << QByteArray()
                                          << QByteArray() << QByteArray("\n");
        QTest::newRow("only the opening line") << QByteArray("---") << int(S::Unclosed) << QByteArray() << QByteArray()
                                               << QByteArray("\n");
        QTest::newRow("empty file") << QByteArray() << int(S::Missing) << QByteArray() << QByteArray()
                                    << QByteArray("\n");
    }

    void split()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, status);
        QFETCH(QByteArray, yaml);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, lineEnd);
        const BetagouvFrontMatter fm = BetagouvFrontMatter::split(content);
        QCOMPARE(int(fm.status()), status);
        if (fm.isValid()) {
            QCOMPARE(fm.yaml(content), yaml);
            QCOMPARE(fm.body(content), body);
            QCOMPARE(fm.lineEnd(), lineEnd);
        }
    }

    void lineOfKey()
    {
        const QByteArray content("---\ntitle: A\nsponsors:\n  - /organisations/x\nphases: []\n---\nphases: in body\n");
        const BetagouvFrontMatter fm = BetagouvFrontMatter::split(content);
        QCOMPARE(fm.lineOfKey(content, "title"), 2);
        QCOMPARE(fm.lineOfKey(content, "phases"), 5);
        QCOMPARE(fm.lineOfKey(content, "events"), 0);
        QCOMPARE(fm.lineContaining(content, "organisations/x", "sponsors"), 4);
        QCOMPARE(fm.lineContaining(content, "organisations/y", "sponsors"), 3);
    }

    void decodeUtf8()
    {
        QCOMPARE(BetagouvFrontMatter::decodeUtf8("Caf\xc3\xa9"), std::optional<QString>(QStringLiteral("Café")));
        QVERIFY(!BetagouvFrontMatter::decodeUtf8("Caf\xe9"));
    }

    void scalar_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << QStringLiteral("Comité de fin de construction") << QByteArray("Comité de fin de construction");
        QTest::newRow("colon space") << QStringLiteral("Demo-D : fin") << QByteArray("'Demo-D : fin'");
        QTest::newRow("apostrophe quoted") << QStringLiteral("'quoted' text") << QByteArray("'''quoted'' text'");
        QTest::newRow("apostrophe inside stays plain") << QStringLiteral("l'équipe") << QByteArray("l'équipe");
        QTest::newRow("starts with a digit, not a number") << QStringLiteral("2ème comité") << QByteArray("2ème comité");
        QTest::newRow("a number") << QStringLiteral("12") << QByteArray("'12'");
        QTest::newRow("a decimal") << QStringLiteral("1.5") << QByteArray("'1.5'");
        QTest::newRow("a time") << QStringLiteral("1:20") << QByteArray("'1:20'");
        QTest::newRow("hexadecimal") << QStringLiteral("0x1F") << QByteArray("'0x1F'");
        QTest::newRow("a date") << QStringLiteral("2024-01-01") << QByteArray("'2024-01-01'");
        QTest::newRow("boolean word") << QStringLiteral("yes") << QByteArray("'yes'");
        QTest::newRow("null word") << QStringLiteral("null") << QByteArray("'null'");
        QTest::newRow("leading dash") << QStringLiteral("- item") << QByteArray("'- item'");
        QTest::newRow("hash after blank") << QStringLiteral("a #b") << QByteArray("'a #b'");
        QTest::newRow("trailing blank") << QStringLiteral("a ") << QByteArray("'a '");
        QTest::newRow("no-break space") << QStringLiteral("200\u00a0000 €") << QByteArray("200\xc2\xa0" "000 €");
        QTest::newRow("empty") << QString() << QByteArray("''");
    }

    void scalar()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, written);
        QCOMPARE(BetagouvYamlWriter::inlineScalar(value), written);
        // Read back by the importer's own parser, it is the same text.
        const QByteArray file = "---\ntitle: T\nmission: " + written + "\n---\n";
        BetagouvMapping::Outcome outcome;
        const auto record = BetagouvMapping::product({QStringLiteral("startups/t.md"), file}, QStringLiteral("t"), outcome);
        QVERIFY(record);
        QCOMPARE(record->pitch, value.trimmed());
    }

    void multiLineValues()
    {
        QCOMPARE(BetagouvYamlWriter::keyValue(4, "comment", QStringLiteral("ligne 1\nligne 2")),
                 QByteArray("    comment: |-\n      ligne 1\n      ligne 2\n"));
        QCOMPARE(BetagouvYamlWriter::keyValue(0, "k", QStringLiteral(" indenté\nsuite")),
                 QByteArray("k: \" indenté\\nsuite\"\n"));
        QCOMPARE(BetagouvYamlWriter::keyValue(0, "k", QStringLiteral("a\n\nb"), "\r\n"), QByteArray("k: |-\r\n  a\r\n\r\n  b\r\n"));
    }

    void blocks()
    {
        QList<PhaseRecord> phases{{Phase::Investigation, QDate(2021, 1, 4), QDate(2021, 3, 1), QStringLiteral("Enquête"), false},
                                  {Phase::Construction, QDate(2021, 3, 1), {}, {}, false}};
        QCOMPARE(BetagouvYamlWriter::phasesBlock(phases),
                 QByteArray("phases:\n  - name: investigation\n    start: 2021-01-04\n    end: 2021-03-01\n"
                            "    comment: Enquête\n  - name: construction\n    start: 2021-03-01\n"));
        QList<BetagouvEvent> events{{QStringLiteral("committee"), QDate(2022, 9, 12), QStringLiteral("Go : accélération")},
                                    {QStringLiteral("product_launch"), QDate(2021, 6, 1), {}}};
        QCOMPARE(BetagouvYamlWriter::eventsBlock(events),
                 QByteArray("events:\n  - name: committee\n    date: 2022-09-12\n    comment: 'Go : accélération'\n"
                            "  - name: product_launch\n    date: 2021-06-01\n"));
        QVERIFY(BetagouvYamlWriter::phasesBlock({}).isEmpty());
        QVERIFY(BetagouvYamlWriter::eventsBlock({}).isEmpty());
    }

    void replaceBlock_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("block");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray file("---\ntitle: A\nevents:\n  - name: end\n    date: 2020-01-01\n\n# kept\nlink: x\n---\nphases:\n");
        QTest::newRow("replace in the middle")
            << file << QByteArray("events") << QByteArray("events:\n  - name: other\n    date: 2021-01-01\n")
            << QByteArray("---\ntitle: A\nevents:\n  - name: other\n    date: 2021-01-01\n\n# kept\nlink: x\n---\nphases:\n");
        QTest::newRow("absent key appended before the closing line")
            << file << QByteArray("phases") << QByteArray("phases:\n  - name: investigation\n    start: 2020-01-01\n")
            << QByteArray("---\ntitle: A\nevents:\n  - name: end\n    date: 2020-01-01\n\n# kept\nlink: x\n"
                          "phases:\n  - name: investigation\n    start: 2020-01-01\n---\nphases:\n");
        QTest::newRow("empty block removes the key")
            << file << QByteArray("events") << QByteArray()
            << QByteArray("---\ntitle: A\n\n# kept\nlink: x\n---\nphases:\n");
        QTest::newRow("zero-indented list")
            << QByteArray("---\nphases:\n- name: investigation\n  start: 2020-01-01\ntitle: A\n---\n") << QByteArray("phases")
            << QByteArray("phases:\n  - name: construction\n    start: 2021-01-01\n")
            << QByteArray("---\nphases:\n  - name: construction\n    start: 2021-01-01\ntitle: A\n---\n");
        QTest::newRow("last key, crlf")
            << QByteArray("---\r\ntitle: A\r\nevents: []\r\n---\r\nbody\r\n") << QByteArray("events")
            << QByteArray("events:\r\n  - name: end\r\n    date: 2020-01-01\r\n")
            << QByteArray("---\r\ntitle: A\r\nevents:\r\n  - name: end\r\n    date: 2020-01-01\r\n---\r\nbody\r\n");
        QTest::newRow("a key that only starts the same is left alone")
            << QByteArray("---\nevents_count: 2\nevents: []\n---\n") << QByteArray("events") << QByteArray("events: x\n")
            << QByteArray("---\nevents_count: 2\nevents: x\n---\n");
    }

    void replaceBlock()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, block);
        QFETCH(QByteArray, expected);
        QCOMPARE(BetagouvYamlWriter::replaceBlock(content, key, block), expected);
    }
};

QTEST_GUILESS_MAIN(TestBetagouvFrontMatter)
#include "tst_betagouvfrontmatter.moc"
