#include "budgetcommands.h"

namespace Comite {

ChangeEnvelope::ChangeEnvelope(Workspace &ws, const QString &text, std::optional<Envelope> before, std::optional<Envelope> after)
    : WorkspaceCommand(ws, text), m_before(std::move(before)), m_after(std::move(after))
{
}

void ChangeEnvelope::apply(const std::optional<Envelope> &from, std::optional<Envelope> &to)
{
    write([&] {
        if (from && !to)
            m_workspace.envelopes().remove(from->id);
        else if (to && !from)
            to->id = m_workspace.envelopes().insert(*to);
        else if (to)
            m_workspace.envelopes().update(*to);
    });
    const qint64 productId = to ? to->productId : from ? from->productId : 0;
    m_workspace.notifyProductChanged(productId, ProductChange::Envelopes);
}

void ChangeEnvelope::redo()
{
    apply(m_before, m_after);
}

void ChangeEnvelope::undo()
{
    apply(m_after, m_before);
}

ChangeSpending::ChangeSpending(Workspace &ws, const QString &text, qint64 productId, QList<SpendingEntry> before,
                               QList<SpendingEntry> after)
    : WorkspaceCommand(ws, text), m_productId(productId), m_before(std::move(before)), m_after(std::move(after))
{
}

void ChangeSpending::apply(const QList<SpendingEntry> &from, QList<SpendingEntry> &to)
{
    auto sameCell = [](const SpendingEntry &a, const SpendingEntry &b) {
        return a.month == b.month && a.line == b.line && a.forecast == b.forecast;
    };
    write([&] {
        for (const SpendingEntry &old : from)
            m_workspace.spending().remove(old.id);
        for (SpendingEntry &e : to) {
            e.productId = m_productId;
            // A new entry keeps the id of the one it replaces, if any.
            if (e.id <= 0) {
                const auto same = std::find_if(from.cbegin(), from.cend(), [&](const SpendingEntry &o) { return sameCell(o, e); });
                if (same != from.cend())
                    e.id = same->id;
            }
            e.id = m_workspace.spending().insert(e);
        }
    });
    m_workspace.notifyProductChanged(m_productId, ProductChange::Spending);
}

void ChangeSpending::redo()
{
    apply(m_before, m_after);
}

void ChangeSpending::undo()
{
    apply(m_after, m_before);
}

} // namespace Comite
