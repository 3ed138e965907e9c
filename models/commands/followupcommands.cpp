#include "followupcommands.h"

#include "storage/followuprepository.h"

namespace Comite {

ChangeFollowupStatus::ChangeFollowupStatus(Workspace &ws, const QString &text, qint64 productId, FollowupChange change)
    : WorkspaceCommand(ws, text), m_productId(productId), m_change(std::move(change))
{
}

void ChangeFollowupStatus::redo()
{
    write([this] { m_change.id = FollowupRepository(m_workspace.database()).insertChange(m_change); });
    if (succeeded())
        m_workspace.notifyFollowupChanged(m_productId);
}

void ChangeFollowupStatus::undo()
{
    write([this] { FollowupRepository(m_workspace.database()).removeChange(m_change.id); });
    if (succeeded())
        m_workspace.notifyFollowupChanged(m_productId);
}

} // namespace Comite
