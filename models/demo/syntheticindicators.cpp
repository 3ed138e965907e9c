#include "syntheticindicators.h"

#include "domain/efficiency.h"
#include "storage/database.h"

#include <QRandomGenerator>
#include <cmath>

namespace Comite {

namespace {
QDate firstOfMonth(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

int monthsBetween(QDate from, QDate to)
{
    return (to.year() - from.year()) * 12 + to.month() - from.month();
}
} // namespace

SyntheticIndicators::SyntheticIndicators(Database &db, BulkInsert &products, quint32 seed, QDate today)
    : m_db(db)
    , m_seed(seed)
    , m_today(today)
    , m_indicator(db, QStringLiteral("indicators"),
                  {QStringLiteral("id"), QStringLiteral("product_id"), QStringLiteral("position"), QStringLiteral("name"),
                   QStringLiteral("kind"), QStringLiteral("principle"), QStringLiteral("unit"), QStringLiteral("north_star"),
                   QStringLiteral("mandatory")},
                  {&products})
    , m_measurement(db, QStringLiteral("measurements"),
                    {QStringLiteral("indicator_id"), QStringLiteral("measured_on"), QStringLiteral("value")}, {&m_indicator})
    , m_target(db, QStringLiteral("indicator_targets"),
               {QStringLiteral("indicator_id"), QStringLiteral("target_date"), QStringLiteral("value")}, {&m_indicator})
    , m_spending(db, QStringLiteral("spending"),
                 {QStringLiteral("product_id"), QStringLiteral("month"), QStringLiteral("line"), QStringLiteral("amount"),
                  QStringLiteral("forecast")},
                 {&products})
{
}

void SyntheticIndicators::notePhase(Phase phase, QDate start)
{
    if (phase == Phase::Construction && !m_construction.isValid())
        m_construction = start;
    if ((Phases::isStop(phase) || Phases::isExit(phase)) && !m_end.isValid())
        m_end = start;
}

void SyntheticIndicators::write(qint64 productId)
{
    const QDate construction = std::exchange(m_construction, QDate());
    const QDate end = std::exchange(m_end, QDate());
    m_product = quint32(productId);
    if (!construction.isValid() || construction > m_today)
        return;
    const bool running = !end.isValid() || end > m_today;
    const QDate until = firstOfMonth(running ? m_today : end);
    const QDate from = firstOfMonth(construction).addMonths(1);
    QRandomGenerator rng(m_seed * 7919u + m_product);
    const double users = 200 + rng.bounded(20000);
    const double impact = users * (0.02 + rng.generateDouble() * 0.2);
    m_position = 0;
    writeIndicator(productId, QStringLiteral("Utilisateurs actifs"), "usage", "used", "monthly-active-users",
                   QStringLiteral("utilisateurs"), false, users / 20, users, from, until);
    writeIndicator(productId, QStringLiteral("Démarches abouties"), "usage", "used", "monthly-transactions",
                   QStringLiteral("démarches"), false, users / 10, users * 3, from, until);
    writeIndicator(productId, QStringLiteral("Impact mesuré"), "impact", "impactful", "policy-impact", QStringLiteral("cas"), true,
                   impact / 30, impact, from, until);
    writeIndicator(productId, QStringLiteral("Note de facilité d'usage"), "usage", "usable", "ease-of-use",
                   QStringLiteral("/10"), false, 6 + rng.generateDouble(), 7 + rng.generateDouble() * 2, from, until);
    writeSpending(productId, firstOfMonth(construction), until, running);
}

void SyntheticIndicators::writeIndicator(qint64 productId, const QString &name, const char *kind, const char *principle,
                                         const char *fills, const QString &unit, bool northStar, double start, double end,
                                         QDate from, QDate until)
{
    const qint64 id = m_nextIndicator++;
    m_indicator.add({id, productId, m_position++, name, QLatin1String(kind), QLatin1String(principle), unit,
                                 northStar ? 1 : 0, QLatin1String(fills)});
    QRandomGenerator rng(m_seed * 104729u + quint32(id));
    const int span = std::max(1, monthsBetween(from, until));
    const bool small = std::abs(end) < 100;
    for (QDate m = from; m <= until; m = m.addMonths(1)) {
        const double t = double(monthsBetween(from, m)) / span;
        double value = (start + (end - start) * std::pow(t, 1.3)) * (0.97 + 0.06 * rng.generateDouble());
        value = small ? std::round(value * 10) / 10 : std::round(value);
        m_measurement.add({id, m.toString(Qt::ISODate), value});
    }
    m_target.add({id, until.addMonths(7).addDays(-1).toString(Qt::ISODate), small ? end * 1.05 : std::round(end * 1.3)});
}

// Three budget lines a month around a plausible yearly cost (250 k€ to
// 1 M€), actual to last month, forecast for six months while it runs.
void SyntheticIndicators::writeSpending(qint64 productId, QDate from, QDate until, bool running)
{
    QRandomGenerator rng(m_seed * 15485863u + m_product);
    const double monthly = 20000 + rng.bounded(60000);
    static const char *lines[] = {"development", "product", "design"};
    static const double shares[] = {0.6, 0.25, 0.15};
    const QDate current = firstOfMonth(m_today);
    const QDate lastActual = running ? current.addMonths(-1) : until;
    auto month = [&](QDate m, double total, bool forecast) {
        for (int k = 0; k < 3; ++k)
            m_spending.add({productId, Efficiency::monthKey(m), QLatin1String(lines[k]),
                                        qint64(std::round(total * shares[k] / 100) * 100), forecast ? 1 : 0});
    };
    for (QDate m = from; m <= lastActual; m = m.addMonths(1))
        month(m, monthly * (0.9 + 0.2 * rng.generateDouble()), false);
    if (running) {
        for (int k = 0; k < 6; ++k)
            month(current.addMonths(k), monthly, true);
    }
}

void SyntheticIndicators::finish()
{
    m_indicator.finish();
    m_measurement.finish();
    m_target.finish();
    m_spending.finish();
    m_db.syncIdSequence(QStringLiteral("indicators"));
}

} // namespace Comite
