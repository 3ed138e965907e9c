#pragma once
// The logging categories, one per layer, so a run can turn on what it needs:
//   QT_LOGGING_RULES="comite.storage.debug=true" comite …
// comite.storage  Database and repositories (the failing SQL and its bound
//                 values at debug level; never a password)
// comite.edit     undo commands and the Edit:: API (models/commands)
// comite.io       imports, exports, documents (betagouv/, deliberation/, io/…)
// comite.ui       failures reported to the user (ui/errorreport.h)
// comite.cli      the command line (app/)

#include <QLoggingCategory>

namespace Comite {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcEdit)
Q_DECLARE_LOGGING_CATEGORY(lcIo)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)

} // namespace Comite
