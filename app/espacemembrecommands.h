#pragma once
// The member space command of `comite`:
//   import-espace-membre --url URL [--api-key-file FILE] [--incubator GHID] [--timeout SECONDS] --db PATH
// The key comes from the file, else from the system keyring (service
// "comite-espace-membre", the address's host as the key name); it is never
// written into Comité's settings or database.
// Exit codes: 0 imported, 1 failure (nothing imported), 2 usage error.

#include <QStringList>

namespace Comite::EspaceMembreCommands {
int importEspaceMembre(const QStringList &arguments);
}
