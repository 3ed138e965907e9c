#pragma once
// The files of a beta.gouv.fr content folder, in either layout: the export
// layout `startups/`, `incubators/`, `organisations/`, or the site
// repository's `content/_startups`, `content/_incubators`,
// `content/_organisations`. Lists every file (with or without `.md`) and
// names what it does not read (sub-folders).

#include "betagouvrecords.h"

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

private:
    void list(BetagouvKind kind);

    QString m_root;
    QString m_error;
    bool m_siteLayout = false;
    QList<BetagouvFile> m_files;
    QList<BetagouvIssue> m_ignored;
};

} // namespace Comite
