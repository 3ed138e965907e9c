#include "betagouvproductwriter.h"

#include "storage/betagouvstore.h"
#include "storage/database.h"
#include "storage/productincubatorrepository.h"
#include "storage/productrepository.h"

namespace Comite {

namespace {
template<typename T>
std::optional<T> baseValue(const std::optional<BetagouvProductRecord> &base, T (*get)(const BetagouvProductRecord &))
{
    return base ? std::optional<T>(get(*base)) : std::nullopt;
}
} // namespace

qint64 BetagouvProductWriter::create(const BetagouvProductRecord &record, const Refs &refs)
{
    Product p;
    p.slug = record.slug;
    p.title = record.title;
    p.pitch = record.pitch;
    p.incubatorId = refs.incubatorId;
    p.sponsorIds = refs.sponsorIds;
    p.description = record.description;
    p.links = record.links;
    p.phases = record.phases;
    const qint64 id = ProductRepository(m_db).insert(p);
    ProductIncubatorRepository extras(m_db);
    if (!refs.coIncubatorIds.isEmpty())
        extras.setCoIncubators(id, refs.coIncubatorIds);
    const ProductContacts contacts{record.contactDinum, record.contactIncubator};
    if (!contacts.isEmpty())
        extras.setContacts(id, contacts);
    writeImportedChildren(id, record, refs.incubatorId);
    return id;
}

QStringList BetagouvProductWriter::update(qint64 id, const BetagouvProductRecord &record, const Refs &refs,
                                          const std::optional<BetagouvProductRecord> &base, const Refs &baseRefs)
{
    ProductRepository products(m_db);
    const std::optional<Product> stored = products.load(id);
    if (!stored)
        return {};
    const Product &local = *stored;
    QStringList conflicts;
    auto field = [&](ProductField f, const char *name, const QString &localValue, const QString &remoteValue,
                     QString (*get)(const BetagouvProductRecord &)) {
        bool conflict = false;
        const QString value = merge(baseValue<QString>(base, get), localValue, remoteValue, &conflict);
        if (conflict)
            conflicts << QString::fromLatin1(name);
        if (value != localValue)
            products.setField(id, f, value);
    };
    field(ProductField::Title, "title", local.title, record.title, [](const BetagouvProductRecord &r) { return r.title; });
    field(ProductField::Pitch, "mission", local.pitch, record.pitch, [](const BetagouvProductRecord &r) { return r.pitch; });
    field(ProductField::Description, "body", local.description, record.description,
          [](const BetagouvProductRecord &r) { return r.description; });

    bool conflict = false;
    const std::optional<qint64> baseIncubator = base ? std::optional<qint64>(baseRefs.incubatorId) : std::nullopt;
    const qint64 incubator = merge(baseIncubator, local.incubatorId, refs.incubatorId, &conflict);
    if (std::exchange(conflict, false))
        conflicts << QStringLiteral("incubator");
    if (incubator != local.incubatorId)
        products.setField(id, ProductField::Incubator, incubator);

    const auto baseSponsors = base ? std::optional<QList<qint64>>(baseRefs.sponsorIds) : std::nullopt;
    const QList<qint64> sponsors = merge(baseSponsors, local.sponsorIds, refs.sponsorIds, &conflict);
    if (std::exchange(conflict, false))
        conflicts << QStringLiteral("sponsors");
    if (sponsors != local.sponsorIds)
        products.setSponsors(id, sponsors);

    ProductIncubatorRepository extras(m_db);
    QList<qint64> localCoIncubators;
    for (const CoIncubator &i : extras.coIncubators(id))
        localCoIncubators << i.id;
    const auto baseCoIncubators = base ? std::optional<QList<qint64>>(baseRefs.coIncubatorIds) : std::nullopt;
    const QList<qint64> coIncubators = merge(baseCoIncubators, localCoIncubators, refs.coIncubatorIds, &conflict);
    if (std::exchange(conflict, false))
        conflicts << QStringLiteral("incubators");
    if (coIncubators != localCoIncubators)
        extras.setCoIncubators(id, coIncubators);

    const ProductContacts localContacts = extras.contacts(id);
    const auto baseContacts = base ? std::optional<ProductContacts>(ProductContacts{base->contactDinum, base->contactIncubator})
                                   : std::nullopt;
    const ProductContacts contacts
        = merge(baseContacts, localContacts, ProductContacts{record.contactDinum, record.contactIncubator}, &conflict);
    if (std::exchange(conflict, false))
        conflicts << QStringLiteral("contacts");
    if (contacts != localContacts)
        extras.setContacts(id, contacts);

    const auto baseLinks = base ? std::optional<QList<ProductLink>>(base->links) : std::nullopt;
    const QList<ProductLink> links = merge(baseLinks, local.links, record.links, &conflict);
    if (std::exchange(conflict, false))
        conflicts << QStringLiteral("links");
    if (links != local.links)
        products.setLinks(id, links);

    const auto basePhases = base ? std::optional<QList<PhaseRecord>>(base->phases) : std::nullopt;
    const QList<PhaseRecord> phases = merge(basePhases, local.phases, record.phases, &conflict);
    if (std::exchange(conflict, false))
        conflicts << QStringLiteral("phases");
    if (phases != local.phases)
        products.setPhases(id, phases);

    writeImportedChildren(id, record, incubator);
    return conflicts;
}

void BetagouvProductWriter::writeImportedChildren(qint64 id, const BetagouvProductRecord &record, qint64 incubatorId)
{
    BetagouvStore store(m_db);
    store.replaceImportedTimeline(id, record.timeline());
    store.syncImportedCommittees(id, incubatorId, record.committees());
    store.replaceImportedFunding(id, record.funding);
}

} // namespace Comite
