#include "appinfo.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Comite::AppInfo {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AppInfo)
};
} // namespace

QString version()
{
    return QStringLiteral(COMITE_VERSION);
}

QString licenceId()
{
    return QStringLiteral("EUPL-1.2");
}

QString licenceText()
{
    return Tr::tr("Free software under the European Union Public Licence, version 1.2 (EUPL-1.2).");
}

QString dataFolder()
{
    return QDir::toNativeSeparators(QFileInfo(Database::defaultLocation()).absolutePath());
}

QStringList manualFolders()
{
    const QString programDir = QCoreApplication::applicationDirPath();
    QStringList folders = {QDir::cleanPath(programDir + QStringLiteral("/../share/comite/manual")),
                           QDir::cleanPath(programDir + QStringLiteral("/../manual"))};
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        folders << data + QStringLiteral("/comite/manual");
    folders.removeDuplicates();
    return folders;
}

QString manualFile(const QString &language)
{
    const QString name = QStringLiteral("%1.html").arg(language == QLatin1String("fr") ? language : QStringLiteral("en"));
    for (const QString &folder : manualFolders()) {
        const QFileInfo file(folder + u'/' + name);
        if (file.isFile())
            return file.absoluteFilePath();
    }
    return {};
}

QString versionText()
{
    return Tr::tr("%1\nData: %2\nManual: Help > Manual (F1) in the window, or `man comite`.\n")
        .arg(licenceText(), QDir::toNativeSeparators(Database::defaultLocation()));
}

} // namespace Comite::AppInfo
