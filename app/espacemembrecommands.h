#pragma once
// The member space command of `comite`:
//   import-espace-membre --url URL [--api-key-file FILE] [--incubator GHID] [--timeout SECONDS] --db PATH
// The key comes from the file, else from the system keyring (service
// "comite-espace-membre", the address's host as the key name); it is never
// written into Comité's settings or database.
//   export-changes --since YYYY-MM-DD [--out FILE.md|FILE.html|FILE.pdf] --db PATH
//     what Comité recorded since the date that the member space must be
//     told (Markdown on standard output without --out)
// Exit codes: 0 done, 1 failure (nothing imported / written), 2 usage error.

#include <QStringList>

namespace Comite::EspaceMembreCommands {
int importEspaceMembre(const QStringList &arguments);
int exportChanges(const QStringList &arguments);
}
