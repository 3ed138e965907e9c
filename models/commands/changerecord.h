#pragma once
// One undo command for any record (after Tiled's ChangeValue): it keeps the
// record before and after the edit and which parts the edit changed. Redo
// and undo write only those parts over what the database holds now, and
// refuse (ConflictError, nothing written) when someone else changed one of
// them since: a colleague's edit on a shared database is never erased. An
// add (no `before`) or a removal (no `after`) keeps the whole record, so
// undo brings it back under the same id.
//
// A record type plugs in with a RecordStore<T> specialisation: its parts,
// how it is loaded, inserted, updated and removed, how a message names it,
// and whom to notify. See referencecommands.h for the smallest one.
// Optional: `static qint64 id(const T &)` when the record's key is not its
// `id` member (a recorded committee is keyed by its session), and
// `update(ws, record, parts)` when the store writes only the changed parts.

#include "workspacecommand.h"

#include <QCoreApplication>
#include <optional>

namespace Comite {

// One part of a record: members compared and copied together, one flag.
template<typename T>
struct RecordPart {
    quint32 flag = 0;
    std::function<bool(const T &, const T &)> same;
    std::function<void(T &, const T &)> copy;
};

// The part covering `members` of T, e.g. recordPart<Envelope>(Period, &Envelope::start, &Envelope::end).
template<typename T, typename... M>
RecordPart<T> recordPart(quint32 flag, M T::*...members)
{
    return {flag, [=](const T &a, const T &b) { return ((a.*members == b.*members) && ...); },
            [=](T &to, const T &from) { ((to.*members = from.*members), ...); }};
}

template<typename T>
struct RecordStore;  // specialised next to each record's command

// The record's key: RecordStore<T>::id(record) when the store says, else record.id.
template<typename T>
qint64 recordIdOf(const T &record)
{
    if constexpr (requires { RecordStore<T>::id(record); })
        return RecordStore<T>::id(record);
    else
        return record.id;
}

// Copies the parts `parts` (RecordPart flags) of `from` into `to`.
template<typename T>
void copyParts(T &to, const T &from, quint32 parts)
{
    for (const RecordPart<T> &p : RecordStore<T>::parts()) {
        if (parts & p.flag)
            p.copy(to, from);
    }
}

template<typename T>
class ChangeRecord : public WorkspaceCommand
{
public:
    using Store = RecordStore<T>;

    // `before` null: adds `after`; `after` null: removes `before`.
    ChangeRecord(Workspace &ws, const QString &text, std::optional<T> before, std::optional<T> after)
        : WorkspaceCommand(ws, text), m_before(std::move(before)), m_after(std::move(after))
        , m_parts(changedParts(m_before, m_after))
    {
    }
    void redo() override { apply(m_before, m_after, true); }
    void undo() override { apply(m_after, m_before, false); }

    qint64 recordId() const { return m_after ? recordIdOf(*m_after) : m_before ? recordIdOf(*m_before) : 0; }
    // The flags of the parts this edit changed (every part for an add or a removal).
    quint32 parts() const { return m_parts; }
    const std::optional<T> &before() const { return m_before; }
    const std::optional<T> &after() const { return m_after; }

    static quint32 changedParts(const std::optional<T> &a, const std::optional<T> &b)
    {
        quint32 parts = 0;
        for (const RecordPart<T> &p : Store::parts()) {
            if (!a || !b || !p.same(*a, *b))
                parts |= p.flag;
        }
        return parts;
    }

protected:
    // Run inside the write's transaction, around the record's own write;
    // `forward` is true for redo.
    virtual void beforeWrite(bool forward) { Q_UNUSED(forward) }
    virtual void afterWrite(bool forward) { Q_UNUSED(forward) }
    // After every redo or undo, written or refused (views read again).
    virtual void notify() { Store::notify(m_workspace, m_after ? *m_after : *m_before, m_parts); }
    // Consecutive edits merged into one step: the later one's result.
    void mergeAfter(const ChangeRecord &later)
    {
        m_after = later.m_after;
        m_parts |= later.m_parts;
        setObsolete((changedParts(m_before, m_after) & m_parts) == 0);
    }

    // What the last redo or undo did (also within its hooks): added the
    // record, or removed it.
    bool adding() const { return m_forward ? !m_before : !m_after; }
    bool removing() const { return m_forward ? !m_after : !m_before; }

    std::optional<T> m_before;
    std::optional<T> m_after;
    quint32 m_parts;

private:
    void apply(std::optional<T> &from, std::optional<T> &to, bool forward)
    {
        m_forward = forward;
        write([&] {
            beforeWrite(forward);
            if (from && to)
                update(*from, *to);
            else if (to)
                to = reloaded(Store::insert(m_workspace, *to));
            else if (from)
                remove(*from);
            afterWrite(forward);
        });
        notify();
    }

    // Writes the changed parts of `to` over the stored record, if those
    // parts still read as in `from`.
    void update(const T &from, T &to)
    {
        const std::optional<T> current = Store::load(m_workspace, recordIdOf(from));
        if (!current)
            throw ConflictError(QCoreApplication::translate("ChangeRecord", "Someone else deleted %1 meanwhile; “%2” was not applied.")
                                    .arg(Store::name(from), text()));
        T merged = *current;
        for (const RecordPart<T> &p : Store::parts()) {
            if (!(m_parts & p.flag))
                continue;
            if (!p.same(*current, from))
                throw refused(from);
            p.copy(merged, to);
        }
        if constexpr (requires { Store::update(m_workspace, merged, m_parts); })
            Store::update(m_workspace, merged, m_parts);
        else
            Store::update(m_workspace, merged);
        to = reloaded(merged);
    }

    // Removes the record, unless someone changed it since.
    void remove(const T &from)
    {
        const std::optional<T> current = Store::load(m_workspace, recordIdOf(from));
        if (!current)
            return;  // already gone: what this step wants
        if (changedParts(current, from) != 0)
            throw refused(from);
        Store::remove(m_workspace, recordIdOf(from));
    }

    ConflictError refused(const T &record) const
    {
        return ConflictError(QCoreApplication::translate("ChangeRecord", "Someone else changed %1 meanwhile; “%2” was not applied, so that their change is kept.")
                                 .arg(Store::name(record), text()));
    }

    bool m_forward = true;

    // The record as stored (new child rows have their ids): what a later
    // step compares with.
    T reloaded(const T &written)
    {
        const std::optional<T> stored = Store::load(m_workspace, recordIdOf(written));
        return stored ? *stored : written;
    }
};

} // namespace Comite
