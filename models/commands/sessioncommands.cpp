#include "sessioncommands.h"

#include <QCoreApplication>
#include <QSet>

namespace Comite {

namespace {
// A held session's products show it on their timeline: tell them.
void notifyTimelines(Workspace &ws, const Session &a, const Session &b)
{
    if (a.status != SessionStatus::Held && b.status != SessionStatus::Held)
        return;
    QSet<qint64> ids;
    for (const Session *s : {&a, &b}) {
        for (const SessionProduct &p : s->products)
            ids.insert(p.productId);
    }
    for (qint64 id : std::as_const(ids))
        ws.notifyProductChanged(id, ProductChange::Committees);
}
} // namespace

SaveSession::SaveSession(Workspace &ws, const QString &text, Session before, Session after, qint64 notesItemId)
    : WorkspaceCommand(ws, text), m_before(std::move(before)), m_after(std::move(after)), m_notesItemId(notesItemId)
{
}

void SaveSession::redo()
{
    apply(m_after, m_before);
}

void SaveSession::undo()
{
    apply(m_before, m_after);
}

void SaveSession::apply(Session &session, const Session &other)
{
    const SessionChanges changes = changesBetween(other, session);
    write([&] { m_workspace.sessions().save(session, changes, &other); });
    m_workspace.notifySessionChanged(session.id, changes);
    notifyTimelines(m_workspace, other, session);
}

bool SaveSession::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SaveSession *>(other);
    if (o->m_notesItemId != m_notesItemId || o->m_after.id != m_after.id || !o->succeeded())
        return false;
    m_after = o->m_after;
    return true;
}

AddRemoveSession::AddRemoveSession(Workspace &ws, Kind kind, Session session)
    : WorkspaceCommand(ws, kind == Add ? QCoreApplication::translate("Command", "Plan session “%1”").arg(session.displayTitle())
                                       : QCoreApplication::translate("Command", "Delete session “%1”").arg(session.displayTitle()))
    , m_kind(kind), m_session(std::move(session))
{
}

void AddRemoveSession::redo()
{
    m_kind == Add ? insert() : remove();
}

void AddRemoveSession::undo()
{
    m_kind == Add ? remove() : insert();
}

void AddRemoveSession::insert()
{
    write([&] { m_workspace.sessions().insert(m_session); });
    m_workspace.notifySessionAdded(m_session.id);
    notifyTimelines(m_workspace, m_session, m_session);
}

void AddRemoveSession::remove()
{
    write([&] { m_workspace.sessions().remove(m_session.id); });
    m_workspace.notifySessionRemoved(m_session.id);
    notifyTimelines(m_workspace, m_session, m_session);
}

CloseSession::CloseSession(Workspace &ws, const Session &session, QList<PhaseEdit> phaseEdits)
    : WorkspaceCommand(ws, QCoreApplication::translate("Command", "Close session “%1”").arg(session.displayTitle()))
    , m_session(session), m_sessionId(session.id), m_statusBefore(session.status), m_phaseEdits(std::move(phaseEdits))
{
    for (const SessionProduct &p : session.products)
        m_productIds << p.productId;
}

void CloseSession::redo()
{
    apply(SessionStatus::Held, true);
}

void CloseSession::undo()
{
    apply(m_statusBefore, false);
}

void CloseSession::apply(SessionStatus status, bool after)
{
    write([&] {
        m_workspace.sessions().setStatus(m_sessionId, status);
        for (const PhaseEdit &e : std::as_const(m_phaseEdits))
            m_workspace.products().setPhases(e.productId, after ? e.after : e.before);
        if (after)
            m_envelopes = m_workspace.sessions().createEnvelopes(m_session, m_envelopes);
        else
            m_workspace.sessions().removeEnvelopes(m_envelopes.values());
    });
    m_workspace.notifySessionChanged(m_sessionId, SessionChange::Status);
    QSet<qint64> withPhases;
    for (const PhaseEdit &e : std::as_const(m_phaseEdits))
        withPhases.insert(e.productId);
    for (qint64 id : std::as_const(m_productIds))
        m_workspace.notifyProductChanged(id, withPhases.contains(id) ? ProductChanges(ProductChange::Committees)
                                                                           | ProductChange::Phases
                                                                     : ProductChanges(ProductChange::Committees));
}

} // namespace Comite
