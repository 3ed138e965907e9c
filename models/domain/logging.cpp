#include "logging.h"

namespace Comite {

// Warnings and above are shown by default; debug lines only when asked for.
Q_LOGGING_CATEGORY(lcStorage, "comite.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEdit, "comite.edit", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIo, "comite.io", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "comite.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "comite.cli", QtWarningMsg)

} // namespace Comite
