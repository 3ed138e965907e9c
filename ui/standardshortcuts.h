#pragma once
// The keys every window of a desktop application answers (the KDE and
// GNOME conventions): Ctrl+Q quits, Ctrl+W closes the window, F1 opens the
// manual. Added to a window as its own actions, unless it already has an
// action on that key (the main window's menus).

class QWidget;

namespace Comite::StandardShortcuts {

void install(QWidget *window);

} // namespace Comite::StandardShortcuts
