#include "serverwatcher.h"

#include "serverroles.h"
#include "workspace.h"

#include <QSqlDriver>
#include <string_view>

namespace Comite {

static_assert(std::string_view(ServerWatcher::channel) == std::string_view(ServerRoles::notificationChannel));

ServerWatcher::ServerWatcher(Workspace &workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
    m_debounce.setParent(this);
    m_debounce.setObjectName(QStringLiteral("reloadTimer"));  // a pending reload, for tests
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, [this] { m_workspace.notifyExternalChange(); });
    Database &db = workspace.database();
    if (db.backend() != Database::Backend::PostgreSQL)
        return;
    QSqlDriver *driver = db.connection().driver();
    m_watching = driver->subscribeToNotification(QLatin1String(channel));
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name == QLatin1String(channel))
                    onNotification(source == QSqlDriver::SelfSource, payload);
            });
}

qint64 ServerWatcher::counter() const
{
    Database &db = m_workspace.database();
    const QString name = QLatin1String(ServerRoles::changeCounter);
    try {
        QSqlQuery exists = db.exec(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {name});
        if (!exists.next() || !exists.value(0).toBool())
            return -1;
        QSqlQuery q = db.exec(QStringLiteral("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM %1").arg(name));
        return q.next() ? q.value(0).toLongLong() : -1;
    } catch (const StorageError &) {
        return -1;  // not initialised, or the connection is gone: nothing to trust
    }
}

void ServerWatcher::onNotification(bool fromSelf, const QVariant &payload)
{
    if (fromSelf)
        return;  // our own writes are already shown
    bool number = false;
    const qint64 change = payload.toString().toLongLong(&number);
    // A change number the counter has reached and we have not seen yet:
    // anything else was not sent by the server's triggers.
    if (!number || change <= 0 || m_seen.contains(change) || change > counter())
        return;
    m_seen.insert(change);
    while (m_seen.size() > 4096)
        m_seen.erase(m_seen.begin());
    m_debounce.start();
}

} // namespace Comite
