#pragma once
// Follows changes other people make to a shared PostgreSQL database: the
// server notifies (LISTEN/NOTIFY, triggers installed by init-server) and the
// workspace's views reload, so nobody needs to restart. Nothing to watch on
// a SQLite file.

#include <QObject>
#include <QTimer>

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
    Workspace &m_workspace;
    QTimer m_debounce;  // a burst of changes reloads once
    bool m_watching = false;
};

} // namespace Comite
