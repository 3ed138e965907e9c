#include "budgetprojection.h"

#include <algorithm>

namespace Comite {

namespace {
QDate firstOfMonth(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}
} // namespace

std::optional<double> BudgetProjection::monthsLeft() const
{
    if (burnRate <= 0)
        return std::nullopt;
    return std::max(0.0, double(remaining) / burnRate);
}

FundingWindow BudgetProjection::fundingWindow(const QList<Envelope> &envelopes, QDate today)
{
    FundingWindow w;
    QList<const Envelope *> chosen;
    for (const Envelope &e : envelopes) {
        if (e.activeOn(today))
            chosen << &e;
    }
    if (chosen.isEmpty()) {
        // Nothing active: the last envelopes that ended before today.
        QDate lastEnd;
        for (const Envelope &e : envelopes) {
            if (e.start.isValid() && e.end.isValid() && e.end < today && (!lastEnd.isValid() || e.end > lastEnd))
                lastEnd = e.end;
        }
        for (const Envelope &e : envelopes) {
            if (lastEnd.isValid() && e.start.isValid() && e.end == lastEnd)
                chosen << &e;
        }
    }
    if (chosen.isEmpty())
        return w;
    auto windowEnd = [&] {
        QDate end;
        for (const Envelope *e : std::as_const(chosen)) {
            if (!e->end.isValid())
                return QDate();
            if (!end.isValid() || e->end > end)
                end = e->end;
        }
        return end;
    };
    // Envelopes that follow on without a gap extend the window.
    for (bool grew = true; grew;) {
        grew = false;
        const QDate end = windowEnd();
        if (!end.isValid() || end < today)
            break;
        for (const Envelope &e : envelopes) {
            if (chosen.contains(&e) || !e.start.isValid() || e.start > end.addDays(1) || (e.end.isValid() && e.end <= end))
                continue;
            chosen << &e;
            grew = true;
        }
    }
    for (const Envelope *e : std::as_const(chosen)) {
        w.envelopeIds << e->id;
        w.granted += e->amount;
        if (!w.start.isValid() || e->start < w.start)
            w.start = e->start;
    }
    w.end = windowEnd();
    return w;
}

double BudgetProjection::averageBurn(const QMap<QString, MonthSpending> &monthly, QDate today, int *months)
{
    qint64 total = 0;
    int counted = 0;
    QDate m = firstOfMonth(today).addMonths(-1);
    for (int back = 0; back < 2 * burnWindow && counted < burnWindow; ++back, m = m.addMonths(-1)) {
        const auto it = monthly.constFind(monthKey(m));
        if (it != monthly.cend() && it->actual) {
            total += *it->actual;
            ++counted;
        }
    }
    if (months)
        *months = counted;
    return counted > 0 ? double(total) / counted : 0.0;
}

BudgetProjection BudgetProjection::compute(const QList<Envelope> &envelopes, const QMap<QString, MonthSpending> &monthly,
                                           QDate today)
{
    BudgetProjection p;
    p.window = fundingWindow(envelopes, today);
    p.burnRate = averageBurn(monthly, today, &p.burnMonths);
    if (p.window.isEmpty())
        return p;

    const QDate currentMonth = firstOfMonth(today);
    const QString from = monthKey(p.window.start);
    const QString until = monthKey(today);
    for (auto it = monthly.lowerBound(from); it != monthly.cend() && it.key() <= until; ++it)
        p.spent += it->actual.value_or(0);
    p.remaining = p.window.granted - p.spent;

    // Walk the window month by month until the money or the window ends.
    double left = double(p.window.granted);
    QDate month = firstOfMonth(p.window.start);
    for (int i = 0; i < horizonMonths; ++i, month = month.addMonths(1)) {
        if (p.window.end.isValid() && month > p.window.end) {
            p.exhaustion = p.window.end;
            return p;
        }
        const MonthSpending s = monthly.value(monthKey(month));
        // A past month without figures spent nothing that is known.
        const double cost = s.actual ? double(*s.actual)
                            : s.forecast ? double(*s.forecast)
                            : month < currentMonth ? 0.0
                                                   : p.burnRate;
        if (cost > left) {
            const int days = int(double(month.daysInMonth()) * std::max(0.0, left) / cost);
            p.exhaustion = month.addDays(days);
            if (p.window.end.isValid() && p.exhaustion > p.window.end)
                p.exhaustion = p.window.end;
            else
                p.moneyRunsOut = true;
            return p;
        }
        left -= cost;
    }
    // Open-ended and never spent within the horizon: nothing to project.
    p.exhaustion = p.window.end;
    return p;
}

} // namespace Comite
