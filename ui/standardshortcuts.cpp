#include "standardshortcuts.h"

#include "language.h"
#include "manualwindow.h"

#include <QAction>
#include <QApplication>
#include <QShortcut>
#include <QWidget>

namespace Comite::StandardShortcuts {

namespace {
bool taken(QWidget *window, const QKeySequence &key)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcuts().contains(key))
            return true;
    }
    for (QShortcut *s : window->findChildren<QShortcut *>()) {
        if (s->key() == key)
            return true;
    }
    return false;
}

template<typename Slot>
void add(QWidget *window, const QKeySequence &key, Slot slot)
{
    if (key.isEmpty() || taken(window, key))
        return;
    auto *action = new QAction(window);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(action, &QAction::triggered, window, slot);
    window->addAction(action);
}
} // namespace

void install(QWidget *window)
{
    // Quitting closes every window: the main window saves what is pending.
    add(window, QKeySequence(QKeySequence::Quit), [] { QApplication::closeAllWindows(); });
    add(window, QKeySequence(Qt::ControlModifier | Qt::Key_Q), [] { QApplication::closeAllWindows(); });
    add(window, QKeySequence(QKeySequence::Close), [window] { window->close(); });
    add(window, QKeySequence(Qt::ControlModifier | Qt::Key_W), [window] { window->close(); });
    add(window, QKeySequence(QKeySequence::HelpContents), [] { ManualWindow::showManual(Language::current()); });
    add(window, QKeySequence(Qt::Key_F1), [] { ManualWindow::showManual(Language::current()); });
}

} // namespace Comite::StandardShortcuts
