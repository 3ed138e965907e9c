#include "referenceedits.h"

#include "domain/slug.h"
#include "referencecommands.h"
#include "editsupport.h"

#include <QCoreApplication>

namespace Comite::Edit {

using namespace EditSupport;

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

template<typename T, typename List>
qint64 add(Workspace &ws, const T &record, List list, QString *error, const QString &text)
{
    try {
        if (const QString p = problems(record, (ws.organisations().*list)()); !p.isEmpty()) {
            refuse(error, p);
            return 0;
        }
    } catch (const StorageError &e) {
        refuse(error, e.message());
        return 0;
    }
    T fresh = record;
    fresh.id = 0;
    auto *command = new ChangeRecord<T>(ws, text, std::nullopt, fresh);
    if (!push(ws, command, error))
        return 0;
    return command->recordId();
}

template<typename T, typename List>
bool update(Workspace &ws, const T &record, List list, QString *error, const QString &text)
{
    QList<T> existing;
    try {
        existing = (ws.organisations().*list)();
    } catch (const StorageError &e) {
        return refuse(error, e.message());
    }
    const T *before = find(existing, record.id);
    if (!before)
        return false;
    if (*before == record)
        return true;
    if (const QString p = problems(record, existing); !p.isEmpty())
        return refuse(error, p);
    return push(ws, new ChangeRecord<T>(ws, text, *before, record), error);
}
} // namespace

qint64 addOrganisation(Workspace &ws, const Organisation &organisation, QString *error)
{
    return add(ws, organisation, &OrganisationRepository::organisations, error, Tr::tr("Add organisation"));
}

bool updateOrganisation(Workspace &ws, const Organisation &organisation, QString *error)
{
    return update(ws, organisation, &OrganisationRepository::organisations, error, Tr::tr("Edit organisation"));
}

bool removeOrganisation(Workspace &ws, qint64 id, QString *error)
{
    try {
        const QList<Organisation> all = ws.organisations().organisations();
        const Organisation *org = find(all, id);
        if (!org)
            return false;
        if (const int uses = ws.organisations().organisationUsage(id); uses > 0)
            return refuse(error, Tr::tr("“%1” sponsors products or owns an incubator (%n use(s)); remove those links first.",
                                        nullptr, uses)
                                     .arg(org->name));
        return push(ws, new ChangeOrganisation(ws, Tr::tr("Remove organisation"), *org, std::nullopt), error);
    } catch (const StorageError &e) {
        return refuse(error, e.message());
    }
}

qint64 addIncubator(Workspace &ws, const Incubator &incubator, QString *error)
{
    return add(ws, incubator, &OrganisationRepository::incubators, error, Tr::tr("Add incubator"));
}

bool updateIncubator(Workspace &ws, const Incubator &incubator, QString *error)
{
    if (incubator.yearlyBudget && *incubator.yearlyBudget < 0)
        return refuse(error, Tr::tr("The yearly budget cannot be negative."));
    return update(ws, incubator, &OrganisationRepository::incubators, error, Tr::tr("Edit incubator"));
}

bool removeIncubator(Workspace &ws, qint64 id, QString *error)
{
    try {
        const QList<Incubator> all = ws.organisations().incubators();
        const Incubator *inc = find(all, id);
        if (!inc)
            return false;
        if (const int uses = ws.organisations().incubatorUsage(id); uses > 0)
            return refuse(error, Tr::tr("“%1” still holds %n product(s); move them to another incubator first.", nullptr, uses)
                                     .arg(inc->name));
        return push(ws, new ChangeIncubator(ws, Tr::tr("Remove incubator"), *inc, std::nullopt), error);
    } catch (const StorageError &e) {
        return refuse(error, e.message());
    }
}

} // namespace Comite::Edit
