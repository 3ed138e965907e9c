#pragma once
// Remembers a window's size, position and splitter positions between runs
// (QSettings, one key per window) and keeps the window inside the screen
// it opens on, so every control is reachable on a 1366×768 laptop.

#include <QObject>
#include <QPointer>
#include <QSize>

class QSplitter;
class QWidget;

namespace Comite {

class WindowGeometry : public QObject
{
    Q_OBJECT
public:
    // Restores `window` (saved size, else `preferred` shrunk to the screen)
    // and saves it, with `splitters`, whenever it is hidden or closed.
    static WindowGeometry *remember(QWidget *window, const QString &key, QSize preferred,
                                    const QList<QSplitter *> &splitters = {});
    // `size` shrunk to the available area of the window's screen.
    static QSize fitted(const QWidget *window, QSize size);

    void save() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    WindowGeometry(QWidget *window, const QString &key, const QList<QSplitter *> &splitters);
    void restore(QSize preferred);

    QWidget *m_window;
    QString m_key;
    QList<QPointer<QSplitter>> m_splitters;
};

} // namespace Comite
