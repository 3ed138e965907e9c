#include "budgetcommands.h"

#include <QLocale>

namespace Comite {

const QList<RecordPart<Envelope>> &RecordStore<Envelope>::parts()
{
    static const QList<RecordPart<Envelope>> parts{
        recordPart<Envelope>(Period, &Envelope::start, &Envelope::end), recordPart<Envelope>(Amount, &Envelope::amount),
        recordPart<Envelope>(Source, &Envelope::source), recordPart<Envelope>(Label, &Envelope::label),
        recordPart<Envelope>(Decision, &Envelope::decisionId), recordPart<Envelope>(Origin, &Envelope::origin)};
    return parts;
}

Envelope RecordStore<Envelope>::insert(Workspace &ws, Envelope record)
{
    record.id = ws.envelopes().insert(record);
    return record;
}

QString RecordStore<Envelope>::name(const Envelope &record)
{
    return QCoreApplication::translate("ChangeRecord", "the envelope of %1").arg(QLocale().toString(record.amount));
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
