// Integration: imports the whole shared beta.gouv.fr folder
// (../shared/data/betagouv) when it is there, and checks the portfolio
// against figures this test computes on its own with a plain line scan of
// the files (no YAML parser): file counts, current phase of each product
// (latest start, ties to the one listed last), committee events, sponsors.
// Then re-imports (all unchanged) and exports (every file byte for byte).

#include "domain/phasehistory.h"
#include "betagouv/betagouvexporter.h"
#include "betagouv/betagouvimporter.h"
#include "betagouv/betagouvmapping.h"
#include "betagouv/betagouvyamlwriter.h"
#include "io/portfoliojson.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QTest>

using namespace Comite;

namespace {
const QString shared = QStringLiteral(COMITE_SHARED_DATA);

QStringList filesIn(const QString &folder)
{
    QStringList result;
    for (const QFileInfo &info : QDir(shared + u'/' + folder).entryInfoList(QDir::Files, QDir::Name))
        result << info.absoluteFilePath();
    return result;
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What a line scan of one product file finds.
struct Scan {
    QString currentPhase;
    int committees = 0;
    int sponsors = 0;
    QString incubator;
    QStringList incubators;  // the `incubators:` list (co-incubation)
};

// The front matter's top-level blocks by key (their exact text), and the
// body under the key "(body)".
QMap<QByteArray, QByteArray> blocks(const QByteArray &content)
{
    QMap<QByteArray, QByteArray> result;
    QByteArray key;
    int markers = 0;
    for (const QByteArray &line : content.split('\n')) {
        if (markers < 2 && line.trimmed() == "---") {
            ++markers;
            key = markers == 2 ? QByteArray("(body)") : QByteArray();
            continue;
        }
        if (markers == 1 && !line.isEmpty() && line[0] != ' ' && line[0] != '-' && line[0] != '#')
            key = line.left(line.indexOf(':'));
        result[key] += line + '\n';
    }
    return result;
}

QByteArray valueOf(const QByteArray &line)
{
    QByteArray v = line.mid(line.indexOf(':') + 1).trimmed();
    if (v.size() >= 2 && (v.front() == '\'' || v.front() == '"'))
        v = v.mid(1, v.size() - 2);
    return v;
}

Scan scan(const QByteArray &content)
{
    Scan s;
    QByteArray block;  // the top-level key we are in
    QByteArray name, start, bestStart;
    auto closeEntry = [&] {
        if (block == "phases" && !name.isEmpty() && start >= bestStart) {  // ties: the later entry wins
            bestStart = start;
            s.currentPhase = QString::fromUtf8(name);
        }
        if (block == "events" && name == "committee")
            ++s.committees;
        name.clear();
        start.clear();
    };
    const QList<QByteArray> lines = content.split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        if (line == "---")
            break;
        if (!line.isEmpty() && line[0] != ' ' && line[0] != '-') {
            closeEntry();
            block = line.left(line.indexOf(':'));
            if (block == "incubator")
                s.incubator = QString::fromUtf8(valueOf(line));
            continue;
        }
        const QByteArray t = line.trimmed();
        if (t.startsWith("- ")) {
            closeEntry();
            if (block == "sponsors")
                ++s.sponsors;
            if (block == "incubators")
                s.incubators << QString::fromUtf8(t.mid(2).trimmed());
        }
        const QByteArray item = t.startsWith("- ") ? t.mid(2) : t;
        if (item.startsWith("name:"))
            name = valueOf(item);
        else if (item.startsWith("start:"))
            start = valueOf(item);
    }
    closeEntry();
    return s;
}
} // namespace

class TestBetagouvSharedData : public QObject
{
    Q_OBJECT

