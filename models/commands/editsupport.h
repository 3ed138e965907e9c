#pragma once
// What every Edit:: function shares: refusing with a message, pushing a
// command and reporting its failed first write, and turning a storage
// failure into a refusal.

#include "workspacecommand.h"

namespace Comite::EditSupport {

inline bool refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// False (with the storage message) when the command's first write failed
// and the stack dropped it.
inline bool push(Workspace &ws, WorkspaceCommand *command, QString *error)
{
    QString failure;
    auto connection = QObject::connect(&ws, &Workspace::errorOccurred, [&](const QString &m) { failure = m; });
    ws.undoStack()->push(command);
    QObject::disconnect(connection);
    return failure.isEmpty() || refuse(error, failure);
}

// Runs storage work (a read, or writes of its own).
template<typename Work>
bool guarded(QString *error, Work &&work)
{
    try {
        work();
        return true;
    } catch (const StorageError &e) {
        return refuse(error, e.message());
    }
}

} // namespace Comite::EditSupport
