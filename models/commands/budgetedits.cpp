#include "budgetedits.h"

#include "budgetcommands.h"
#include "editsupport.h"

#include <QCoreApplication>

namespace Comite::Edit {

using namespace EditSupport;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Edit)
};
} // namespace

qint64 addEnvelope(Workspace &ws, const Envelope &envelope, QString *error)
{
    const QStringList problems = EnvelopeRules::problems(envelope);
    if (!problems.isEmpty()) {
        refuse(error, problems.join(QLatin1Char('\n')));
        return 0;
    }
    bool exists = false;
    if (!guarded(error, [&] { exists = ws.products().load(envelope.productId).has_value(); }))
        return 0;
    if (!exists) {
        refuse(error, Tr::tr("This product no longer exists."));
        return 0;
    }
    Envelope fresh = envelope;
    fresh.id = 0;
    fresh.origin = QStringLiteral("comite");
    auto *command = new ChangeEnvelope(ws, Tr::tr("Add an envelope of %1").arg(QLocale().toString(fresh.amount)), std::nullopt,
                                       fresh);
    if (!push(ws, command, error))
        return 0;
    return command->recordId();
}

bool updateEnvelope(Workspace &ws, const Envelope &envelope, QString *error)
{
    std::optional<Envelope> before;
    if (!guarded(error, [&] { before = ws.envelopes().load(envelope.id); }))
        return false;
    if (!before)
        return refuse(error, Tr::tr("This envelope no longer exists."));
    const QStringList problems = EnvelopeRules::problems(envelope);
    if (!problems.isEmpty())
        return refuse(error, problems.join(QLatin1Char('\n')));
    Envelope after = envelope;
    after.productId = before->productId;
    after.origin = before->origin;
    if (after == *before)
        return true;
    return push(ws, new ChangeEnvelope(ws, Tr::tr("Edit an envelope"), before, after), error);
}

bool removeEnvelope(Workspace &ws, qint64 envelopeId, QString *error)
{
    std::optional<Envelope> before;
    if (!guarded(error, [&] { before = ws.envelopes().load(envelopeId); }))
        return false;
    if (!before)
        return refuse(error, Tr::tr("This envelope no longer exists."));
    return push(ws, new ChangeEnvelope(ws, Tr::tr("Delete an envelope"), before, std::nullopt), error);
}

bool setSpending(Workspace &ws, qint64 productId, const QString &month, const QString &line, bool forecast,
                 std::optional<qint64> amount, QString *error)
{
    if (!BudgetLines::isMonth(month))
        return refuse(error, Tr::tr("“%1” is not a month (YYYY-MM).").arg(month));
    if (!BudgetLines::isKey(line))
        return refuse(error, Tr::tr("“%1” is not a budget line.").arg(line));
    if (amount && *amount < 0)
        return refuse(error, Tr::tr("Spending cannot be negative."));
    QList<SpendingEntry> before;
    if (!guarded(error, [&] {
            for (const SpendingEntry &e : ws.spending().forProduct(productId)) {
                if (e.month == month && e.line == line && e.forecast == forecast)
                    before << e;
            }
        }))
        return false;
    QList<SpendingEntry> after;
    if (amount)
        after << SpendingEntry{0, productId, month, line, *amount, forecast};
    if (before.size() == after.size() && (before.isEmpty() || before.first().amount == after.first().amount))
        return true;
    const QString text = forecast ? Tr::tr("Edit the forecast of %1 for %2").arg(BudgetLines::label(line), month)
                                  : Tr::tr("Edit the spending of %1 for %2").arg(BudgetLines::label(line), month);
    return push(ws, new ChangeSpending(ws, text, productId, before, after), error);
}

} // namespace Comite::Edit
