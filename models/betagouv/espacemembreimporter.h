#pragma once
// Writes what the member space's API gave (EspaceMembreClient) into the
// portfolio the way the file import does, in one transaction: missing
// incubators created; each startup's title, pitch, incubators, phases and
// site/repository links merged three-way against the product's last
// imported beta.gouv.fr file (what Comité changed since is kept and
// reported), a new startup created; the members of each startup become its
// team logins (replacing only those an earlier member space import wrote)
// and their full names are kept. Sponsors, committees, timeline and funding
// are not in the API: they stay as the files gave them.

#include "betagouvreport.h"
#include "espacemembreclient.h"

namespace Comite {

class Database;

namespace EspaceMembreImporter {

BetagouvReport write(Database &db, const QString &source, const EspaceMembreData &data);

} // namespace EspaceMembreImporter

} // namespace Comite
