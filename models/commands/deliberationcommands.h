#pragma once
// The undo command of a session's written deliberation: one version row
// goes from one state to another — marked final, or a correction added as
// the next draft version. Undo puts the row back as it was (or removes
// the version the command added).

#include "domain/deliberation.h"
#include "workspacecommand.h"

#include <optional>

namespace Comite {

class SetDeliberationVersion : public WorkspaceCommand
{
public:
    // `before`: the stored row, none when the command adds it.
    SetDeliberationVersion(Workspace &ws, const QString &text, std::optional<DeliberationVersion> before,
                           DeliberationVersion after);
    void redo() override;
    void undo() override;
    qint64 versionId() const { return m_after.id; }

private:
    std::optional<DeliberationVersion> m_before;
    DeliberationVersion m_after;
};

} // namespace Comite
