#include "betagouvfolder.h"

#include "betagouvmapping.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BetagouvFolder)
};

constexpr BetagouvKind kinds[] = {BetagouvKind::Organisation, BetagouvKind::Incubator, BetagouvKind::Startup};
} // namespace

QString BetagouvFolder::folderFor(BetagouvKind kind, bool siteLayout)
{
    const char *name = kind == BetagouvKind::Organisation ? "organisations"
                     : kind == BetagouvKind::Incubator    ? "incubators"
                                                          : "startups";
    return siteLayout ? QStringLiteral("content/_") + QLatin1String(name) : QString::fromLatin1(name);
}

BetagouvFolder::BetagouvFolder(const QString &root)
    : m_root(QDir::cleanPath(root))
{
    const QDir dir(m_root);
    if (!QFileInfo(m_root).isDir()) {
        m_error = Tr::tr("“%1” is not a folder.").arg(QDir::toNativeSeparators(root));
        return;
    }
    m_canonicalRoot = QFileInfo(m_root).canonicalFilePath();
    auto hasLayout = [&](bool site) {
        for (BetagouvKind kind : kinds) {
            if (QFileInfo(dir.filePath(folderFor(kind, site))).isDir())
                return true;
        }
        return false;
    };
    if (!hasLayout(false)) {
        if (!hasLayout(true)) {
            m_error = Tr::tr("“%1” holds no beta.gouv.fr content: expected the folders startups, incubators and "
                             "organisations, or content/_startups, content/_incubators and content/_organisations.")
                          .arg(QDir::toNativeSeparators(root));
            return;
        }
        m_siteLayout = true;
    }
    for (BetagouvKind kind : kinds)
        list(kind);
}

void BetagouvFolder::list(BetagouvKind kind)
{
    const QString folder = folderFor(kind, m_siteLayout);
    const QDir dir(QDir(m_root).filePath(folder));
    if (!dir.exists())
        return;
    if (const QString why = refusal(QFileInfo(dir.path())); !why.isEmpty() && QFileInfo(dir.path()).isSymLink()) {
        m_ignored << BetagouvIssue{folder, 0, why};
        return;
    }
    // Hidden files (.gitkeep, .DS_Store) are not content. System entries
    // (pipes, devices, broken links) are listed to be named, never read.
    const QFileInfoList entries =
        dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString relative = folder + u'/' + entry.fileName();
        if (const QString why = refusal(entry); !why.isEmpty()) {
            m_ignored << BetagouvIssue{relative, 0, why};
            continue;
        }
        if (entry.isDir()) {
            m_ignored << BetagouvIssue{relative, 0, Tr::tr("a sub-folder; only the files directly in %1 are read.").arg(folder)};
            continue;
        }
        m_files << BetagouvFile{kind, relative, entry.absoluteFilePath(), BetagouvMapping::slugForFileName(entry.fileName())};
    }
}

QString BetagouvFolder::refusal(const QFileInfo &entry) const
{
    if (entry.isSymLink()) {
        const QString target = entry.canonicalFilePath();
        if (target.isEmpty())
            return Tr::tr("a link to nothing; it is not read.");
        if (target != m_canonicalRoot && !target.startsWith(m_canonicalRoot + u'/'))
            return Tr::tr("a link to “%1”, outside the folder; only files inside it are read.")
                .arg(QDir::toNativeSeparators(target));
    }
    if (entry.isDir())
        return {};
    if (!entry.isFile())
        return Tr::tr("not a regular file (a pipe, a device or a socket); it is not read.");
    if (entry.size() > maxFileSize)
        return Tr::tr("%1 MB; files over %2 MB are not read.")
            .arg(QLocale().toString(double(entry.size()) / (1024 * 1024), 'f', 1))
            .arg(maxFileSize / (1024 * 1024));
    return {};
}

std::optional<QByteArray> BetagouvFolder::read(const BetagouvFile &file, QString *problem)
{
    // Non-blocking open, then a check of what was opened: the entry may
    // have become a pipe or a device since it was listed.
    const int fd = ::open(QFile::encodeName(file.absolutePath).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *problem = Tr::tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *problem = Tr::tr("not a regular file (a pipe, a device or a socket); it is not read.");
        return std::nullopt;
    }
    QFile f;
    if (!f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *problem = Tr::tr("cannot be read: %1").arg(f.errorString());
        return std::nullopt;
    }
    QByteArray bytes = f.read(maxFileSize + 1);
    if (bytes.size() > maxFileSize) {
        *problem = Tr::tr("larger than %1 MB; files over %1 MB are not read.").arg(maxFileSize / (1024 * 1024));
        return std::nullopt;
    }
    return bytes;
}

} // namespace Comite
