#include "betagouvimporter.h"

#include "betagouvfrontmatter.h"
#include "betagouvmapping.h"
#include "betagouvproductwriter.h"
#include "betagouvreader.h"
#include "storage/betagouvstore.h"
#include "storage/database.h"
#include "storage/organisationrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BetagouvImporter)
};

// Thrown inside the transaction to roll it back.
struct Cancelled {};

// Bump when the mapping changes, so that a re-import applies it to files
// that did not change.
constexpr char mappingVersion[] = "betagouv-mapping-2";

QString fingerprint(const BetagouvSource &source, const QString &references)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(mappingVersion);
    hash.addData(source.path.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(source.content);
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(references.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

int keyLine(const BetagouvSource &source, const char *key)
{
    return BetagouvFrontMatter::split(source.content).lineOfKey(source.content, key);
}
} // namespace

// What the import knows about the database and the batch's references.
struct BetagouvImporter::Context {
    QHash<QString, qint64> organisations, incubators, products;  // slug → id
    QHash<qint64, QString> organisationPrints, incubatorPrints, productPrints;
    QHash<QString, QString> owner;                 // incubator slug → resolved owner slug
    QHash<QString, QString> productIncubator;      // product slug → resolved incubator slug
    QHash<QString, QStringList> productSponsors;   // product slug → resolved sponsor slugs
    QHash<QString, QStringList> productCoIncubators;  // product slug → known co-incubator slugs
    int done = 0;
    int total = 0;

    QList<qint64> incubatorIds(const QStringList &slugs) const
    {
        QList<qint64> result;
        for (const QString &slug : slugs) {
            if (const qint64 id = incubators.value(slug))
                result << id;
        }
        return result;
    }

    QList<qint64> ids(const QStringList &slugs) const
    {
        QList<qint64> result;
        for (const QString &slug : slugs) {
            if (const qint64 id = organisations.value(slug))
                result << id;
        }
        return result;
    }
};

BetagouvImporter::BetagouvImporter(Database &db)
    : m_db(db)
{
}

BetagouvImporter::~BetagouvImporter() = default;

BetagouvReport BetagouvImporter::importFolder(Database &db, const QString &root, const Options &options,
                                              const Progress &progress, const std::atomic_bool *cancel)
{
    // Reading takes most of the time: count it as the first 60 %.
    auto scaled = [&](int from, int span) -> std::function<void(int, int)> {
        if (!progress)
            return {};
        return [=](int done, int total) { progress(from + (total > 0 ? done * span / total : span), 100); };
    };
    const BetagouvBatch batch = BetagouvReader::read(root, scaled(0, 60), cancel);
    BetagouvImporter importer(db);
    importer.setProgress(scaled(60, 40));
    importer.setCancelFlag(cancel);
    return importer.write(batch, options);
}

BetagouvReport BetagouvImporter::write(const BetagouvBatch &batch, const Options &options)
{
    BetagouvReport report;
    report.root = batch.root;
    report.strict = options.strict;
    report.files = batch.files;
    report.skipped = batch.skipped;
    report.warnings = batch.warnings;
    report.notes = batch.notes;
    report.renames = batch.renames;
    report.advisories = batch.advisories;
    if (!batch.error.isEmpty()) {
        report.error = batch.error;
        return report;
    }
    if (batch.cancelled) {
        report.cancelled = true;
        return report;
    }
    m_context = std::make_unique<Context>();
    try {
        m_db.transaction([&] {
            resolve(batch, report);
            for (const BetagouvProductRecord &p : batch.products)
                noteFutureDates(p, options.today, report);
            if (options.strict && report.hasProblems()) {
                report.strictRefused = true;
                return;
            }
            if (m_cancel && m_cancel->load())
                throw Cancelled{};
            writeAll(batch, report);
        });
    } catch (const Cancelled &) {
        report.cancelled = true;
    } catch (const StorageError &e) {
        report.error = e.message();
    }
    if (!report.succeeded())
        report.created = report.updated = report.unchanged = {};
    for (QList<BetagouvIssue> *issues : {&report.skipped, &report.warnings, &report.advisories, &report.notes}) {
        std::stable_sort(issues->begin(), issues->end(), [](const BetagouvIssue &a, const BetagouvIssue &b) {
            return std::tie(a.path, a.line) < std::tie(b.path, b.line);
        });
    }
    m_context.reset();
    return report;
}

void BetagouvImporter::resolve(const BetagouvBatch &batch, BetagouvReport &report)
{
    Context &c = *m_context;
    BetagouvStore store(m_db);
    c.organisations = store.slugIds("organisations");
    c.incubators = store.slugIds("incubators");
    c.products = store.slugIds("products");
    c.organisationPrints = store.fingerprints(BetagouvKind::Organisation);
    c.incubatorPrints = store.fingerprints(BetagouvKind::Incubator);
    c.productPrints = store.fingerprints(BetagouvKind::Startup);

    QSet<QString> organisations(c.organisations.keyBegin(), c.organisations.keyEnd());
    for (const auto &o : batch.organisations)
        organisations.insert(o.slug);
    QSet<QString> incubators(c.incubators.keyBegin(), c.incubators.keyEnd());
    for (const auto &i : batch.incubators)
        incubators.insert(i.slug);

    for (const BetagouvIncubatorRecord &i : batch.incubators) {
        if (i.owner.isEmpty() || organisations.contains(i.owner)) {
            c.owner.insert(i.slug, i.owner);
            continue;
        }
        report.warnings << BetagouvIssue{i.source.path, keyLine(i.source, "owner"),
                                         Tr::tr("the owner “%1” is not a known organisation; the incubator has no "
                                                "owner.").arg(i.owner)};
    }
    for (const BetagouvProductRecord &p : batch.products) {
        if (!p.incubator.isEmpty() && !incubators.contains(p.incubator)) {
            report.warnings << BetagouvIssue{p.source.path, keyLine(p.source, "incubator"),
                                             Tr::tr("the incubator “%1” is not known; the product has no incubator.")
                                                 .arg(p.incubator)};
        } else {
            c.productIncubator.insert(p.slug, p.incubator);
        }
        QStringList coIncubators;
        for (const QString &slug : p.coIncubators) {
            if (incubators.contains(slug))
                coIncubators << slug;
            else
                report.warnings << BetagouvIssue{p.source.path,
                                                 BetagouvFrontMatter::split(p.source.content)
                                                     .lineContaining(p.source.content, slug.toUtf8(), "incubators"),
                                                 Tr::tr("the co-incubator “%1” is not a known incubator; it was left "
                                                        "out.").arg(slug)};
        }
        c.productCoIncubators.insert(p.slug, coIncubators);
        QStringList sponsors;
        for (const QString &sponsor : p.sponsors) {
            if (organisations.contains(sponsor))
                sponsors << sponsor;
            else
                report.warnings << BetagouvIssue{p.source.path,
                                                 BetagouvFrontMatter::split(p.source.content)
                                                     .lineContaining(p.source.content, sponsor.toUtf8(), "sponsors"),
                                                 Tr::tr("the sponsor “%1” is not a known organisation; it was left "
                                                        "out.").arg(sponsor)};
        }
        c.productSponsors.insert(p.slug, sponsors);
    }
    c.total = batch.recordCount();
}

void BetagouvImporter::noteFutureDates(const BetagouvProductRecord &p, QDate today, BetagouvReport &report)
{
    if (!today.isValid())
        return;
    const BetagouvFrontMatter fm = BetagouvFrontMatter::split(p.source.content);
    auto note = [&](QDate date, const QByteArray &key, const QString &what) {
        if (date > today) {
            const QByteArray text = key + ": " + date.toString(Qt::ISODate).toLatin1();
            report.notes << BetagouvIssue{p.source.path, fm.lineContaining(p.source.content, text, key),
                                          Tr::tr("%1 is dated %2, after today; check the date.")
                                              .arg(what, date.toString(Qt::ISODate))};
        }
    };
    for (const PhaseRecord &phase : p.phases)
        note(phase.start, "start", Tr::tr("the phase “%1”").arg(Phases::key(phase.phase)));
    for (const BetagouvEvent &e : p.events)
        note(e.date, "date", Tr::tr("the event “%1”").arg(e.kind));
}

void BetagouvImporter::writeAll(const BetagouvBatch &batch, BetagouvReport &report)
{
    for (const auto &o : batch.organisations) {
        importOrganisation(o, report);
        step();
    }
    for (const auto &i : batch.incubators) {
        importIncubator(i, report);
        step();
    }
    for (const auto &p : batch.products) {
        importProduct(p, report);
        step();
    }
}

// After each record: progress, then a chance to cancel.
void BetagouvImporter::step()
{
    Context &c = *m_context;
    if (m_progress)
        m_progress(++c.done, c.total);
    if (m_cancel && m_cancel->load())
        throw Cancelled{};
}

void BetagouvImporter::importOrganisation(const BetagouvOrganisationRecord &r, BetagouvReport &report)
{
    Context &c = *m_context;
    OrganisationRepository repository(m_db);
    BetagouvStore store(m_db);
    const QString print = fingerprint(r.source, {});
    const qint64 existing = c.organisations.value(r.slug);
    if (existing == 0) {
        const qint64 id = repository.insert(Organisation{0, r.slug, r.name, r.acronym, r.kind});
        c.organisations.insert(r.slug, id);
        store.saveSource(BetagouvKind::Organisation, id, r.source, print);
        report.created.add(BetagouvKind::Organisation);
        return;
    }
    if (c.organisationPrints.value(existing) == print) {
        report.unchanged.add(BetagouvKind::Organisation);
        return;
    }
    std::optional<BetagouvOrganisationRecord> base;
    if (const auto source = store.source(BetagouvKind::Organisation, existing)) {
        BetagouvMapping::Outcome ignored;
        base = BetagouvMapping::organisation({source->path, source->content}, r.slug, ignored);
    }
    Organisation local = *repository.organisationBySlug(r.slug);
    bool conflict = false;
    auto merge = [&](QString Organisation::*field, const QString &remote, QString BetagouvOrganisationRecord::*baseField) {
        const std::optional<QString> b = base ? std::optional<QString>((*base).*baseField) : std::nullopt;
        local.*field = BetagouvProductWriter::merge(b, local.*field, remote, &conflict);
    };
    merge(&Organisation::name, r.name, &BetagouvOrganisationRecord::name);
    merge(&Organisation::acronym, r.acronym, &BetagouvOrganisationRecord::acronym);
    merge(&Organisation::kind, r.kind, &BetagouvOrganisationRecord::kind);
    if (conflict)
        report.notes << BetagouvIssue{r.source.path, 0, Tr::tr("changed both in Comité and in the file; Comité's "
                                                               "name, acronym and type were kept.")};
    repository.update(local);
    store.saveSource(BetagouvKind::Organisation, existing, r.source, print);
    report.updated.add(BetagouvKind::Organisation);
}

void BetagouvImporter::importIncubator(const BetagouvIncubatorRecord &r, BetagouvReport &report)
{
    Context &c = *m_context;
    OrganisationRepository repository(m_db);
    BetagouvStore store(m_db);
    const QString owner = c.owner.value(r.slug);
    const QString print = fingerprint(r.source, owner);
    const qint64 ownerId = c.organisations.value(owner);
    const qint64 existing = c.incubators.value(r.slug);
    if (existing == 0) {
        const qint64 id = repository.insert(Incubator{0, r.slug, r.name, ownerId, {}});
        c.incubators.insert(r.slug, id);
        store.saveSource(BetagouvKind::Incubator, id, r.source, print);
        report.created.add(BetagouvKind::Incubator);
        return;
    }
    if (c.incubatorPrints.value(existing) == print) {
        report.unchanged.add(BetagouvKind::Incubator);
        return;
    }
    std::optional<BetagouvIncubatorRecord> base;
    if (const auto source = store.source(BetagouvKind::Incubator, existing)) {
        BetagouvMapping::Outcome ignored;
        base = BetagouvMapping::incubator({source->path, source->content}, r.slug, ignored);
    }
    Incubator local = *repository.incubatorBySlug(r.slug);
    bool conflict = false;
    local.name = BetagouvProductWriter::merge(base ? std::optional<QString>(base->name) : std::nullopt, local.name,
                                              r.name, &conflict);
    const auto baseOwner = base ? std::optional<qint64>(c.organisations.value(base->owner)) : std::nullopt;
    local.ownerId = BetagouvProductWriter::merge(baseOwner, local.ownerId, ownerId, &conflict);
    if (conflict)
        report.notes << BetagouvIssue{r.source.path, 0, Tr::tr("changed both in Comité and in the file; Comité's "
                                                               "name and owner were kept.")};
    repository.update(local);  // the yearly budget is Comité's and stays
    store.saveSource(BetagouvKind::Incubator, existing, r.source, print);
    report.updated.add(BetagouvKind::Incubator);
}

void BetagouvImporter::importProduct(const BetagouvProductRecord &r, BetagouvReport &report)
{
    Context &c = *m_context;
    BetagouvStore store(m_db);
    BetagouvProductWriter writer(m_db);
    const QString incubator = c.productIncubator.value(r.slug);
    const QStringList sponsors = c.productSponsors.value(r.slug);
    const QStringList coIncubators = c.productCoIncubators.value(r.slug);
    const QString print = fingerprint(r.source, incubator + u'|' + sponsors.join(u',') + u'|' + coIncubators.join(u','));
    const BetagouvProductWriter::Refs refs{c.incubators.value(incubator), c.ids(sponsors), c.incubatorIds(coIncubators)};
    const qint64 existing = c.products.value(r.slug);
    if (existing == 0) {
        const qint64 id = writer.create(r, refs);
        c.products.insert(r.slug, id);
        store.saveSource(BetagouvKind::Startup, id, r.source, print);
        report.created.add(BetagouvKind::Startup);
        return;
    }
    if (c.productPrints.value(existing) == print) {
        report.unchanged.add(BetagouvKind::Startup);
        return;
    }
    std::optional<BetagouvProductRecord> base;
    BetagouvProductWriter::Refs baseRefs;
    if (const auto source = store.source(BetagouvKind::Startup, existing)) {
        BetagouvMapping::Outcome ignored;
        base = BetagouvMapping::product({source->path, source->content}, r.slug, ignored);
        if (base)
            baseRefs = {c.incubators.value(base->incubator), c.ids(base->sponsors), c.incubatorIds(base->coIncubators)};
    }
    const QStringList conflicts = writer.update(existing, r, refs, base, baseRefs);
    if (!conflicts.isEmpty())
        report.notes << BetagouvIssue{r.source.path, 0,
                                      Tr::tr("changed both in Comité and in the file; Comité's value was kept for: %1.")
                                          .arg(conflicts.join(QStringLiteral(", ")))};
    store.saveSource(BetagouvKind::Startup, existing, r.source, print);
    report.updated.add(BetagouvKind::Startup);
}

} // namespace Comite
