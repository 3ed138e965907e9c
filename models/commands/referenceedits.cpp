#include "referenceedits.h"

#include "domain/slug.h"
#include "referencecommands.h"
#include "editsupport.h"

#include <QCoreApplication>

namespace Comite::Edit {

using EditSupport::pushed;
using EditSupport::refusal;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Edit)
};

template<typename T>
QString problems(const T &record, const QList<T> &existing)
{
    if (record.name.trimmed().isEmpty())
        return Tr::tr("The name cannot be empty.");
    if (!Slug::isValid(record.slug))
        return Tr::tr("The identifier “%1” may only hold lower-case letters, digits, dots and dashes.").arg(record.slug);
    for (const T &other : existing) {
        if (other.slug == record.slug && other.id != record.id)
            return Tr::tr("“%1” already uses the identifier “%2”.").arg(other.name, record.slug);
    }
    return {};
}

template<typename T>
const T *find(const QList<T> &list, qint64 id)
{
    auto it = std::find_if(list.begin(), list.end(), [id](const T &r) { return r.id == id; });
    return it == list.end() ? nullptr : &*it;
}

// The stored records of `list`, and the one with `id` among them (a
// failure saying `missing` when it is gone).
template<typename T, typename List>
Result<std::pair<QList<T>, T>> loadWith(Workspace &ws, List list, qint64 id, const QString &missing)
{
    return attempt([&]() -> std::pair<QList<T>, T> {
        QList<T> all = (ws.organisations().*list)();
        const T *record = find(all, id);
        if (!record)
            throw StorageError(missing);
        const T found = *record;
        return {std::move(all), found};
    });
}

template<typename T, typename List>
Result<qint64> add(Workspace &ws, const T &record, List list, const QString &text)
{
    const Result<QString> problem = attempt([&] { return problems(record, (ws.organisations().*list)()); });
    if (!problem)
        return problem.error();
    if (!problem->isEmpty())
        return refusal(problem.value());
    T fresh = record;
    fresh.id = 0;
    auto *command = new ChangeRecord<T>(ws, text, std::nullopt, fresh);
    if (const Result<void> r = pushed(ws, command); !r)
        return r.error();
    return command->recordId();
}

template<typename T, typename List>
Result<void> update(Workspace &ws, const T &record, List list, const QString &text, const QString &missing)
{
    const Result<std::pair<QList<T>, T>> stored = loadWith<T>(ws, list, record.id, missing);
    if (!stored)
        return stored.error();
    const auto &[existing, before] = stored.value();
    if (before == record)
        return success();
    if (const QString p = problems(record, existing); !p.isEmpty())
        return refusal(p);
    return pushed(ws, new ChangeRecord<T>(ws, text, before, record));
}

// Refused with `inUse(record, uses)` while `usage` counts uses of it.
template<typename T, typename List, typename Usage, typename InUse>
Result<void> removeUnused(Workspace &ws, qint64 id, List list, Usage usage, const QString &missing, InUse inUse,
                          const QString &text)
{
    const Result<std::pair<QList<T>, T>> stored = loadWith<T>(ws, list, id, missing);
    if (!stored)
        return stored.error();
    const Result<int> uses = attempt([&] { return (ws.organisations().*usage)(id); });
    if (!uses)
        return uses.error();
    if (uses.value() > 0)
        return refusal(inUse(stored->second, uses.value()));
    return pushed(ws, new ChangeRecord<T>(ws, text, stored->second, std::nullopt));
}

QString organisationMissing()
{
    return Tr::tr("This organisation no longer exists.");
}

QString incubatorMissing()
{
    return Tr::tr("This incubator no longer exists.");
}
} // namespace

Result<qint64> addOrganisation(Workspace &ws, const Organisation &organisation)
{
    return add(ws, organisation, &OrganisationRepository::organisations, Tr::tr("Add organisation"));
}

Result<void> updateOrganisation(Workspace &ws, const Organisation &organisation)
{
    return update(ws, organisation, &OrganisationRepository::organisations, Tr::tr("Edit organisation"),
                  organisationMissing());
}

Result<void> removeOrganisation(Workspace &ws, qint64 id)
{
    return removeUnused<Organisation>(
        ws, id, &OrganisationRepository::organisations, &OrganisationRepository::organisationUsage, organisationMissing(),
        [](const Organisation &org, int uses) {
            return Tr::tr("“%1” sponsors products or owns an incubator (%n use(s)); remove those links first.", nullptr, uses)
                .arg(org.name);
        },
        Tr::tr("Remove organisation"));
}

Result<qint64> addIncubator(Workspace &ws, const Incubator &incubator)
{
    return add(ws, incubator, &OrganisationRepository::incubators, Tr::tr("Add incubator"));
}

Result<void> updateIncubator(Workspace &ws, const Incubator &incubator)
{
    if (incubator.yearlyBudget && *incubator.yearlyBudget < 0)
        return refusal(Tr::tr("The yearly budget cannot be negative."));
    return update(ws, incubator, &OrganisationRepository::incubators, Tr::tr("Edit incubator"), incubatorMissing());
}

Result<void> removeIncubator(Workspace &ws, qint64 id)
{
    return removeUnused<Incubator>(
        ws, id, &OrganisationRepository::incubators, &OrganisationRepository::incubatorUsage, incubatorMissing(),
        [](const Incubator &inc, int uses) {
            return Tr::tr("“%1” still holds %n product(s); move them to another incubator first.", nullptr, uses)
                .arg(inc.name);
        },
        Tr::tr("Remove incubator"));
}

} // namespace Comite::Edit
