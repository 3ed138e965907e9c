// beta.gouv.fr today: a co-incubated product (`incubators:`) under each of
// its incubators in the summary and the filters, the member space contacts
// proposed as session participants, the impact and derived statistics
// links, the files written back byte for byte, and a re-import keeping what
// Comité changed.

#include "betagouv/betagouvexporter.h"
#include "betagouv/betagouvimporter.h"
#include "betagouv/betagouvparticipants.h"
#include "io/portfoliojson.h"
#include "itemmodels/portfoliofiltermodel.h"
#include "itemmodels/portfoliomodel.h"
#include "storage/memberrepository.h"
#include "storage/productincubatorrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QJsonArray>
#include <QTest>

using namespace Comite;

namespace {
QString fixture()
{
    return QStringLiteral(COMITE_TEST_DATA "/betagouv/coincubation");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject productJson(Workspace &ws, const char *slug)
{
    return PortfolioJson::product(ws, QString::fromLatin1(slug)).value_or(QJsonObject());
}

qint64 idOf(Workspace &ws, const char *slug)
{
    return ws.products().idForSlug(QString::fromUtf8(slug)).value_or(0);
}

QStringList slugsShown(const PortfolioFilterModel &filter)
{
    QStringList slugs;
    for (int row = 0; row < filter.rowCount(); ++row)
        slugs << filter.index(row, 0).data(PortfolioModel::SlugRole).toString();
    slugs.sort();
    return slugs;
}
} // namespace

class TestBetagouvCoIncubation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coIncubatedUnderEachIncubator()
    {
        Test::TempWorkspace ws;
        const BetagouvReport report = BetagouvImporter::importFolder(ws->database(), fixture(), {});
        QVERIFY2(report.succeeded(), qPrintable(report.text()));
        QCOMPARE(report.created.products, 3);
        // The unknown co-incubator is named and left out.
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY(report.warnings.first().message.contains(QStringLiteral("“inconnu”")));
        QCOMPARE(report.warnings.first().path, QStringLiteral("startups/recent.md"));
        QCOMPARE(report.warnings.first().line, 7);

        const QJsonObject p = productJson(*ws, "co-incube");
        QCOMPARE(p[QStringLiteral("incubator")].toString(), QStringLiteral("lab-test"));
        QCOMPARE(p[QStringLiteral("incubators")].toArray(),
                 (QJsonArray{QStringLiteral("lab-test"), QStringLiteral("fabrique-verte")}));  // primary first
        QCOMPARE(p[QStringLiteral("contacts")].toObject(),
                 (QJsonObject{{QStringLiteral("dinum"), QStringLiteral("julie.guyot")},
                              {QStringLiteral("incubator"), QStringLiteral("paul.martin")}}));
        // `stats: true` without stats_url: the site's /stats; the impact matrix.
        QStringList links;
        for (const QJsonValue &l : p[QStringLiteral("links")].toArray())
            links << l[QStringLiteral("kind")].toString() + u' ' + l[QStringLiteral("url")].toString();
        QCOMPARE(links, (QStringList{QStringLiteral("site https://co-incube.example.gouv.fr/"),
                                     QStringLiteral("repository https://github.com/example/co-incube"),
                                     QStringLiteral("stats https://co-incube.example.gouv.fr/stats"),
                                     QStringLiteral("impact https://docs.example.gouv.fr/co-incube/impact")}));
        // A stats_url given wins over the derived link.
        const QJsonArray seulLinks = productJson(*ws, "seul")[QStringLiteral("links")].toArray();
        QCOMPARE(seulLinks.size(), 2);
        QCOMPARE(seulLinks[1][QStringLiteral("url")].toString(), QStringLiteral("https://stats.example.gouv.fr/seul"));
        QCOMPARE(productJson(*ws, "seul")[QStringLiteral("incubators")].toArray(), (QJsonArray{QStringLiteral("fabrique-verte")}));

        const QJsonObject s = PortfolioJson::summary(*ws);
        QCOMPARE(s[QStringLiteral("products")].toInt(), 3);
        QCOMPARE(s[QStringLiteral("by_incubator")].toObject(),
                 (QJsonObject{{QStringLiteral("lab-test"), 1}, {QStringLiteral("fabrique-verte"), 3}}));
        QCOMPARE(s[QStringLiteral("by_incubator_primary")].toObject(),
                 (QJsonObject{{QStringLiteral("lab-test"), 1}, {QStringLiteral("fabrique-verte"), 2}}));
        QCOMPARE(s[QStringLiteral("coincubated_products")].toInt(), 1);

