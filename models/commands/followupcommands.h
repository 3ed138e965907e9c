#pragma once
// The undo command of the follow-up register: a status change of one item
// (action, condition or blocker of a decision), written as a row of its
// history; undo removes that row, redo writes it back under the same id.

#include "workspacecommand.h"

#include "domain/followup.h"

namespace Comite {

class ChangeFollowupStatus : public WorkspaceCommand
{
public:
    ChangeFollowupStatus(Workspace &ws, const QString &text, qint64 productId, FollowupChange change);
    void redo() override;
    void undo() override;
    qint64 changeId() const { return m_change.id; }

private:
    qint64 m_productId;
    FollowupChange m_change;
};

} // namespace Comite
