#include "referencecommands.h"

namespace Comite {

const QList<RecordPart<Organisation>> &RecordStore<Organisation>::parts()
{
    static const QList<RecordPart<Organisation>> parts{
        recordPart<Organisation>(Slug, &Organisation::slug), recordPart<Organisation>(Name, &Organisation::name),
        recordPart<Organisation>(Acronym, &Organisation::acronym), recordPart<Organisation>(Kind, &Organisation::kind)};
    return parts;
}

std::optional<Organisation> RecordStore<Organisation>::load(Workspace &ws, qint64 id)
{
    return ws.organisations().organisation(id);
}

Organisation RecordStore<Organisation>::insert(Workspace &ws, Organisation record)
{
    record.id = ws.organisations().insert(record);
    return record;
}

QString RecordStore<Organisation>::name(const Organisation &record)
{
    return QCoreApplication::translate("ChangeRecord", "the organisation “%1”").arg(record.name);
}

const QList<RecordPart<Incubator>> &RecordStore<Incubator>::parts()
{
    static const QList<RecordPart<Incubator>> parts{
        recordPart<Incubator>(Slug, &Incubator::slug), recordPart<Incubator>(Name, &Incubator::name),
        recordPart<Incubator>(Owner, &Incubator::ownerId), recordPart<Incubator>(YearlyBudget, &Incubator::yearlyBudget)};
    return parts;
}

std::optional<Incubator> RecordStore<Incubator>::load(Workspace &ws, qint64 id)
{
    return ws.organisations().incubator(id);
}

Incubator RecordStore<Incubator>::insert(Workspace &ws, Incubator record)
{
    record.id = ws.organisations().insert(record);
    return record;
}

QString RecordStore<Incubator>::name(const Incubator &record)
{
    return QCoreApplication::translate("ChangeRecord", "the incubator “%1”").arg(record.name);
}

} // namespace Comite
