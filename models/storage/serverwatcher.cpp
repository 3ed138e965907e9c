#include "serverwatcher.h"

#include "workspace.h"

#include <QSqlDriver>

namespace Comite {

ServerWatcher::ServerWatcher(Workspace &workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, [this] { m_workspace.notifyExternalChange(); });
    Database &db = workspace.database();
    if (db.backend() != Database::Backend::PostgreSQL)
        return;
    QSqlDriver *driver = db.connection().driver();
    m_watching = driver->subscribeToNotification(QLatin1String(channel));
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                // Our own writes are already shown; only others' reload.
                if (name == QLatin1String(channel) && source == QSqlDriver::OtherSource)
                    m_debounce.start();
            });
}

} // namespace Comite
