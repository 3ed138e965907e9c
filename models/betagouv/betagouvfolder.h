#pragma once
// The files of a beta.gouv.fr content folder, in either layout: the export
// layout `startups/`, `incubators/`, `organisations/`, or the site
// repository's `content/_startups`, `content/_incubators`,
// `content/_organisations`. Lists every file (with or without `.md`) and
// names what it does not read (sub-folders, links leading out of the
// folder, pipes and devices, files over 4 MB).

#include "betagouvrecords.h"

class QFileInfo;

namespace Comite {

struct BetagouvFile {
    BetagouvKind kind = BetagouvKind::Startup;
    QString relativePath;  // from the root, '/' separators
    QString absolutePath;
    QString slug;
};

class BetagouvFolder
{
public:
    explicit BetagouvFolder(const QString &root);

    // False when the root holds none of the expected folders; error() says why.
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString root() const { return m_root; }
    bool isSiteLayout() const { return m_siteLayout; }

    // Organisations first, then incubators, then products; by name.
    QList<BetagouvFile> files() const { return m_files; }
    // Entries not read, with the reason (sub-folders).
    QList<BetagouvIssue> ignored() const { return m_ignored; }

    // Where a kind of file lives, relative to the root, in each layout.
    static QString folderFor(BetagouvKind kind, bool siteLayout);

    // Larger files are not read (a site file is a few kilobytes).
    static constexpr qint64 maxFileSize = 4 * 1024 * 1024;
    // The bytes of a listed file, read only if it is still a regular file
    // of at most maxFileSize (never blocking on a pipe or a device);
    // nothing, with `problem` set, otherwise.
    static std::optional<QByteArray> read(const BetagouvFile &file, QString *problem);

private:
    void list(BetagouvKind kind);
    // Why an entry of a kind's folder is not read, or empty.
    QString refusal(const QFileInfo &entry) const;

    QString m_root;
    QString m_canonicalRoot;
    QString m_error;
    bool m_siteLayout = false;
    QList<BetagouvFile> m_files;
    QList<BetagouvIssue> m_ignored;
};

} // namespace Comite
