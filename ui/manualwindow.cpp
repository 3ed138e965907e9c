#include "manualwindow.h"

#include "appinfo.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLineEdit>
#include <QPointer>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Comite {

ManualWindow *ManualWindow::showManual(const QString &language)
{
    static QPointer<ManualWindow> window;
    if (!window) {
        window = new ManualWindow(language);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

ManualWindow::ManualWindow(const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
    , m_find(new QLineEdit(this))
    , m_file(AppInfo::manualFile(language))
{
    setWindowTitle(tr("Comité manual"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Manual"));
    if (!m_file.isEmpty()) {
        m_browser->setSource(QUrl::fromLocalFile(m_file));
    } else {
        QString folders;
        for (const QString &f : AppInfo::manualFolders())
            folders += QStringLiteral("<li>%1</li>").arg(f.toHtmlEscaped());
        m_browser->setHtml(tr("<h2>The manual is not installed</h2><p>None of these folders holds it:</p><ul>%1</ul>"
                              "<p>Reinstall Comité, or build the <code>comite_manual</code> target.</p>")
                               .arg(folders));
    }

    auto button = [this](const QString &text, const QString &tip, QKeySequence key, auto slot) {
        auto *b = new QToolButton(this);
        auto *action = new QAction(text, b);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        action->setShortcut(key);
        b->setDefaultAction(action);
        connect(action, &QAction::triggered, this, slot);
        return b;
    };
    auto *back = button(tr("◀ Back"), tr("Back"), QKeySequence::Back, [this] { m_browser->backward(); });
    auto *forward = button(tr("Forward ▶"), tr("Forward"), QKeySequence::Forward, [this] { m_browser->forward(); });
    auto *home = button(tr("Contents"), tr("Back to the top"), QKeySequence(Qt::ALT | Qt::Key_Home),
                        [this] { m_browser->home(); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QWidget::setEnabled);
    back->setEnabled(false);
    forward->setEnabled(false);

    m_find->setPlaceholderText(tr("Find in the manual"));
    m_find->setAccessibleName(tr("Find in the manual"));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    addAction(findAction);
    auto *findAgain = new QAction(this);
    findAgain->setShortcuts({QKeySequence::FindNext});
    connect(findAgain, &QAction::triggered, this, [this] { findNext(false); });
    addAction(findAgain);
    auto *findBack = new QAction(this);
    findBack->setShortcuts({QKeySequence::FindPrevious});
    connect(findBack, &QAction::triggered, this, [this] { findNext(true); });
    addAction(findBack);
    auto *close = new QAction(this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    auto *bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addWidget(forward);
    bar->addWidget(home);
    bar->addStretch();
    bar->addWidget(m_find, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    resize(900, 700);
    m_browser->setFocus();
}

void ManualWindow::findNext(bool backward)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (!m_browser->find(text, flags)) {
        // Wrap around once, from the other end.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        m_browser->find(text, flags);
    }
}

} // namespace Comite
