#pragma once
// Undo commands for committee sessions: any edit of a session as a whole
// value (before → after), adding or deleting a session with everything it
// holds, and closing it with what the decisions do to the products' phase
// histories. Each writes at once and notifies exactly what changed.

#include "changerecord.h"

namespace Comite {

// Writes one version of a session over the other: header, products,
// participants, agenda, notes, scores or decisions. Note edits of the same
// agenda item merge into one step.
class SaveSession : public WorkspaceCommand
{
public:
    SaveSession(Workspace &ws, const QString &text, Session before, Session after, qint64 notesItemId = 0);
    void redo() override;
    void undo() override;
    int id() const override { return m_notesItemId > 0 ? int(CommandId::EditSessionNotes) : -1; }
    bool mergeWith(const QUndoCommand *other) override;
    const Session &after() const { return m_after; }

private:
    void apply(Session &session, const Session &other);
    Session m_before;
    Session m_after;
    qint64 m_notesItemId;
};

// A session as one record; its parts are the SessionChange flags.
template<>
struct RecordStore<Session> {
    static const QList<RecordPart<Session>> &parts();
    static std::optional<Session> load(Workspace &ws, qint64 id) { return ws.sessions().load(id); }
    static Session insert(Workspace &ws, Session record);
    static void update(Workspace &ws, const Session &record, quint32 parts);
    static void remove(Workspace &ws, qint64 id) { ws.sessions().remove(id); }
    static QString name(const Session &record);
    static void notify(Workspace &ws, const Session &record, quint32 parts);
};

// Adds a session, or (Remove) deletes one keeping the whole of it so undo
// restores it under the same ids.
class AddRemoveSession : public ChangeRecord<Session>
{
public:
    enum Kind { Add, Remove };
    AddRemoveSession(Workspace &ws, Kind kind, Session session);
    qint64 sessionId() const { return recordId(); }

protected:
    void notify() override;
};

// Marks a session held and applies its decisions to the products: a stop
// ends the phase history with `abandon`, a phase change is written, both at
// the session's date, and an amount granted for a period becomes the
// product's budget envelope. Undo reopens it and restores all that.
class CloseSession : public WorkspaceCommand
{
public:
    struct PhaseEdit {
        qint64 productId = 0;
        QList<PhaseRecord> before;
        QList<PhaseRecord> after;
    };
    CloseSession(Workspace &ws, const Session &session, QList<PhaseEdit> phaseEdits);
    void redo() override;
    void undo() override;

private:
    void apply(SessionStatus status, bool after);
    Session m_session;
    QHash<qint64, qint64> m_envelopes;  // decision → envelope created
    qint64 m_sessionId;
    SessionStatus m_statusBefore;
    QList<qint64> m_productIds;
    QList<PhaseEdit> m_phaseEdits;
};

} // namespace Comite
