#pragma once
// Follows changes other people make to a shared PostgreSQL database: the
// server notifies (LISTEN/NOTIFY, triggers installed by init-server) and the
// workspace's views reload, so nobody needs to restart. A notification
// counts only when it carries a change number the server's counter has
// reached and that was not seen yet: anyone connected can send a NOTIFY,
// only the triggers (run as the owner) advance the counter.
// Nothing to watch on a SQLite file.

#include <QObject>
#include <QTimer>
#include <set>

namespace Comite {

class Workspace;

class ServerWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *channel = "comite_changes";
    explicit ServerWatcher(Workspace &workspace, QObject *parent = nullptr);
    bool isWatching() const { return m_watching; }

private:
    qint64 counter() const;  // -1 when the server has none (not initialised)
    void onNotification(bool fromSelf, const QVariant &payload);

    Workspace &m_workspace;
    QTimer m_debounce;  // a burst of changes reloads once
    bool m_watching = false;
    std::set<qint64> m_seen;  // change numbers already reloaded for (the latest few thousand)
};

} // namespace Comite
