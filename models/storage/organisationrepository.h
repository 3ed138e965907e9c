#pragma once
// Reads and writes organisations (sponsors, incubator owners) and incubators.

#include "domain/product.h"

#include <optional>

namespace Comite {

class Database;

class OrganisationRepository
{
public:
    explicit OrganisationRepository(Database &db) : m_db(db) {}

    QList<Organisation> organisations() const;
    std::optional<Organisation> organisation(qint64 id) const;
    std::optional<Organisation> organisationBySlug(const QString &slug) const;
    qint64 insert(const Organisation &organisation);  // uses organisation.id when set
    void update(const Organisation &organisation);
    void removeOrganisation(qint64 id);
    // Products it sponsors plus incubators it owns: what a delete would break.
    int organisationUsage(qint64 id) const;

    QList<Incubator> incubators() const;
    std::optional<Incubator> incubator(qint64 id) const;
    std::optional<Incubator> incubatorBySlug(const QString &slug) const;
    qint64 insert(const Incubator &incubator);
    void update(const Incubator &incubator);
    void removeIncubator(qint64 id);
    int incubatorUsage(qint64 id) const;  // products in it

private:
    Database &m_db;
};

} // namespace Comite
