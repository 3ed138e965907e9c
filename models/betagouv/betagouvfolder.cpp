#include "betagouvfolder.h"

#include "betagouvmapping.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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
    // Hidden files (.gitkeep, .DS_Store) are not content.
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString relative = folder + u'/' + entry.fileName();
        if (entry.isDir()) {
            m_ignored << BetagouvIssue{relative, 0, Tr::tr("a sub-folder; only the files directly in %1 are read.").arg(folder)};
            continue;
        }
        m_files << BetagouvFile{kind, relative, entry.absoluteFilePath(), BetagouvMapping::slugForFileName(entry.fileName())};
    }
}

} // namespace Comite
