#pragma once
// Undo commands for a product's budget: adding, editing or removing an
// envelope, and changing monthly spending (actual or forecast) by line. A
// removed record is kept whole and comes back with the same id.

#include "workspacecommand.h"

#include "domain/budgetenvelope.h"
#include "storage/spendingentry.h"

namespace Comite {

class ChangeEnvelope : public WorkspaceCommand
{
public:
    // `before` null: adds `after`; `after` null: removes `before`.
    ChangeEnvelope(Workspace &ws, const QString &text, std::optional<Envelope> before, std::optional<Envelope> after);
    void redo() override;
    void undo() override;
    qint64 envelopeId() const { return m_after ? m_after->id : m_before ? m_before->id : 0; }

private:
    void apply(const std::optional<Envelope> &from, std::optional<Envelope> &to);
    std::optional<Envelope> m_before;
    std::optional<Envelope> m_after;
};

// Replaces some spending entries of one product by others (one cell, or
// many at once); entries are matched by month, line and kind.
class ChangeSpending : public WorkspaceCommand
{
public:
    ChangeSpending(Workspace &ws, const QString &text, qint64 productId, QList<SpendingEntry> before, QList<SpendingEntry> after);
    void redo() override;
    void undo() override;

private:
    void apply(const QList<SpendingEntry> &from, QList<SpendingEntry> &to);
    qint64 m_productId;
    QList<SpendingEntry> m_before;
    QList<SpendingEntry> m_after;
};

} // namespace Comite
