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

const QList<RecordPart<Session>> &RecordStore<Session>::parts()
{
    using C = SessionChange;
    static const QList<RecordPart<Session>> parts{
        recordPart<Session>(quint32(C::Header), &Session::incubatorId, &Session::title, &Session::startsAt,
                            &Session::plannedMinutes, &Session::place, &Session::videoLink),
        recordPart<Session>(quint32(C::Products), &Session::products),
        recordPart<Session>(quint32(C::Participants), &Session::participants),
        recordPart<Session>(quint32(C::Agenda) | quint32(C::Notes) | quint32(C::Timing), &Session::agenda),
        recordPart<Session>(quint32(C::Scores), &Session::scores),
        recordPart<Session>(quint32(C::Decisions), &Session::decisions),
        recordPart<Session>(quint32(C::Status), &Session::status, &Session::startedAt, &Session::endedAt)};
    return parts;
}

Session RecordStore<Session>::insert(Workspace &ws, Session record)
{
    ws.sessions().insert(record);
    return record;
}

void RecordStore<Session>::update(Workspace &ws, const Session &record, quint32 parts)
{
    Session written = record;
    ws.sessions().save(written, SessionChanges::fromInt(int(parts)));
    if (parts & quint32(SessionChange::Status))
        ws.sessions().setStatus(written.id, written.status);
}

QString RecordStore<Session>::name(const Session &record)
{
    return QCoreApplication::translate("ChangeRecord", "the session “%1”").arg(record.displayTitle());
}

void RecordStore<Session>::notify(Workspace &ws, const Session &record, quint32 parts)
{
    ws.notifySessionChanged(record.id, SessionChanges::fromInt(int(parts)));
}

AddRemoveSession::AddRemoveSession(Workspace &ws, Kind kind, Session session)
    : ChangeRecord<Session>(ws, kind == Add ? QCoreApplication::translate("Command", "Plan session “%1”").arg(session.displayTitle())
                                            : QCoreApplication::translate("Command", "Delete session “%1”").arg(session.displayTitle()),
                            kind == Add ? std::nullopt : std::optional<Session>(session),
                            kind == Add ? std::optional<Session>(session) : std::nullopt)
{
}

void AddRemoveSession::notify()
{
    const Session &session = m_after ? *m_after : *m_before;
    if (adding())
        m_workspace.notifySessionAdded(session.id);
    else
        m_workspace.notifySessionRemoved(session.id);
    notifyTimelines(m_workspace, session, session);
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
