#pragma once
// Where exports go and what the user hears after one: the save dialog
// starts in the folder of the last export (else Documents) and remembers
// the new one; a successful export is announced in the window's status bar
// with "Open" and "Show in folder" (the KDE/GNOME convention), so the user
// never has to look for the file.

#include <QString>

class QWidget;

namespace Comite::ExportFiles {

// The last export folder, else the user's Documents folder.
QString lastFolder();
// Asks where to save `suggestedName` (a file name or a path) with the
// given filters, starting in lastFolder() when the suggestion has no
// folder. Remembers the chosen folder. Empty when cancelled.
QString chooseSavePath(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filters,
                       QString *selectedFilter = nullptr);
// Tells the user that `path` was written: a status-bar notice on the
// nearest main window with buttons to open the file or its folder (through
// QDesktopServices, so tests can catch the request with setUrlHandler).
void announce(QWidget *parent, const QString &path);

} // namespace Comite::ExportFiles
