#include "betagouvexporttarget.h"

#include "betagouvmapping.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BetagouvExporter)
};

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}
} // namespace

BetagouvExportTarget::BetagouvExportTarget(const QString &folder)
    : m_folder(folder)
{
}

bool BetagouvExportTarget::prepare()
{
    const QString name = QDir::toNativeSeparators(m_folder);
    const QFileInfo info(m_folder);
    if (info.exists() && !info.isDir()) {
        m_error = Tr::tr("“%1” is a file, not a folder.").arg(name);
        return false;
    }
    if (!QDir().mkpath(m_folder)) {
        m_error = Tr::tr("Cannot create the folder “%1”.").arg(name);
        return false;
    }
    m_canonical = QFileInfo(m_folder).canonicalFilePath();
    if (m_canonical.isEmpty()) {
        m_error = Tr::tr("Cannot use the folder “%1”.").arg(name);
        return false;
    }
    return true;
}

bool BetagouvExportTarget::isSafeIdentifier(const QString &identifier)
{
    return !identifier.isEmpty() && !identifier.startsWith(u'.') && !identifier.contains(u'/')
        && !identifier.contains(u'\\') && !hasControlCharacter(identifier) && identifier.toUtf8().size() <= 200;
}

QString BetagouvExportTarget::pathProblem(const QString &relativePath)
{
    if (relativePath.isEmpty())
        return Tr::tr("its file path is empty");
    if (hasControlCharacter(relativePath) || relativePath.contains(u'\\'))
        return Tr::tr("its file path “%1” holds a control character or a backslash").arg(relativePath);
    if (QDir::isAbsolutePath(relativePath) || relativePath.startsWith(u'/') || relativePath.startsWith(u'~'))
        return Tr::tr("its file path “%1” is absolute").arg(relativePath);
    const QStringList parts = relativePath.split(u'/');
    const QString clean = QDir::cleanPath(relativePath);
    if (parts.contains(QStringLiteral("..")) || clean == QLatin1String("..") || clean.startsWith(QLatin1String("../")))
        return Tr::tr("its file path “%1” climbs out of the folder with “..”").arg(relativePath);
    const QString identifier = BetagouvMapping::slugForFileName(parts.constLast());
    if (!isSafeIdentifier(identifier))
        return Tr::tr("“%1” is not a valid identifier for a file name").arg(identifier);
    return {};
}

void BetagouvExportTarget::write(const QString &relativePath, const QByteArray &content, const QString &record) const
{
    auto refuse = [&](const QString &why) {
        throw StorageError(Tr::tr("%1: %2; nothing was written for it.").arg(record, why));
    };
    if (const QString problem = pathProblem(relativePath); !problem.isEmpty())
        refuse(problem);
    auto inside = [&](const QString &canonical) {
        return !canonical.isEmpty() && (canonical == m_canonical || canonical.startsWith(m_canonical + u'/'));
    };
    const QStringList parts = QDir::cleanPath(relativePath).split(u'/');
    // Folder by folder from the root: a link leading out is not followed,
    // and nothing is created outside.
    QString folder = m_canonical;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        folder += u'/' + parts[i];
        const QFileInfo info(folder);
        if (info.isSymLink() && !inside(info.canonicalFilePath()))
            refuse(Tr::tr("“%1” is a link leading out of the export folder; it is not followed")
                       .arg(QDir::toNativeSeparators(folder)));
        if (info.exists() && !info.isDir())
            refuse(Tr::tr("“%1” is not a folder").arg(QDir::toNativeSeparators(folder)));
        if (!info.exists() && !QDir().mkdir(folder))
            refuse(Tr::tr("cannot create the folder “%1”").arg(QDir::toNativeSeparators(folder)));
    }
    if (!inside(QFileInfo(folder).canonicalFilePath()))
        refuse(Tr::tr("“%1” leads out of the export folder").arg(QDir::toNativeSeparators(folder)));
    const QString path = folder + u'/' + parts.constLast();
    const QFileInfo existing(path);
    if (existing.isSymLink() && !inside(existing.canonicalFilePath()))
        refuse(Tr::tr("“%1” is a link leading out of the export folder; it is not followed")
                   .arg(QDir::toNativeSeparators(path)));
    if (existing.exists() && !existing.isFile())
        refuse(Tr::tr("“%1” is not a regular file").arg(QDir::toNativeSeparators(path)));

    // No sync per file (a full export would take seconds; the folder is a
    // working copy), but a rename: the old file or the new one, never half.
    QTemporaryFile temporary(folder + QStringLiteral("/.comite-export-XXXXXX"));
    const QFileDevice::Permissions permissions =
        existing.exists() ? QFile::permissions(path)
                          : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (!temporary.open() || temporary.write(content) != content.size() || !temporary.flush()
        || !temporary.setPermissions(permissions))
        refuse(Tr::tr("cannot write in “%1”: %2").arg(QDir::toNativeSeparators(folder), temporary.errorString()));
    temporary.close();
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(), QFile::encodeName(path).constData()) != 0)
        refuse(Tr::tr("cannot write “%1”").arg(QDir::toNativeSeparators(path)));
    temporary.setAutoRemove(false);
}

} // namespace Comite
