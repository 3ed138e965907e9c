// Strict beta.gouv.fr imports: malformed YAML (a quoted value left open) is
// an error naming file and line, never a garbled import, with or without
// --strict; a duplicated key is a warning naming file, line and key; only
// regular files inside the folder are read (links out, pipes and devices
// are named and never opened), with a size limit.

#include "betagouv/betagouvfolder.h"
#include "betagouv/betagouvimporter.h"
#include "betagouv/betagouvmapping.h"
#include "betagouv/betagouvreader.h"
#include "betagouv/betagouvyamlcheck.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Comite;

namespace {
QString fixture()
{
    return QStringLiteral(COMITE_TEST_DATA "/betagouv/strict");
}

void copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(file, target);
    }
}

const BetagouvIssue *find(const QList<BetagouvIssue> &issues, const QString &path)
{
    for (const BetagouvIssue &i : issues) {
        if (i.path == path)
            return &i;
    }
    return nullptr;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q = db.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestBetagouvStrict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void libyamlFindsWhatYamlCppAccepts()
    {
        const BetagouvYamlCheck open("title: X\nmission: 'oops\nphases:\n  - name: construction\n");
        QVERIFY(open.error().has_value());
        QCOMPARE(open.error()->line, 1);  // 0-based: the line the quote opens on
        QVERIFY2(open.error()->message.contains(QLatin1String("never closed")), qPrintable(open.error()->message));

        const BetagouvYamlCheck closedLater("title: X\nmission: 'oops\nphases:\n  - comment: l'équipe\n");
        QVERIFY(closedLater.error().has_value());

        const BetagouvYamlCheck fine("title: X\nmission: 'ok'\nphases:\n  - {name: a, start: b}\n  - name: c\n");
        QVERIFY(!fine.error().has_value());
        QVERIFY(fine.duplicates().isEmpty());

        const BetagouvYamlCheck twice("title: X\nphases:\n  - name: a\n    name: b\ntitle: Y\n");
        QVERIFY(!twice.error().has_value());
        QCOMPARE(twice.duplicates().size(), 2);
        QCOMPARE(twice.duplicates()[0].key, QStringLiteral("name"));
        QCOMPARE(twice.duplicates()[0].line, 3);
        QCOMPARE(twice.duplicates()[0].firstLine, 2);
        QCOMPARE(twice.duplicates()[1].key, QStringLiteral("title"));
        QCOMPARE(twice.duplicates()[1].line, 4);
        QCOMPARE(twice.duplicates()[1].firstLine, 0);
    }

    void unclosedQuoteIsAnErrorWithItsLine()
    {
        QFile f(fixture() + QStringLiteral("/startups/quote-ouverte.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        BetagouvMapping::Outcome outcome;
        const auto record = BetagouvMapping::product({QStringLiteral("startups/quote-ouverte.md"), f.readAll()},
                                                     QStringLiteral("quote-ouverte"), outcome);
        QVERIFY(!record);
        QVERIFY(outcome.skip.has_value());
        QCOMPARE(outcome.skip->path, QStringLiteral("startups/quote-ouverte.md"));
        QCOMPARE(outcome.skip->line, 3);  // `mission: 'oops` in the file
        QVERIFY2(outcome.skip->message.contains(QLatin1String("YAML")), qPrintable(outcome.skip->message));
    }

    void importWithoutStrictSkipsTheBadFileAndWarnsOfDuplicates()
    {
        Test::TempWorkspace ws;
        BetagouvImporter::Options options;
        options.today = Test::fixedToday;
        const BetagouvReport report = BetagouvImporter::importFolder(ws->database(), fixture(), options);
        QVERIFY2(report.succeeded(), qPrintable(report.text()));
        // The open quote: skipped with file and line, nothing garbled stored.
        const BetagouvIssue *open = find(report.skipped, QStringLiteral("startups/quote-ouverte.md"));
        QVERIFY2(open, qPrintable(report.text()));
        QCOMPARE(open->line, 3);
        QVERIFY(report.text().contains(QLatin1String("startups/quote-ouverte.md:3:")));
        QCOMPARE(count(ws->database(), QStringLiteral("SELECT count(*) FROM products WHERE slug = 'quote-ouverte'")), 0);
        QCOMPARE(count(ws->database(), QStringLiteral("SELECT count(*) FROM products WHERE pitch LIKE '%phases%'")), 0);
        // The duplicated keys: warnings with file, line and key; the first value read.
        QStringList duplicated;
        for (const BetagouvIssue &w : report.warnings) {
            if (w.path == QLatin1String("startups/cle-double.md") && w.message.contains(QLatin1String("twice")))
                duplicated << QStringLiteral("%1:%2").arg(w.line).arg(w.message.section(u'“', 1).section(u'”', 0, 0));
        }
        QCOMPARE(duplicated, (QStringList{QStringLiteral("7:mission"), QStringLiteral("11:start")}));
        QSqlQuery q = ws->database().exec(QStringLiteral("SELECT pitch FROM products WHERE slug = 'cle-double'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("La première mission"));
        QCOMPARE(count(ws->database(), QStringLiteral("SELECT count(*) FROM products")), 2);
    }

    void strictImportsNothing()
    {
        Test::TempWorkspace ws;
        BetagouvImporter::Options options;
        options.strict = true;
        options.today = Test::fixedToday;
        const BetagouvReport report = BetagouvImporter::importFolder(ws->database(), fixture(), options);
        QVERIFY(report.strictRefused);
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(count(ws->database(), QStringLiteral("SELECT count(*) FROM products")), 0);
        QVERIFY(report.text().contains(QLatin1String("startups/quote-ouverte.md:3:")));
    }

    void onlyRegularFilesInsideTheFolderAreRead()
    {
        QTemporaryDir dir, outside;
        const QString root = dir.filePath(QStringLiteral("site"));
        copyFolder(fixture(), root);
        QFile::remove(root + QStringLiteral("/startups/quote-ouverte.md"));
        QFile::remove(root + QStringLiteral("/startups/cle-double.md"));
        // A secret outside, linked from inside.
        const QString secret = outside.filePath(QStringLiteral("secret.md"));
        {
            QFile f(secret);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("---\ntitle: Secret\n---\n");
        }
        QVERIFY(QFile::link(secret, root + QStringLiteral("/startups/dehors.md")));
        // A pipe, a link to a pipe and a link to a device: never opened (a
        // read would block or never end).
        const QString fifo = root + QStringLiteral("/startups/tuyau.md");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString outsideFifo = outside.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(outsideFifo).constData(), 0600), 0);
        QVERIFY(QFile::link(fifo, root + QStringLiteral("/startups/lien-tuyau.md")));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), root + QStringLiteral("/startups/zero.md")));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("absent")), root + QStringLiteral("/startups/casse.md")));
        // A file over the limit.
        {
            QFile big(root + QStringLiteral("/startups/gros.md"));
            QVERIFY(big.open(QIODevice::WriteOnly));
            QByteArray content = "---\ntitle: Gros\n---\n";
            content += QByteArray(BetagouvFolder::maxFileSize, 'x');
            big.write(content);
        }
        // A link inside the folder is fine.
        QVERIFY(QFile::link(root + QStringLiteral("/startups/bon.md"), root + QStringLiteral("/startups/alias.md")));

        const BetagouvBatch batch = BetagouvReader::read(root);
        QVERIFY(batch.error.isEmpty());
        QStringList read;
        for (const auto &p : batch.products)
            read << p.slug;
        read.sort();
        QCOMPARE(read, (QStringList{QStringLiteral("alias"), QStringLiteral("bon")}));
        const struct {
            const char *file;
            const char *says;
        } expected[] = {{"dehors.md", "outside the folder"},
                        {"tuyau.md", "not a regular file"},
                        {"lien-tuyau.md", "not a regular file"},
                        {"zero.md", "outside the folder"},
                        {"casse.md", "a link to nothing"},
                        {"gros.md", "files over 4 MB are not read"}};
        for (const auto &e : expected) {
            const BetagouvIssue *issue = find(batch.skipped, QStringLiteral("startups/") + QLatin1String(e.file));
            QVERIFY2(issue, e.file);
            QVERIFY2(issue->message.contains(QLatin1String(e.says)), qPrintable(issue->text()));
        }
    }

    void aFileBecomingAPipeIsNotOpened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("startups/x.md"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("startups"))));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QString problem;
        QVERIFY(!BetagouvFolder::read({BetagouvKind::Startup, QStringLiteral("startups/x.md"), path, QStringLiteral("x")},
                                      &problem));
        QVERIFY2(problem.contains(QLatin1String("not a regular file")), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestBetagouvStrict)
#include "tst_betagouvstrict.moc"
