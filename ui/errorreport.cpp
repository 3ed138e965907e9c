#include "errorreport.h"

#include "domain/logging.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QWidget>

namespace Comite {

namespace {
constexpr int statusTimeoutMs = 10000;

QMessageBox *makeBox(const QWidget *parent, const QString &title, const Failure &failure)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, failure.message, QMessageBox::Ok, parent ? parent->window() : nullptr);
    box->setObjectName(QStringLiteral("errorReport"));
    if (!failure.detail.isEmpty())
        box->setDetailedText(failure.detail);
    // With "Show details" the box has two buttons and Qt no longer guesses
    // the one Escape presses: Escape must still close it.
    box->setEscapeButton(QMessageBox::Ok);
    return box;
}
} // namespace

QString ErrorReport::defaultTitle()
{
    return tr("Comité");
}

void ErrorReport::show(const QWidget *parent, const QString &title, const Failure &failure)
{
    log(failure);
    toStatusBar(parent, failure.message);
    QMessageBox *box = makeBox(parent, title.isEmpty() ? defaultTitle() : title, failure);
    box->exec();
    delete box;
}

void ErrorReport::open(const QWidget *parent, const Failure &failure)
{
    log(failure);
    toStatusBar(parent, failure.message);
    QMessageBox *box = makeBox(parent, defaultTitle(), failure);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ErrorReport::show(const QWidget *parent, const QString &title, const QString &message)
{
    show(parent, title, Failure{message, QString()});
}

void ErrorReport::open(const QWidget *parent, const QString &message)
{
    open(parent, Failure{message, QString()});
}

void ErrorReport::note(const QWidget *parent, const Failure &failure)
{
    log(failure);
    toStatusBar(parent, failure.message);
}

void ErrorReport::log(const Failure &failure)
{
    if (failure.detail.isEmpty())
        qCWarning(lcUi).noquote() << failure.message;
    else
        qCWarning(lcUi).noquote() << failure.message << "|" << failure.detail;
}

void ErrorReport::toStatusBar(const QWidget *parent, const QString &message)
{
    if (!parent)
        return;
    // findChild, not statusBar(): a window without a status bar keeps none.
    auto *main = qobject_cast<QMainWindow *>(parent->window());
    if (auto *bar = main ? main->findChild<QStatusBar *>(QString(), Qt::FindDirectChildrenOnly) : nullptr)
        bar->showMessage(message, statusTimeoutMs);
}

} // namespace Comite
