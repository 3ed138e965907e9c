#include "espacemembreimporter.h"

#include "betagouvmapping.h"
#include "betagouvproductwriter.h"
#include "storage/betagouvstore.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/organisationrepository.h"
#include "storage/productincubatorrepository.h"
#include "storage/productrepository.h"

#include <QCoreApplication>

namespace Comite::EspaceMembreImporter {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(EspaceMembreImporter)
};

// What the API says, over what the last imported file said: the keys the
// API does not give (sponsors, events, funding, contacts, other links,
// phase comments) stay the file's.
BetagouvProductRecord remoteOver(const std::optional<BetagouvProductRecord> &base, const BetagouvProductRecord &api)
{
    BetagouvProductRecord r = base ? *base : BetagouvProductRecord{};
    r.slug = api.slug;
    r.title = api.title;
    r.pitch = api.pitch;
    r.incubator = api.incubator;
    r.coIncubators = api.coIncubators;
    QList<ProductLink> links = api.links;
    for (const ProductLink &l : r.links) {
        if (l.kind != u"site" && l.kind != u"repository")
            links << l;
    }
    r.links = links;
    r.phases = api.phases;
    for (PhaseRecord &p : r.phases) {
        for (const PhaseRecord &b : base ? base->phases : QList<PhaseRecord>{}) {
            if (b.phase == p.phase && b.start == p.start)
                p.comment = b.comment;
        }
    }
    return r;
}

bool sameAsBase(const BetagouvProductRecord &a, const BetagouvProductRecord &b)
{
    return a.title == b.title && a.pitch == b.pitch && a.incubator == b.incubator && a.coIncubators == b.coIncubators
        && a.phases == b.phases && a.links == b.links;
}
// Members feed the teams: each imported startup's team becomes the members
// whose current missions name it (a member listed by several incubators
// counts once); their full names make contacts and logins read as people.
void writeTeams(Database &db, const EspaceMembreData &data, BetagouvReport &report)
{
    ProductRepository products(db);
    QHash<QString, qint64> productIds;
    QHash<qint64, QSet<QString>> teams;
    for (const BetagouvProductRecord &s : data.startups) {
        if (const auto id = products.idForSlug(s.slug)) {
            productIds.insert(s.slug, *id);
            teams.insert(*id, {});
        }
    }
    QHash<QString, QString> names;
    for (const EspaceMembreMember &m : data.members) {
        if (m.username.isEmpty())
            continue;
        names.insert(m.username, m.fullname.trimmed());
        for (const QString &ghid : m.startups) {
            if (const qint64 id = productIds.value(ghid))
                teams[id].insert(m.username);
        }
    }
    MemberRepository members(db);
    members.setFullNames(names);
    report.membersRead = int(names.size());
    report.teams = members.replaceImportedTeams(teams);
}
} // namespace

BetagouvReport write(Database &db, const QString &source, const EspaceMembreData &data)
{
    BetagouvReport report;
    report.root = source;
    report.files = int(data.incubators.size() + data.startups.size());  // records read
    report.warnings = data.warnings;
    try {
        db.transaction([&] {
            OrganisationRepository organisations(db);
            ProductRepository products(db);
            BetagouvStore store(db);
            BetagouvProductWriter writer(db);
            QHash<QString, qint64> incubatorIds;
            for (const EspaceMembreIncubator &i : data.incubators) {
                if (const auto existing = organisations.incubatorBySlug(i.ghid)) {
                    incubatorIds.insert(i.ghid, existing->id);
                    report.unchanged.add(BetagouvKind::Incubator);
                } else {
                    incubatorIds.insert(i.ghid, organisations.insert(Incubator{0, i.ghid, i.title, 0, {}}));
                    report.created.add(BetagouvKind::Incubator);
                }
            }
            auto ids = [&](const QStringList &slugs) {
                QList<qint64> result;
                for (const QString &slug : slugs) {
                    if (const qint64 id = incubatorIds.value(slug))
                        result << id;
                }
                return result;
            };
            for (const BetagouvProductRecord &api : data.startups) {
                const auto existing = products.idForSlug(api.slug);
                if (!existing) {
                    const BetagouvProductWriter::Refs refs{incubatorIds.value(api.incubator), {}, ids(api.coIncubators)};
                    writer.create(api, refs);
                    report.created.add(BetagouvKind::Startup);
                    continue;
                }
                std::optional<BetagouvProductRecord> base;
                BetagouvProductWriter::Refs baseRefs;
                if (const auto file = store.source(BetagouvKind::Startup, *existing)) {
                    BetagouvMapping::Outcome ignored;
                    base = BetagouvMapping::product({file->path, file->content}, api.slug, ignored);
                }
                const std::optional<Product> local = products.load(*existing);
                if (base) {
                    baseRefs = {incubatorIds.value(base->incubator, local->incubatorId), local->sponsorIds,
                                ids(base->coIncubators)};
                }
                const BetagouvProductRecord remote = remoteOver(base, api);
                if (base && sameAsBase(remote, *base)) {
                    report.unchanged.add(BetagouvKind::Startup);
                    continue;
                }
                // Sponsors are not in the API: the product's own stay.
                const BetagouvProductWriter::Refs refs{incubatorIds.value(remote.incubator), local->sponsorIds,
                                                       ids(remote.coIncubators)};
                const QStringList conflicts = writer.update(*existing, remote, refs, base, base ? baseRefs : refs);
                if (!conflicts.isEmpty())
                    report.notes << BetagouvIssue{api.source.path, 0,
                                                  Tr::tr("changed both in Comité and in the member space; Comité's "
                                                         "value was kept for: %1.")
                                                      .arg(conflicts.join(QStringLiteral(", ")))};
                if (!base)
                    report.notes << BetagouvIssue{api.source.path, 0,
                                                  Tr::tr("no beta.gouv.fr file was imported for this product: the "
                                                         "member space's values were taken.")};
                report.updated.add(BetagouvKind::Startup);
            }
            writeTeams(db, data, report);
        });
    } catch (const StorageError &e) {
        report.error = e.message();
        report.created = report.updated = report.unchanged = {};
        report.teams = {};
    }
    return report;
}

} // namespace Comite::EspaceMembreImporter
