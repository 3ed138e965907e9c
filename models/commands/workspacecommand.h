#pragma once
// Base of every undo command: writes through the workspace and turns a
// storage failure into a reported error instead of a half-applied edit.

#include "storage/workspace.h"

#include <QUndoCommand>
#include <functional>

namespace Comite {

// Merge ids of commands that merge consecutive edits (one enum, as Tiled).
enum class CommandId {
    SetProductField = 1,
    EditSessionNotes = 20,  // sessioncommands.h
    ChangeRoadmap = 60,     // roadmapcommands.h
};

class WorkspaceCommand : public QUndoCommand
{
public:
    WorkspaceCommand(Workspace &workspace, const QString &text) : QUndoCommand(text), m_workspace(workspace) {}

    // False when the last redo/undo wrote nothing (refused, or skipped).
    bool succeeded() const { return m_succeeded; }
    // The undo history (undohistory.h) steps the stack back over a refused
    // undo or redo: the next redo/undo writes nothing, since the database
    // still holds what the stack will show.
    void skipNextWrite() { m_skipNext = true; }

protected:
    // Runs a write in one transaction; on failure reports it, and a failed
    // first redo marks the command obsolete so the stack drops it.
    void write(const std::function<void()> &work);
    Workspace &m_workspace;

private:
    bool m_succeeded = true;
    bool m_firstRedo = true;
    bool m_skipNext = false;
};

} // namespace Comite