    Test::TempWorkspace m_ws;
    QStringList m_startups, m_incubators, m_organisations;
    BetagouvReport m_report;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(shared).isDir())
            QSKIP("The shared beta.gouv.fr data is not here (../shared/data/betagouv).");
        m_startups = filesIn(QStringLiteral("startups"));
        m_incubators = filesIn(QStringLiteral("incubators"));
        m_organisations = filesIn(QStringLiteral("organisations"));
        QVERIFY(m_startups.size() > 100);
        m_report = BetagouvImporter::importFolder(m_ws->database(), shared, {});
        qInfo().noquote() << m_report.text();
    }

    void everyFileIsImported()
    {
        QVERIFY(m_report.succeeded());
        QCOMPARE(m_report.exitCode(), 0);
        QCOMPARE(m_report.files, int(m_startups.size() + m_incubators.size() + m_organisations.size()));
        QCOMPARE(m_report.created.products, int(m_startups.size()));
        QCOMPARE(m_report.created.incubators, int(m_incubators.size()));
        QCOMPARE(m_report.created.organisations, int(m_organisations.size()));
        QVERIFY(m_report.skipped.isEmpty());
        // Files without the .md extension are read like the others.
        for (const QString &path : m_organisations) {
            const QString slug = BetagouvMapping::slugForFileName(QFileInfo(path).fileName());
            QVERIFY2(m_ws->organisations().organisationBySlug(slug), qPrintable(slug));
        }
    }

    void portfolioMatchesALineScan()
    {
        QHash<QString, int> byPhase, byIncubator, byAnyIncubator;
        int committees = 0, withCommittee = 0, coIncubated = 0;
        for (const QString &path : m_startups) {
            const Scan s = scan(read(path));
            const QString slug = BetagouvMapping::slugForFileName(QFileInfo(path).fileName());
            ++byPhase[s.currentPhase];
            ++byIncubator[s.incubator];
            ++byAnyIncubator[s.incubator];
            for (const QString &other : s.incubators) {
                if (other != s.incubator)
                    ++byAnyIncubator[other];
            }
            coIncubated += s.incubators.size() > 1 ? 1 : 0;
            committees += s.committees;
            withCommittee += s.committees > 0 ? 1 : 0;
            const QJsonObject p = PortfolioJson::product(*m_ws, slug).value_or(QJsonObject());
            QCOMPARE(p[QStringLiteral("current_phase")].toString(), s.currentPhase);
            QCOMPARE(p[QStringLiteral("committees")].toArray().size(), s.committees);
            QCOMPARE(p[QStringLiteral("sponsors")].toArray().size(), s.sponsors);
        }
        const QJsonObject summary = PortfolioJson::summary(*m_ws);
        QCOMPARE(summary[QStringLiteral("products")].toInt(), int(m_startups.size()));
        QCOMPARE(summary[QStringLiteral("incubators")].toInt(), int(m_incubators.size()));
        QCOMPARE(summary[QStringLiteral("organisations")].toInt(), int(m_organisations.size()));
        QCOMPARE(summary[QStringLiteral("committees")].toInt(), committees);
        QCOMPARE(summary[QStringLiteral("products_with_committee")].toInt(), withCommittee);
        const QJsonObject phases = summary[QStringLiteral("by_phase")].toObject();
        for (auto it = byPhase.cbegin(); it != byPhase.cend(); ++it)
            QCOMPARE(phases[it.key()].toInt(), it.value());
        // The primary incubators give the same figures as before co-incubation
        // was read; by_incubator adds the co-incubated products under each.
        const QJsonObject primary = summary[QStringLiteral("by_incubator_primary")].toObject();
        for (auto it = primary.begin(); it != primary.end(); ++it)
            QCOMPARE(it.value().toInt(), byIncubator.value(it.key()));
        const QJsonObject incubators = summary[QStringLiteral("by_incubator")].toObject();
        for (auto it = incubators.begin(); it != incubators.end(); ++it)
            QCOMPARE(it.value().toInt(), byAnyIncubator.value(it.key()));
        QCOMPARE(summary[QStringLiteral("coincubated_products")].toInt(), coIncubated);
        QCOMPARE(coIncubated, 2);
        qInfo() << "committees" << committees << "products with one" << withCommittee << "by phase" << byPhase;
    }

    void reimportChangesNothing()
    {
        const BetagouvReport again = BetagouvImporter::importFolder(m_ws->database(), shared, {});
        QCOMPARE(again.created.total(), 0);
        QCOMPARE(again.updated.total(), 0);
        QCOMPARE(again.unchanged.total(), m_report.created.total());
    }

    void exportIsByteForByte()
    {
        QTemporaryDir out;
        const BetagouvExportReport report = BetagouvExporter(m_ws->database()).exportTo(out.path());
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.count(BetagouvExportedFile::State::AsImported), m_report.created.total());
        for (const QString &path : m_startups + m_incubators + m_organisations) {
            const QString relative = QDir(shared).relativeFilePath(path);
            QCOMPARE(read(out.filePath(relative)), read(path));
        }
    }

    void siteStyleMatchesTheRealFiles()
    {
        // How often rewriting a product's phases and events from its own
        // data gives back the very same text: the writer's style is the
        // site's.
        int samePhases = 0, sameEvents = 0, withEvents = 0;
        for (const QString &path : m_startups) {
            const QByteArray content = read(path);
            BetagouvMapping::Outcome outcome;
            const auto p = BetagouvMapping::product({path, content}, QStringLiteral("x"), outcome);
            QVERIFY(p);
            if (BetagouvYamlWriter::replaceBlock(content, "phases", BetagouvYamlWriter::phasesBlock(p->phases)) == content)
                ++samePhases;
            if (p->events.isEmpty())
                continue;
            ++withEvents;
            if (BetagouvYamlWriter::replaceBlock(content, "events", BetagouvYamlWriter::eventsBlock(p->events)) == content)
                ++sameEvents;
        }
        qInfo() << "phases rewritten identically:" << samePhases << "of" << m_startups.size()
                << "— events:" << sameEvents << "of" << withEvents;
        QVERIFY(samePhases * 10 >= m_startups.size() * 9);
        QVERIFY(sameEvents * 10 >= withEvents * 9);
    }

    void changedFilesDifferOnlyInTheirKeys()
    {
        // A committee held in Comité for every product, and a phase change
        // for every product still incubated: each exported file differs
        // from the site's only in `events` (the committee added, every
        // other event as it was written) and `phases`.
        const QDate day(2027, 6, 1);  // after every date of the data (one phase starts on 2027-05-01)
        const QByteArray added("  - name: committee\n    date: 2027-06-01\n    comment: Comité de test\n");
        QSet<QString> phaseChanged;
        m_ws->database().transaction([&] { edits(day, phaseChanged); });
        QTemporaryDir out;
        const BetagouvExportReport report = BetagouvExporter(m_ws->database()).exportTo(out.path());
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.count(BetagouvExportedFile::State::Rewritten), int(m_startups.size()));
        int identicalPhases = 0;
        for (const QString &path : m_startups) {
            const QString relative = QDir(shared).relativeFilePath(path);
            const QString slug = BetagouvMapping::slugForFileName(QFileInfo(path).fileName());
            const QByteArray before = read(path);
            const QByteArray after = read(out.filePath(relative));
            const auto oldBlocks = blocks(before);
            const auto newBlocks = blocks(after);
            QCOMPARE(QSet<QByteArray>(newBlocks.keyBegin(), newBlocks.keyEnd()) - QSet<QByteArray>{"events"},
                     QSet<QByteArray>(oldBlocks.keyBegin(), oldBlocks.keyEnd()) - QSet<QByteArray>{"events"});
            for (auto it = oldBlocks.cbegin(); it != oldBlocks.cend(); ++it) {
                if (it.key() == "events")
                    QCOMPARE(newBlocks.value("events"), it.value() + added);
                else if (it.key() != "phases" || !phaseChanged.contains(slug))
                    QCOMPARE(newBlocks.value(it.key()), it.value());
            }
            if (!oldBlocks.contains("events"))
                QCOMPARE(newBlocks.value("events"), "events:\n" + added);
            if (phaseChanged.contains(slug)) {
                // The entries before the running phase keep their text.
                const QByteArray oldPhases = oldBlocks.value("phases");
                const QByteArray newPhases = newBlocks.value("phases");
                const qsizetype lastEntry = oldPhases.lastIndexOf("\n  - ") + 1;
                QCOMPARE(newPhases.left(lastEntry), oldPhases.left(lastEntry));
                identicalPhases += newPhases.startsWith(oldPhases.left(lastEntry)) ? 1 : 0;
            }
        }
        qInfo() << "phases changed in" << phaseChanged.size() << "products; earlier entries kept as written in"
                << identicalPhases;

        // The export read back gives the portfolio Comité holds.
        Test::TempWorkspace again;
        const BetagouvReport reimported = BetagouvImporter::importFolder(again->database(), out.path(), {});
        QVERIFY(reimported.succeeded());
        QVERIFY(reimported.skipped.isEmpty());
        for (const ProductSummary &s : m_ws->products().summaries()) {
            const QJsonObject a = PortfolioJson::product(*m_ws, s.slug).value_or(QJsonObject());
            const QJsonObject b = PortfolioJson::product(*again, s.slug).value_or(QJsonObject());
            QCOMPARE(b[QStringLiteral("phases")], a[QStringLiteral("phases")]);
            QCOMPARE(b[QStringLiteral("committees")], a[QStringLiteral("committees")]);
            QCOMPARE(b[QStringLiteral("events")], a[QStringLiteral("events")]);
        }
    }
private:
    void edits(QDate day, QSet<QString> &phaseChanged)
    {
        for (const ProductSummary &s : m_ws->products().summaries()) {
            m_ws->committees().record({0, s.id, day, DecisionOption::Recorded, QStringLiteral("Comité de test")});
            const auto current = PhaseHistory::current(s.phases);
            if (current && Phases::isActive(current->phase) && current->phase != Phase::Consolidation) {
                QStringList errors;
                const Phase next = Phase(int(current->phase) + 1);
                m_ws->products().setPhases(s.id, PhaseHistory::withTransition(s.phases, {next, day, {}, {}, false}, &errors));
                QVERIFY2(errors.isEmpty(), qPrintable(s.slug + u':' + errors.join(u';')));
                phaseChanged.insert(s.slug);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBetagouvSharedData)
#include "tst_betagouvshareddata.moc"
