#include "betagouvparticipants.h"

#include "storage/memberrepository.h"
#include "storage/organisationrepository.h"
#include "storage/productincubatorrepository.h"
#include "storage/productrepository.h"

#include <QCoreApplication>
#include <QSet>

namespace Comite::BetagouvParticipants {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BetagouvParticipants)
};
} // namespace

QList<Participant> proposed(Database &db, const QList<qint64> &productIds, bool withIntrapreneurs)
{
    QList<Participant> result;
    QSet<QString> seen;  // role + name: a contact of several products comes once
    auto add = [&](const QString &name, const QString &organisation, ParticipantRole role) {
        const QString person = name.trimmed();
        if (person.isEmpty() || seen.contains(ParticipantRoles::key(role) + u'|' + person))
            return;
        seen.insert(ParticipantRoles::key(role) + u'|' + person);
        result << Participant{0, person, organisation, role, true, ParticipantRoles::votesByDefault(role)};
    };
    ProductRepository products(db);
    OrganisationRepository organisations(db);
    ProductIncubatorRepository extras(db);
    MemberRepository members(db);
    for (qint64 id : productIds) {
        const auto product = products.load(id);
        if (!product)
            continue;
        if (withIntrapreneurs)
            add(product->intrapreneur, product->title, ParticipantRole::Intrapreneur);
    }
    const QList<Incubator> incubators = organisations.incubators();
    for (qint64 id : productIds) {
        const auto product = products.load(id);
        if (!product)
            continue;
        const ProductContacts c = extras.contacts(id);
        // Contacts are usernames: the member space import knows their names.
        add(c.dinum.isEmpty() ? QString() : members.displayName(c.dinum), Tr::tr("DINUM"), ParticipantRole::PortfolioManager);
        QString incubator;
        for (const Incubator &i : incubators) {
            if (i.id == product->incubatorId)
                incubator = i.name;
        }
        add(c.incubator.isEmpty() ? QString() : members.displayName(c.incubator), incubator,
            ParticipantRole::IncubatorLead);
    }
    return result;
}

} // namespace Comite::BetagouvParticipants
