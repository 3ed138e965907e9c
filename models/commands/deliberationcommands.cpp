#include "deliberationcommands.h"

#include "storage/deliberationrepository.h"

namespace Comite {

SetDeliberationVersion::SetDeliberationVersion(Workspace &ws, const QString &text, std::optional<DeliberationVersion> before,
                                               DeliberationVersion after)
    : WorkspaceCommand(ws, text), m_before(std::move(before)), m_after(std::move(after))
{
}

void SetDeliberationVersion::redo()
{
    write([&] { DeliberationRepository(m_workspace.database()).write(m_after); });
    // The lock is part of the session's status as views show it.
    m_workspace.notifySessionChanged(m_after.sessionId, SessionChange::Status);
}

void SetDeliberationVersion::undo()
{
    write([&] {
        DeliberationRepository repository(m_workspace.database());
        if (m_before)
            repository.write(*m_before);
        else
            repository.remove(m_after.id);
    });
    m_workspace.notifySessionChanged(m_after.sessionId, SessionChange::Status);
}

} // namespace Comite