        // The incubator filter shows a co-incubated product under each.
        PortfolioModel model(*ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PortfolioFilterModel filter;
        filter.setSourceModel(&model);
        const qint64 verte = ws->organisations().incubatorBySlug(QStringLiteral("fabrique-verte"))->id;
        const qint64 lab = ws->organisations().incubatorBySlug(QStringLiteral("lab-test"))->id;
        filter.setIncubatorId(verte);
        QCOMPARE(slugsShown(filter), (QStringList{QStringLiteral("co-incube"), QStringLiteral("recent"), QStringLiteral("seul")}));
        filter.setIncubatorId(lab);
        QCOMPARE(slugsShown(filter), (QStringList{QStringLiteral("co-incube")}));
        filter.setIncubatorId(0);
        filter.setSearchText(QStringLiteral("fabrique"));
        QCOMPARE(filter.rowCount(), 3);
        const int row = model.rowOf(idOf(*ws, "co-incube"));
        QCOMPARE(model.index(row, PortfolioModel::Incubator).data().toString(),
                 QStringLiteral("Le Lab d'essai + La Fabrique verte"));
    }

    void committeeAlertsAreHonest()
    {
        Test::TempWorkspace ws;  // today: 2026-11-24
        const BetagouvReport report = BetagouvImporter::importFolder(ws->database(), fixture(), {});
        // The 2020 backfill: a warning, not an error, and no duration.
        QCOMPARE(report.advisories.size(), 1);
        QCOMPARE(report.advisories.last().path, QStringLiteral("startups/seul.md"));
        QVERIFY2(report.advisories.last().message.contains(QStringLiteral("the investigation of 2024-01-08 starts the same "
                                                                          "day as construction: the 2020 backfill")),
                 qPrintable(report.advisories.last().message));
        QVERIFY(report.text().contains(QStringLiteral("Warnings from the member space's rules (read as they are): 1")));
        QCOMPARE(report.created.products, 3);

        // Last known committee more than six months ago: overdue.
        const QJsonObject old = productJson(*ws, "co-incube");
        QVERIFY(old[QStringLiteral("warnings")].toArray().contains(QStringLiteral("committee-overdue")));
        QVERIFY(!old[QStringLiteral("warnings")].toArray().contains(QStringLiteral("committee-unknown")));
        QCOMPARE(old[QStringLiteral("next_committee_due")].toString(), QStringLiteral("2025-09-03"));
        // No committee in the files: unknown, not overdue, no due date.
        const QJsonObject none = productJson(*ws, "seul");
        QVERIFY(none[QStringLiteral("warnings")].toArray().contains(QStringLiteral("committee-unknown")));
        QVERIFY(!none[QStringLiteral("warnings")].toArray().contains(QStringLiteral("committee-overdue")));
        QCOMPARE(none[QStringLiteral("next_committee_due")], QJsonValue(QJsonValue::Null));
        // A recent committee: neither.
        const QJsonArray recent = productJson(*ws, "recent")[QStringLiteral("warnings")].toArray();
        QVERIFY(!recent.contains(QStringLiteral("committee-overdue")) && !recent.contains(QStringLiteral("committee-unknown")));
        // A product typed in Comité keeps the old rule: due six months after
        // its first phase started when it never went to committee.
        Product typed = Test::sampleProduct(QStringLiteral("saisi"));
        typed.phases.first().start = QDate(2026, 1, 5);
        ws->products().insert(typed);
        QCOMPARE(productJson(*ws, "saisi")[QStringLiteral("warnings")].toArray(), (QJsonArray{QStringLiteral("phase-overrun"),
                                                                                             QStringLiteral("committee-overdue")}));

        const QJsonObject s = PortfolioJson::summary(*ws);
        QCOMPARE(s[QStringLiteral("committee_overdue")].toInt(), 2);
        QCOMPARE(s[QStringLiteral("committee_unknown")].toInt(), 1);
        // Finished investigations 56 and 63 days; the backfill one left out.
        QCOMPARE(s[QStringLiteral("median_phase_days")].toObject(), (QJsonObject{{QStringLiteral("investigation"), 63}}));

        PortfolioModel model(*ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PortfolioFilterModel filter;
        filter.setSourceModel(&model);
        filter.setCommitteeUnknownOnly(true);
        QCOMPARE(slugsShown(filter), (QStringList{QStringLiteral("seul")}));
        filter.setCommitteeUnknownOnly(false);
        filter.setOverdueOnly(true);
        QCOMPARE(slugsShown(filter), (QStringList{QStringLiteral("co-incube"), QStringLiteral("saisi")}));
        const int row = model.rowOf(idOf(*ws, "seul"));
        QVERIFY(model.index(row, PortfolioModel::Warnings).data().toString().contains(QStringLiteral("No committee on record")));
    }

    void contactsAreProposedAsParticipants()
    {
        Test::TempWorkspace ws;
        QVERIFY(BetagouvImporter::importFolder(ws->database(), fixture(), {}).succeeded());
        const QList<Participant> proposed = BetagouvParticipants::proposed(
            ws->database(), {idOf(*ws, "co-incube"), idOf(*ws, "seul"), idOf(*ws, "recent")});
        // julie.guyot is the DINUM contact of two products: proposed once.
        QCOMPARE(proposed.size(), 2);
        QCOMPARE(proposed[0].name, QStringLiteral("julie.guyot"));
        QCOMPARE(proposed[0].role, ParticipantRole::PortfolioManager);
        QCOMPARE(proposed[1].name, QStringLiteral("paul.martin"));
        QCOMPARE(proposed[1].role, ParticipantRole::IncubatorLead);
        QCOMPARE(proposed[1].organisation, QStringLiteral("Le Lab d'essai"));

        // Once the member space import has named them, contacts read as people.
        MemberRepository(ws->database()).setFullNames({{QStringLiteral("julie.guyot"), QStringLiteral("Julie Guyot")}});
        const QList<Participant> named = BetagouvParticipants::proposed(
            ws->database(), {idOf(*ws, "co-incube"), idOf(*ws, "seul"), idOf(*ws, "recent")});
        QCOMPARE(named.size(), 2);
        QCOMPARE(named[0].name, QStringLiteral("Julie Guyot"));
        QCOMPARE(named[1].name, QStringLiteral("paul.martin"));  // unknown to the member space import
    }

    void exportKeepsTheFilesByteForByte()
    {
        Test::TempWorkspace ws;
        QVERIFY(BetagouvImporter::importFolder(ws->database(), fixture(), {}).succeeded());
        QTemporaryDir out;
        const BetagouvExportReport report = BetagouvExporter(ws->database()).exportTo(out.path());
        QCOMPARE(report.exitCode(), 0);
        int compared = 0;
        QDirIterator it(fixture(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QCOMPARE(readAll(out.path() + file.mid(fixture().size())), readAll(file));
            ++compared;
        }
        QCOMPARE(compared, 6);
    }

    void reimportKeepsWhatComiteChanged()
    {
        Test::TempWorkspace ws;
        QTemporaryDir copy;
        QDirIterator it(fixture(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString target = copy.path() + file.mid(fixture().size());
            QDir().mkpath(QFileInfo(target).absolutePath());
            QVERIFY(QFile::copy(file, target));
        }
        QVERIFY(BetagouvImporter::importFolder(ws->database(), copy.path(), {}).succeeded());
        const qint64 id = idOf(*ws, "co-incube");
        ProductIncubatorRepository extras(ws->database());
        extras.setCoIncubators(id, {});  // changed in Comité
        // The file changes its contacts and its co-incubators.
        const QString path = copy.path() + QStringLiteral("/startups/co-incube.md");
        QByteArray content = readAll(path);
        content.replace("contact_dinum: julie.guyot", "contact_dinum: lucie.zaccardi");
        content.replace("  - fabrique-verte\n", "  - fabrique-verte\n  - autre\n");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        QFile autre(copy.path() + QStringLiteral("/incubators/autre.md"));
        QVERIFY(autre.open(QIODevice::WriteOnly));
        autre.write("---\ntitle: Un autre incubateur\n---\n");
        autre.close();
        const BetagouvReport again = BetagouvImporter::importFolder(ws->database(), copy.path(), {});
        QVERIFY2(again.succeeded(), qPrintable(again.text()));
        QCOMPARE(again.updated.products, 1);
        QCOMPARE(extras.contacts(id).dinum, QStringLiteral("lucie.zaccardi"));
        QVERIFY(extras.coIncubators(id).isEmpty());  // Comité's choice kept…
        QVERIFY(again.text().contains(QStringLiteral("Comité's value was kept for: incubators")));  // …and said
    }
};

QTEST_GUILESS_MAIN(TestBetagouvCoIncubation)
#include "tst_betagouvcoincubation.moc"
