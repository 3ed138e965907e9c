#pragma once
// The roadmaps and budget envelopes of the demo portfolio. Texts come from
// resources/demo/roadmaps.json; periods follow the product's committees
// (the previous roadmap approved by the committee before last, the current
// one by the last), targets are set from the measurements at the start of
// each period, and each period gets the envelope its spending calls for.

#include <QJsonObject>

namespace Comite {

class Database;

namespace DemoRoadmaps {
// Writes the roadmaps and envelopes of every product named in `texts`
// ("products": slug → texts), inside the caller's transaction, after the
// products, their indicators, spending and sessions.
void write(Database &db, const QJsonObject &texts);
}

} // namespace Comite
