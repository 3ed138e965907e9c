#pragma once
// The beta.gouv.fr commands of `comite`:
//   import-betagouv DIR --db PATH [--strict]
//   export-betagouv DIR --db PATH [--product SLUG]
// Exit codes: 0 done (files skipped on import still give 0), 1 error or
// refused by --strict, 2 usage error.

#include <QStringList>

namespace Comite::BetagouvCommands {
// `arguments`: the program name, then the command's own arguments.
int importBetagouv(const QStringList &arguments);
int exportBetagouv(const QStringList &arguments);
}
