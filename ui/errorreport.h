#pragma once
// The one way the ui tells the user that something failed: a warning box
// whose "Show details" holds the technical detail (the SQL and its values, a
// file and line), the message in the main window's status bar, and a line in
// the comite.ui log. Each failure is reported once, where it is caught.

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Comite {

class ErrorReport
{
    Q_DECLARE_TR_FUNCTIONS(ErrorReport)

public:
    // `parent` is any widget of the window the failure concerns: the box is
    // modal to that window and its status bar, if any, shows the message.
    // Shows the failure and waits until the user closes the box: for a
    // dialog or action that goes on (or stops) after the user has read it.
    static void show(const QWidget *parent, const QString &title, const Failure &failure);
    static void show(const QWidget *parent, const QString &title, const QString &message);
    // Shows the failure without waiting (the box is window-modal and deletes
    // itself): for failures that arrive from signals and background work.
    static void open(const QWidget *parent, const Failure &failure);
    static void open(const QWidget *parent, const QString &message);
    // A failure that does not stop what the user is doing (a count in the
    // status bar, a suggested file name): the status bar and the log only.
    static void note(const QWidget *parent, const Failure &failure);

    static QString defaultTitle();

private:
    static void log(const Failure &failure);
    static void toStatusBar(const QWidget *parent, const QString &message);
};

} // namespace Comite
