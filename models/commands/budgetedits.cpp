#include "budgetedits.h"

#include "budgetcommands.h"
#include "editsupport.h"
#include "storage/storageerror.h"

#include <QCoreApplication>

namespace Comite::Edit {

using EditSupport::existing;
using EditSupport::pushed;
using EditSupport::refusal;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Edit)
};

// The envelope as stored, or why it cannot be read.
Result<Envelope> loadEnvelope(Workspace &ws, qint64 envelopeId)
{
    return existing(attempt([&] { return ws.envelopes().load(envelopeId); }), Tr::tr("This envelope no longer exists."));
}
} // namespace

Result<qint64> addEnvelope(Workspace &ws, const Envelope &envelope)
{
    const QStringList problems = EnvelopeRules::problems(envelope);
    if (!problems.isEmpty())
        return refusal(problems.join(QLatin1Char('\n')));
    const Result<bool> exists = attempt([&] { return ws.products().load(envelope.productId).has_value(); });
    if (!exists)
        return exists.error();
    if (!exists.value())
        return refusal(Tr::tr("This product no longer exists."));
    Envelope fresh = envelope;
    fresh.id = 0;
    fresh.origin = QStringLiteral("comite");
    auto *command = new ChangeEnvelope(ws, Tr::tr("Add an envelope of %1").arg(QLocale().toString(fresh.amount)), std::nullopt,
                                       fresh);
    if (Result<void> r = pushed(ws, command); !r)
        return r.error();
    return command->recordId();
}

Result<void> updateEnvelope(Workspace &ws, const Envelope &envelope)
{
    const Result<Envelope> before = loadEnvelope(ws, envelope.id);
    if (!before)
        return before.error();
    const QStringList problems = EnvelopeRules::problems(envelope);
    if (!problems.isEmpty())
        return refusal(problems.join(QLatin1Char('\n')));
    Envelope after = envelope;
    after.productId = before->productId;
    after.origin = before->origin;
    if (after == before.value())
        return success();
    return pushed(ws, new ChangeEnvelope(ws, Tr::tr("Edit an envelope"), before.value(), after));
}

Result<void> removeEnvelope(Workspace &ws, qint64 envelopeId)
{
    const Result<Envelope> before = loadEnvelope(ws, envelopeId);
    if (!before)
        return before.error();
    return pushed(ws, new ChangeEnvelope(ws, Tr::tr("Delete an envelope"), before.value(), std::nullopt));
}

Result<void> setSpending(Workspace &ws, qint64 productId, const QString &month, const QString &line, bool forecast,
                         std::optional<qint64> amount)
{
    if (!BudgetLines::isMonth(month))
        return refusal(Tr::tr("“%1” is not a month (YYYY-MM).").arg(month));
    if (!BudgetLines::isKey(line))
        return refusal(Tr::tr("“%1” is not a budget line.").arg(line));
    if (amount && *amount < 0)
        return refusal(Tr::tr("Spending cannot be negative."));
    QList<SpendingEntry> before;
    const Result<void> read = attempt([&] {
        for (const SpendingEntry &e : ws.spending().forProduct(productId)) {
            if (e.month == month && e.line == line && e.forecast == forecast)
                before << e;
        }
    });
    if (!read)
        return read.error();
    QList<SpendingEntry> after;
    if (amount)
        after << SpendingEntry{0, productId, month, line, *amount, forecast};
    if (before.size() == after.size() && (before.isEmpty() || before.first().amount == after.first().amount))
        return success();
    const QString text = forecast ? Tr::tr("Edit the forecast of %1 for %2").arg(BudgetLines::label(line), month)
                                  : Tr::tr("Edit the spending of %1 for %2").arg(BudgetLines::label(line), month);
    return pushed(ws, new ChangeSpending(ws, text, productId, before, after));
}

} // namespace Comite::Edit
