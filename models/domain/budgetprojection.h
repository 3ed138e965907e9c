#pragma once
// Where a product's money stands on a day: the envelopes funding it now
// (with those that follow on without a gap), what was spent of them, the
// burn rate and the projected date the money runs out. Pure computation
// on envelopes and monthly spending totals.

#include "budgetenvelope.h"

#include <QMap>

namespace Comite {

// A product's spending in one month, summed over the budget lines.
struct MonthSpending {
    std::optional<qint64> actual;
    std::optional<qint64> forecast;
    bool operator==(const MonthSpending &) const = default;
};

// The envelopes funding a product on a day, as one period.
struct FundingWindow {
    QList<qint64> envelopeIds;
    QDate start;
    QDate end;  // null: open-ended
    qint64 granted = 0;
    bool isEmpty() const { return envelopeIds.isEmpty(); }
};

struct BudgetProjection {
    FundingWindow window;
    qint64 spent = 0;       // actual spending in the window up to today
    qint64 remaining = 0;   // granted − spent
    double burnRate = 0;    // euros per month (average of recent actual months)
    int burnMonths = 0;     // how many months the burn rate averages
    QDate exhaustion;       // null: no current envelope, or nothing to project
    bool moneyRunsOut = false;  // before the window ends (else the window ends)

    // Months the remaining money lasts at the burn rate; null without one.
    std::optional<double> monthsLeft() const;

    // The envelopes funding the product on `today`: those active that day
    // and those starting by the day after they end (chained); when none is
    // active, the last ones that ended (the money has run out).
    static FundingWindow fundingWindow(const QList<Envelope> &envelopes, QDate today);
    // `monthly` is keyed by "YYYY-MM". Each month of the window costs its
    // actual spending, else its forecast, else the burn rate; the money
    // runs out, pro rata, in the month where the cost passes what is left,
    // and at the latest when the window ends.
    static BudgetProjection compute(const QList<Envelope> &envelopes, const QMap<QString, MonthSpending> &monthly,
                                    QDate today);
    // Average actual spending of the last `burnWindow` months before
    // today's month that have any (looking back at most twice as far).
    static double averageBurn(const QMap<QString, MonthSpending> &monthly, QDate today, int *months = nullptr);
    static constexpr int burnWindow = 3;
    static constexpr int horizonMonths = 240;

    static QString monthKey(QDate day) { return day.toString(QStringLiteral("yyyy-MM")); }
};

} // namespace Comite
