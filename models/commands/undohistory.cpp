#include "undohistory.h"

#include "workspacecommand.h"

namespace Comite::Edit {

namespace {
// The stack's command at `index`, when it is one of ours. The stack owns
// it; the undo history only flags it.
WorkspaceCommand *commandAt(QUndoStack &stack, int index)
{
    return dynamic_cast<WorkspaceCommand *>(const_cast<QUndoCommand *>(stack.command(index)));
}
} // namespace

bool undo(Workspace &ws)
{
    QUndoStack &stack = *ws.undoStack();
    if (!stack.canUndo())
        return false;
    WorkspaceCommand *command = commandAt(stack, stack.index() - 1);
    stack.undo();
    if (!command || command->succeeded())
        return true;
    // Nothing was undone: move the index back without writing.
    command->skipNextWrite();
    stack.redo();
    return false;
}

bool redo(Workspace &ws)
{
    QUndoStack &stack = *ws.undoStack();
    if (!stack.canRedo())
        return false;
    WorkspaceCommand *command = commandAt(stack, stack.index());
    stack.redo();
    if (!command || command->succeeded())
        return true;
    command->skipNextWrite();
    stack.undo();
    return false;
}

} // namespace Comite::Edit
