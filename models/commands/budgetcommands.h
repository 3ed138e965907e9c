#pragma once
// Undo commands for a product's budget: adding, editing or removing an
// envelope (a ChangeRecord), and changing monthly spending (actual or
// forecast) by line.

#include "changerecord.h"

#include "domain/budgetenvelope.h"
#include "storage/spendingentry.h"

namespace Comite {

template<>
struct RecordStore<Envelope> {
    enum Part : quint32 { Period = 0x1, Amount = 0x2, Source = 0x4, Label = 0x8, Decision = 0x10, Origin = 0x20 };
    static const QList<RecordPart<Envelope>> &parts();
    static std::optional<Envelope> load(Workspace &ws, qint64 id) { return ws.envelopes().load(id); }
    static Envelope insert(Workspace &ws, Envelope record);
    static void update(Workspace &ws, const Envelope &record) { ws.envelopes().update(record); }
    static void remove(Workspace &ws, qint64 id) { ws.envelopes().remove(id); }
    static QString name(const Envelope &record);
    static void notify(Workspace &ws, const Envelope &record, quint32)
    {
        ws.notifyProductChanged(record.productId, ProductChange::Envelopes);
    }
};

// Adds, edits or removes an envelope.
using ChangeEnvelope = ChangeRecord<Envelope>;

// Replaces some spending entries of one product by others (one cell, or
// many at once); entries are matched by month, line and kind.
// Not a ChangeRecord: it replaces a set of cells (a paste, an import), not
// one record, and a cell's entry may come and go (an emptied cell).
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
