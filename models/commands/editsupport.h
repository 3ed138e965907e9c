#pragma once
// What every Edit:: function shares: refusing with a message, pushing a
// command and reporting its failed first write, and turning a storage
// failure into a refusal.

#include "workspacecommand.h"

#include "domain/result.h"

namespace Comite::EditSupport {

// The Result form every Edit:: function moves to (CONTRIBUTING.md, "One
// way to fail"): a refusal is a Failure, a pushed command whose first write
// failed is a Failure carrying the storage message. The caller reports it
// (ui/errorreport.h), so nothing goes to Workspace::errorOccurred here.
inline Failure refusal(const QString &message)
{
    return makeFailure(message);
}

inline Result<void> pushed(Workspace &ws, WorkspaceCommand *command)
{
    QString failure;
    QString *previous = ws.redirectErrors(&failure);
    ws.undoStack()->push(command);
    ws.redirectErrors(previous);
    if (failure.isEmpty())
        return success();
    return makeFailure(failure);
}

// The record a read found, or the refusal `gone` when there is none; the
// read's own failure passes up unchanged:
//     const Result<Envelope> before = existing(attempt([&] { return ws.envelopes().load(id); }),
//                                              Tr::tr("This envelope no longer exists."));
template<typename T>
Result<T> existing(const Result<std::optional<T>> &read, const QString &gone)
{
    if (!read)
        return read.error();
    if (!read.value())
        return refusal(gone);
    return *read.value();
}

// --- The older bool + QString* form, being replaced by the one above. ---

inline bool refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// False (with the storage message) when the command's first write failed
// and the stack dropped it. The message goes to the caller only, not also
// to Workspace::errorOccurred: one message per failure.
inline bool push(Workspace &ws, WorkspaceCommand *command, QString *error)
{
    QString failure;
    QString *previous = ws.redirectErrors(&failure);
    ws.undoStack()->push(command);
    ws.redirectErrors(previous);
    if (failure.isEmpty())
        return true;
    if (!error)
        ws.reportError(failure);  // a caller that shows nothing itself
    return refuse(error, failure);
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
