#include "workspacecommand.h"

namespace Comite {

void WorkspaceCommand::write(const std::function<void()> &work)
{
    if (std::exchange(m_skipNext, false)) {
        m_succeeded = false;
        return;
    }
    const bool first = std::exchange(m_firstRedo, false);
    try {
        m_workspace.database().transaction(work);
        m_succeeded = true;
    } catch (const StorageError &error) {
        m_succeeded = false;
        if (first)
            setObsolete(true);
        m_workspace.reportError(error.message());
    }
}

} // namespace Comite
