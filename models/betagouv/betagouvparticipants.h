#pragma once
// The participants a new session proposes for its products: each product's
// intrapreneur, and the contacts its beta.gouv.fr file names in the member
// space (`contact_dinum` as DINUM's portfolio manager, `contact_incubator`
// as the incubator's lead), each person once, named by the full name the
// member space import recorded for the username (else the username).

#include "domain/sessionparticipant.h"

namespace Comite {

class Database;

namespace BetagouvParticipants {

// `withIntrapreneurs`: the intrapreneurs too (the session dialog's option).
QList<Participant> proposed(Database &db, const QList<qint64> &productIds, bool withIntrapreneurs = true);

} // namespace BetagouvParticipants

} // namespace Comite
