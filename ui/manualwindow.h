#pragma once
// Help > Manual (F1): the installed HTML user manual in the interface's
// language, with back/forward and a search field. One window per
// application; asking again raises it.

#include <QWidget>

class QLineEdit;
class QTextBrowser;

namespace Comite {

class ManualWindow : public QWidget
{
    Q_OBJECT
public:
    // Shows (creating it on first use) and raises the manual window.
    static ManualWindow *showManual(const QString &language);

    explicit ManualWindow(const QString &language, QWidget *parent = nullptr);
    // The file shown, or empty when no manual was found.
    QString file() const { return m_file; }
    QTextBrowser *browser() const { return m_browser; }

private:
    void findNext(bool backward);

    QTextBrowser *m_browser;
    QLineEdit *m_find;
    QString m_file;
};

} // namespace Comite
