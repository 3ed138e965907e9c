#include "organisationrepository.h"

#include "database.h"
#include "sqlvalue.h"

#include <QSqlQuery>

namespace Comite {

namespace {
const QString orgColumns = QStringLiteral("id, slug, name, acronym, kind");
const QString incColumns = QStringLiteral("id, slug, name, owner_id, yearly_budget");

Organisation readOrganisation(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString()};
}

Incubator readIncubator(const QSqlQuery &q)
{
    Incubator i{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(), {}};
    if (!q.value(4).isNull())
        i.yearlyBudget = q.value(4).toLongLong();
    return i;
}

} // namespace

QList<Organisation> OrganisationRepository::organisations() const
{
    QList<Organisation> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM organisations ORDER BY name, id").arg(orgColumns));
    while (q.next())
        result << readOrganisation(q);
    return result;
}

std::optional<Organisation> OrganisationRepository::organisation(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM organisations WHERE id = ?").arg(orgColumns), {id});
    if (q.next())
        return readOrganisation(q);
    return std::nullopt;
}

std::optional<Organisation> OrganisationRepository::organisationBySlug(const QString &slug) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM organisations WHERE slug = ?").arg(orgColumns), {slug});
    if (q.next())
        return readOrganisation(q);
    return std::nullopt;
}

qint64 OrganisationRepository::insert(const Organisation &o)
{
    qint64 id = 0;
    m_db.transaction([&] {
        id = m_db.insert(QStringLiteral("organisations"),
                         {QStringLiteral("slug"), QStringLiteral("name"), QStringLiteral("acronym"), QStringLiteral("kind")},
                         {o.slug, o.name, Database::text(o.acronym), Database::text(o.kind)}, o.id);
    });
    return id;
}

void OrganisationRepository::update(const Organisation &o)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE organisations SET slug = ?, name = ?, acronym = ?, kind = ?, "
                                 "version = version + 1 WHERE id = ?"),
                  {o.slug, o.name, Database::text(o.acronym), Database::text(o.kind), o.id});
    });
}

QList<Incubator> OrganisationRepository::incubators() const
{
    QList<Incubator> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM incubators ORDER BY name, id").arg(incColumns));
    while (q.next())
        result << readIncubator(q);
    return result;
}

std::optional<Incubator> OrganisationRepository::incubator(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM incubators WHERE id = ?").arg(incColumns), {id});
    if (q.next())
        return readIncubator(q);
    return std::nullopt;
}

std::optional<Incubator> OrganisationRepository::incubatorBySlug(const QString &slug) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM incubators WHERE slug = ?").arg(incColumns), {slug});
    if (q.next())
        return readIncubator(q);
    return std::nullopt;
}

qint64 OrganisationRepository::insert(const Incubator &i)
{
    qint64 id = 0;
    m_db.transaction([&] {
        id = m_db.insert(QStringLiteral("incubators"),
                         {QStringLiteral("slug"), QStringLiteral("name"), QStringLiteral("owner_id"), QStringLiteral("yearly_budget")},
                         {i.slug, i.name, SqlValue::id(i.ownerId),
                          i.yearlyBudget ? QVariant(*i.yearlyBudget) : QVariant(QMetaType(QMetaType::LongLong))},
                         i.id);
    });
    return id;
}

void OrganisationRepository::update(const Incubator &i)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE incubators SET slug = ?, name = ?, owner_id = ?, yearly_budget = ?, "
                                 "version = version + 1 WHERE id = ?"),
                  {i.slug, i.name, SqlValue::id(i.ownerId),
                   i.yearlyBudget ? QVariant(*i.yearlyBudget) : QVariant(QMetaType(QMetaType::LongLong)), i.id});
    });
}

void OrganisationRepository::removeOrganisation(qint64 id)
{
    m_db.transaction([&] { m_db.exec(QStringLiteral("DELETE FROM organisations WHERE id = ?"), {id}); });
}

int OrganisationRepository::organisationUsage(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT (SELECT count(*) FROM product_sponsors WHERE organisation_id = ?) "
                                           "+ (SELECT count(*) FROM incubators WHERE owner_id = ?)"),
                            {id, id});
    return q.next() ? q.value(0).toInt() : 0;
}

void OrganisationRepository::removeIncubator(qint64 id)
{
    m_db.transaction([&] { m_db.exec(QStringLiteral("DELETE FROM incubators WHERE id = ?"), {id}); });
}

int OrganisationRepository::incubatorUsage(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT count(*) FROM products WHERE incubator_id = ?"), {id});
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace Comite
