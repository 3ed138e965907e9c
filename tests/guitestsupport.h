#pragma once
// Helpers shared by the widget tests only (they link comite_ui; the model
// tests link testsupport.h alone): finding the open dialog, a button or a
// menu action the way a person sees them, by their visible text.

#include "testsupport.h"

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QMainWindow;
class QPushButton;

namespace Comite::Test {

// The visible top-level window of type T, or null.
template<typename T>
T *topLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

// Runs `work` on the modal dialog of type T once it is open (call it just
// before the action that opens the dialog).
template<typename T, typename Work>
void whenOpen(Work work)
{
    QTimer::singleShot(0, [work] {
        T *dialog = nullptr;
        QTRY_VERIFY((dialog = topLevel<T>()) != nullptr);
        work(dialog);
    });
}

// The push button under `parent` whose text, without its mnemonic, is `text`.
QPushButton *button(QWidget *parent, const QString &text);

// The action of `window`'s menu bar whose text, without its mnemonic, is `text`.
QAction *menuAction(QMainWindow *window, const QString &text);

// The main() of a test that checks sizes on a laptop: an offscreen screen
// of 1366×768 at 96 dpi, the test run in English then in French.
// `run(language)` builds the test object for that language and returns
// what QTest::qExec returns; the failures of both runs are added up.
int runOnLaptopScreen(int argc, char **argv, const std::function<int(const QString &language)> &run);

} // namespace Comite::Test
