#pragma once
// What every Edit:: function shares: refusing with a message, pushing a
// command and returning its failed first write, and a read's record or the
// refusal that it is gone.

#include "workspacecommand.h"

#include "domain/result.h"

namespace Comite::EditSupport {

// The Result form of every Edit:: function (CONTRIBUTING.md, "One way to
// fail"): a refusal is a Failure, a pushed command whose first write
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

} // namespace Comite::EditSupport
