#pragma once
// Creates or updates one product from its beta.gouv.fr record: the product
// fields, its imported timeline, committees and funding, leaving what was
// typed in Comité alone. Used by BetagouvImporter inside its transaction.

#include "betagouvrecords.h"

namespace Comite {

class Database;

class BetagouvProductWriter
{
public:
    // The record's references resolved to ids in this database.
    struct Refs {
        qint64 incubatorId = 0;
        QList<qint64> sponsorIds;
        QList<qint64> coIncubatorIds;  // `incubators:` besides the primary one
    };

    explicit BetagouvProductWriter(Database &db) : m_db(db) {}

    qint64 create(const BetagouvProductRecord &record, const Refs &refs);

    // Updates product `id` from a changed file. `base` is the record as last
    // imported (none when the product was not imported before): a field
    // edited in Comité since then keeps Comité's value. Returns the names of
    // the fields changed on both sides, where Comité's value was kept.
    QStringList update(qint64 id, const BetagouvProductRecord &record, const Refs &refs,
                       const std::optional<BetagouvProductRecord> &base, const Refs &baseRefs);

    // Three-way choice between the last import, Comité and the file.
    template<typename T>
    static T merge(const std::optional<T> &base, const T &local, const T &remote, bool *conflict)
    {
        if (!base || local == *base || local == remote)
            return remote;
        if (remote != *base)
            *conflict = true;
        return local;
    }

private:
    void writeImportedChildren(qint64 id, const BetagouvProductRecord &record, qint64 incubatorId);

    Database &m_db;
};

} // namespace Comite
