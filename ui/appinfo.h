#pragma once
// What Comité says about itself in --version, --help and the About box:
// version, licence, where the data and the manual are. One source, so the
// three (and the man page, made from --help) cannot drift apart.

#include <QString>
#include <QStringList>

namespace Comite::AppInfo {
QString version();
// The SPDX identifier of the licence, "EUPL-1.2".
QString licenceId();
// One translated sentence naming the licence.
QString licenceText();
// The folder of the default database (QStandardPaths::AppDataLocation).
QString dataFolder();
// The folders searched for the HTML manual, in order: next to the installed
// program (PREFIX/share/comite/manual), the build tree (BUILD/manual), then
// the system data folders (…/comite/manual).
QStringList manualFolders();
// The manual in `language` ("fr" or "en"), or an empty string when no
// folder has it.
QString manualFile(const QString &language);
// The lines --version prints after "comite VERSION".
QString versionText();
}
