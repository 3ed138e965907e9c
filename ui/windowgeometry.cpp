#include "windowgeometry.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QWidget>

namespace Comite {

namespace {
QString settingsKey(const QString &key, const char *what)
{
    return QStringLiteral("windows/%1/%2").arg(key, QLatin1String(what));
}

QRect availableArea(const QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
}
} // namespace

WindowGeometry::WindowGeometry(QWidget *window, const QString &key, const QList<QSplitter *> &splitters)
    : QObject(window)
    , m_window(window)
    , m_key(key)
{
    for (QSplitter *s : splitters)
        m_splitters << s;
    window->installEventFilter(this);
}

WindowGeometry *WindowGeometry::remember(QWidget *window, const QString &key, QSize preferred,
                                         const QList<QSplitter *> &splitters)
{
    auto *memory = new WindowGeometry(window, key, splitters);
    memory->restore(preferred);
    return memory;
}

QSize WindowGeometry::fitted(const QWidget *window, QSize size)
{
    const QRect area = availableArea(window);
    // Leave room for the window frame and title bar.
    return size.boundedTo(QSize(area.width() - 16, area.height() - 48)).expandedTo(QSize(320, 240));
}

void WindowGeometry::restore(QSize preferred)
{
    const QSettings settings;
    const QByteArray geometry = settings.value(settingsKey(m_key, "geometry")).toByteArray();
    if (geometry.isEmpty() || !m_window->restoreGeometry(geometry))
        m_window->resize(fitted(m_window, preferred));
    // A window saved on a larger screen still fits this one.
    const QRect area = availableArea(m_window);
    if (m_window->width() > area.width() || m_window->height() > area.height())
        m_window->resize(fitted(m_window, m_window->size()));
    for (int i = 0; i < m_splitters.size(); ++i) {
        const QByteArray state = settings.value(settingsKey(m_key, "splitter") + QString::number(i)).toByteArray();
        if (m_splitters[i] && !state.isEmpty())
            m_splitters[i]->restoreState(state);
    }
}

void WindowGeometry::save() const
{
    QSettings settings;
    if (!m_window->isFullScreen())
        settings.setValue(settingsKey(m_key, "geometry"), m_window->saveGeometry());
    for (int i = 0; i < m_splitters.size(); ++i) {
        if (m_splitters[i])
            settings.setValue(settingsKey(m_key, "splitter") + QString::number(i), m_splitters[i]->saveState());
    }
}

bool WindowGeometry::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::Close || event->type() == QEvent::Hide)
        && m_window->testAttribute(Qt::WA_WState_Created))
        save();
    return QObject::eventFilter(watched, event);
}

} // namespace Comite
