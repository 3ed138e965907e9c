#pragma once
// Undo commands for the reference records products point to: organisations
// and incubators. One template for add, edit and remove, which keeps the
// whole record so undo restores it under the same id.

#include "workspacecommand.h"

namespace Comite {

template<typename T>
class ChangeReference : public WorkspaceCommand
{
public:
    enum Kind { Add, Edit, Remove };
    // Add: `after` is the new record; Remove: `before` is the record.
    ChangeReference(Workspace &ws, const QString &text, Kind kind, T before, T after);
    void redo() override;
    void undo() override;
    qint64 recordId() const { return m_kind == Remove ? m_before.id : m_after.id; }

private:
    void insert(T &record);
    void update(const T &record);
    void remove(qint64 id);
    Kind m_kind;
    T m_before;
    T m_after;
};

using ChangeOrganisation = ChangeReference<Organisation>;
using ChangeIncubator = ChangeReference<Incubator>;

} // namespace Comite
