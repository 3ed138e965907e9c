#include "guitestsupport.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>

namespace Comite::Test {

QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text().remove(u'&') == text)
            return b;
    }
    return nullptr;
}

QAction *menuAction(QMainWindow *window, const QString &text)
{
    for (QAction *a : window->menuBar()->findChildren<QAction *>()) {
        if (a->text().remove(u'&') == text)
            return a;
    }
    return nullptr;
}

} // namespace Comite::Test
