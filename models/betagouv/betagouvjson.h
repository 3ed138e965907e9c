#pragma once
// The keys the beta.gouv.fr import adds to `product --json`: the timeline
// ("events"), the funding records ("fundings") and where the product was
// imported from ("betagouv": path, and whether Comité changed its phases or
// events since), its incubators, member space contacts and team logins
// ("team").

#include <QJsonObject>

namespace Comite {

class Database;

namespace BetagouvJson {
void addProductKeys(Database &db, qint64 productId, QJsonObject &product);
}

} // namespace Comite
