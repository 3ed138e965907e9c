#pragma once
// The folder an export writes into, and the only place it writes: every
// path the database gives is checked to stay inside it (no absolute path,
// no `..`, identifiers that are one plain file name, no symbolic link
// leading out), and each file is written to a temporary file beside it and
// renamed over the old one, so a reader never sees half a file and a link
// at the file's name is replaced, never written through.

#include <QByteArray>
#include <QString>

namespace Comite {

class BetagouvExportTarget
{
public:
    explicit BetagouvExportTarget(const QString &folder);

    // Creates the folder if needed; false with error() when it cannot be
    // used (a file, not writable…).
    bool prepare();
    QString error() const { return m_error; }

    // Writes `content` at `relativePath` ('/' separators) under the folder.
    // Throws StorageError naming `record` when the path would leave the
    // folder or the file cannot be written.
    void write(const QString &relativePath, const QByteArray &content, const QString &record) const;

    // Why `relativePath` may not be written under any folder, or empty.
    static QString pathProblem(const QString &relativePath);
    // Whether an identifier can name a file: one path component, no
    // leading dot, no control character. beta.gouv.fr identifiers such as
    // "MEN" or "e-inspé" are not Comité slugs but are safe file names.
    static bool isSafeIdentifier(const QString &identifier);

private:
    QString m_folder;
    QString m_canonical;  // the folder with every link resolved
    QString m_error;
};

} // namespace Comite
