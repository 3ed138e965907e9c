#include "betagouvjson.h"

#include "betagouvexporter.h"
#include "storage/betagouvstore.h"
#include "storage/memberrepository.h"
#include "storage/productincubatorrepository.h"

#include <QJsonArray>

namespace Comite::BetagouvJson {

namespace {
QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

void addProductKeys(Database &db, qint64 productId, QJsonObject &product)
{
    BetagouvStore store(db);
    QJsonArray events;
    for (const BetagouvTimelineEntry &t : store.timeline(productId)) {
        events.append(QJsonObject{{QStringLiteral("kind"), t.event.kind},
                                  {QStringLiteral("date"), dateOrNull(t.event.date)},
                                  {QStringLiteral("comment"), t.event.comment}});
    }
    QJsonArray fundings;
    for (const BetagouvFundingEntry &f : store.fundings(productId)) {
        fundings.append(QJsonObject{{QStringLiteral("source"), f.source},
                                    {QStringLiteral("amount"), f.amount},
                                    {QStringLiteral("label"), f.label},
                                    {QStringLiteral("start"), dateOrNull(f.start)},
                                    {QStringLiteral("end"), dateOrNull(f.end)}});
    }
    // Co-incubation: every incubator, primary first; the member space contacts.
    QStringList incubators;
    if (const QJsonValue primary = product.value(QStringLiteral("incubator")); primary.isString())
        incubators << primary.toString();
    ProductIncubatorRepository extras(db);
    for (const CoIncubator &i : extras.coIncubators(productId))
        incubators << i.slug;
    product.insert(QStringLiteral("incubators"), QJsonArray::fromStringList(incubators));
    const ProductContacts contacts = extras.contacts(productId);
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    product.insert(QStringLiteral("contacts"), QJsonObject{{QStringLiteral("dinum"), orNull(contacts.dinum)},
                                                           {QStringLiteral("incubator"), orNull(contacts.incubator)}});
    // The team logins (the shared server's team role), with full names.
    QJsonArray team;
    for (const TeamMembership &m : MemberRepository(db).team(productId))
        team.append(QJsonObject{{QStringLiteral("login"), m.login},
                                {QStringLiteral("name"), orNull(m.fullName)},
                                {QStringLiteral("from_member_space"), m.fromMemberSpace}});
    product.insert(QStringLiteral("team"), team);
    product.insert(QStringLiteral("events"), events);
    product.insert(QStringLiteral("fundings"), fundings);
    const auto status = BetagouvExporter(db).status(productId);
    product.insert(QStringLiteral("betagouv"),
                   status ? QJsonValue(QJsonObject{{QStringLiteral("path"), status->path},
                                                   {QStringLiteral("changed"), status->changed}})
                          : QJsonValue(QJsonValue::Null));
}

} // namespace Comite::BetagouvJson
