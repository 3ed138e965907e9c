// The beta.gouv.fr import on the whole shared dataset (../shared/data/
// betagouv): into a new database, reading alone, a re-import with nothing
// changed and the export; next to a plain YAML parse of the same files by
// Python (PyYAML, pure-Python and libyaml loaders). Figures, not pass/fail:
// run scripts/benchmark.sh. Target: the import under 1 s.

#include "betagouv/betagouvexporter.h"
#include "betagouv/betagouvimporter.h"
#include "betagouv/betagouvreader.h"
#include "testsupport.h"

#include <QTest>

using namespace Comite;

namespace {
const QString shared = QStringLiteral(COMITE_SHARED_DATA);

// Splits each file's front matter and parses it with PyYAML; prints the
// number of files parsed.
const char pythonParse[] = R"(
import os, sys, yaml
loader = yaml.CSafeLoader if sys.argv[2] == 'c' else yaml.SafeLoader
count = 0
for folder in ('startups', 'incubators', 'organisations'):
    path = os.path.join(sys.argv[1], folder)
    for name in sorted(os.listdir(path)):
        file = os.path.join(path, name)
        if not os.path.isfile(file):
            continue
        text = open(file, encoding='utf-8').read()
        if text.startswith('---'):
            yaml.load(text.split('---', 2)[1], Loader=loader)
            count += 1
print(count)
)";
} // namespace

class BenchBetagouvImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    int m_run = 0;  // QBENCHMARK may call a test function again: names stay new

    void python(const QString &loader)
    {
        QProcess probe;
        probe.start(QStringLiteral("python3"), {QStringLiteral("-c"), loader == QLatin1String("c")
                                                                          ? QStringLiteral("import yaml; yaml.CSafeLoader")
                                                                          : QStringLiteral("import yaml")});
        if (!probe.waitForFinished() || probe.exitCode() != 0)
            QSKIP("python3 with PyYAML (built with libyaml for the C loader) is not installed.");
        QBENCHMARK {
            QProcess p;
            p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(pythonParse), shared, loader});
            QVERIFY(p.waitForFinished(120000));
            QCOMPARE(p.exitCode(), 0);
            QCOMPARE(p.readAllStandardOutput().trimmed().toInt(), m_files);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(shared).isDir())
            QSKIP("The shared beta.gouv.fr data is not here (../shared/data/betagouv).");
        m_files = BetagouvReader::read(shared).files;
        qInfo() << "files:" << m_files;
    }

    void importIntoNewDatabase()
    {
        QBENCHMARK {
            const auto db = Database::open(m_dir.filePath(QStringLiteral("new-%1.sqlite").arg(++m_run)));
            const BetagouvReport report = BetagouvImporter::importFolder(*db, shared, {});
            QVERIFY2(report.created.total() == m_files, qPrintable(report.text()));
        }
    }

    void readAndParseOnly()
    {
        QBENCHMARK {
            const BetagouvBatch batch = BetagouvReader::read(shared);
            QCOMPARE(batch.recordCount(), m_files);
        }
    }

    void reimportUnchanged()
    {
        const auto db = Database::open(m_dir.filePath(QStringLiteral("again.sqlite")));
        BetagouvImporter::importFolder(*db, shared, {});
        QBENCHMARK {
            const BetagouvReport report = BetagouvImporter::importFolder(*db, shared, {});
            QCOMPARE(report.unchanged.total(), m_files);
        }
    }

    void exportAll()
    {
        const auto db = Database::open(m_dir.filePath(QStringLiteral("export.sqlite")));
        BetagouvImporter::importFolder(*db, shared, {});
        QTemporaryDir out;
        QBENCHMARK {
            const BetagouvExportReport report = BetagouvExporter(*db).exportTo(out.path());
            QCOMPARE(report.files.size(), m_files);
        }
    }

    void importCommand()
    {
        QBENCHMARK {
            const Test::Run r = Test::comite({QStringLiteral("import-betagouv"), shared, QStringLiteral("--db"),
                                              m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(++m_run))});
            QCOMPARE(r.exitCode, 0);
        }
    }

    void pythonPyYamlPureParse() { python(QStringLiteral("python")); }
    void pythonPyYamlLibyamlParse() { python(QStringLiteral("c")); }
};

QTEST_MAIN(BenchBetagouvImport)
#include "bench_betagouvimport.moc"
