#include "demoindicators.h"

#include "domain/efficiency.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/spendingrepository.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <cmath>

namespace Comite::DemoIndicators {

namespace {
// The first of the month `months` (a demo offset) from today.
QDate monthAt(QDate today, double months)
{
    const QDate d = today.addDays(qRound(months * 30.4375));
    return QDate(d.year(), d.month(), 1);
}

// A deterministic generator per product and name, whatever the process.
QRandomGenerator generator(const QString &a, const QString &b)
{
    const QByteArray bytes = (a + u'|' + b).toUtf8();
    return QRandomGenerator(quint32(qChecksum(bytes)) * 2654435761u + quint32(bytes.size()));
}

double roundTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// Monthly values from `start` to `end` along t^curve (adoption speeds up,
// so cost per unit falls), with a little deterministic noise.
QList<Measurement> series(QDate today, const QJsonObject &d, const QString &slug)
{
    const QDate first = monthAt(today, d.value(QStringLiteral("from")).toDouble(-6));
    QDate last = monthAt(today, d.value(QStringLiteral("until")).toDouble(0));
    if (last > today)
        last = last.addMonths(-1);
    const QDate end = monthAt(today, 0) > today ? monthAt(today, 0).addMonths(-1) : monthAt(today, 0);
    const double start = d.value(QStringLiteral("start")).toDouble();
    const double finish = d.value(QStringLiteral("end")).toDouble();
    const double curve = d.value(QStringLiteral("curve")).toDouble(1.3);
    const double noise = d.value(QStringLiteral("noise")).toDouble(0.03);
    // Counts stay whole; rates and scores keep a decimal.
    const QString unit = d.value(QStringLiteral("unit")).toString();
    const bool counts = start == std::round(start) && finish == std::round(finish) && unit != u"%" && !unit.startsWith(u'/');
    const int decimals = d.value(QStringLiteral("decimals")).toInt(counts || std::abs(finish) >= 100 ? 0 : 1);
    QRandomGenerator rng = generator(slug, d.value(QStringLiteral("name")).toString());
    // The curve spans from the first month to today even when measuring
    // stopped earlier ("until").
    const int span = std::max(1, int((end.year() - first.year()) * 12 + end.month() - first.month()));
    QList<Measurement> result;
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        const double t = double((m.year() - first.year()) * 12 + m.month() - first.month()) / span;
        const double value = start + (finish - start) * std::pow(t, curve);
        const double jitter = 1 + noise * (2 * rng.generateDouble() - 1);
        result << Measurement{0, 0, m, roundTo(value * jitter, decimals), {}};
    }
    return result;
}

void writeIndicators(IndicatorRepository &repo, QDate today, qint64 productId, const QJsonArray &list, const QString &slug)
{
    int position = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject d = v.toObject();
        Indicator i;
        i.productId = productId;
        i.position = position++;
        i.name = d.value(QStringLiteral("name")).toString();
        i.kind = IndicatorKinds::fromKey(d.value(QStringLiteral("kind")).toString()).value_or(IndicatorKind::Usage);
        i.principle = ImpactMatrix::fromKey(d.value(QStringLiteral("principle")).toString()).value_or(MatrixPrinciple::Used);
        i.unit = d.value(QStringLiteral("unit")).toString();
        i.direction = IndicatorDirections::fromKey(d.value(QStringLiteral("direction")).toString(QStringLiteral("higher")))
                          .value_or(IndicatorDirection::HigherIsBetter);
        i.method = d.value(QStringLiteral("method")).toString();
        i.northStar = d.value(QStringLiteral("north_star")).toBool();
        i.mandatory = d.value(QStringLiteral("fills")).toString();
        i.id = repo.insert(i);
        QList<Measurement> measurements = series(today, d, slug);
        for (Measurement &m : measurements)
            m.indicatorId = i.id;
        repo.insertAll(measurements);
        for (const QJsonValue &t : d.value(QStringLiteral("targets")).toArray()) {
            const QJsonArray pair = t.toArray();
            const QDate month = monthAt(today, pair.at(0).toDouble());
            repo.insert(IndicatorTarget{0, i.id, month.addMonths(1).addDays(-1), pair.at(1).toDouble()});
        }
    }
}

// Monthly spending from "from" to last month (or "until"), moving from
// "monthly" to "now" euros, split over the budget lines; forecast for the
// next six months while the product runs.
void writeSpending(SpendingRepository &repo, QDate today, qint64 productId, const QJsonObject &s, const QString &slug)
{
    if (s.isEmpty())
        return;
    QJsonObject lines = s.value(QStringLiteral("lines")).toObject();
    if (lines.isEmpty())
        lines = QJsonObject{{"management", 0.1}, {"product", 0.2}, {"development", 0.45}, {"design", 0.15}, {"growth", 0.1}};
    const QDate first = monthAt(today, s.value(QStringLiteral("from")).toDouble());
    const bool stopped = s.contains(QStringLiteral("until"));
    const QDate current = monthAt(today, 0);
    const QDate last = stopped ? monthAt(today, s.value(QStringLiteral("until")).toDouble()) : current.addMonths(-1);
    const double from = s.value(QStringLiteral("monthly")).toDouble();
    const double to = s.value(QStringLiteral("now")).toDouble(from);
    const int span = std::max(1, int((last.year() - first.year()) * 12 + last.month() - first.month()));
    QRandomGenerator rng = generator(slug, QStringLiteral("spending"));
    auto write = [&](QDate month, double total, bool forecast) {
        qint64 left = qint64(std::round(total / 100) * 100);
        const QStringList keys = lines.keys();
        for (int k = 0; k < keys.size(); ++k) {
            const qint64 amount = k + 1 == keys.size() ? left : qint64(std::round(total * lines.value(keys[k]).toDouble() / 100) * 100);
            left -= amount;
            repo.insert(SpendingEntry{0, productId, Efficiency::monthKey(month), keys[k], amount, forecast});
        }
    };
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        const double t = double((m.year() - first.year()) * 12 + m.month() - first.month()) / span;
        write(m, (from + (to - from) * t) * (1 + 0.04 * (2 * rng.generateDouble() - 1)), false);
    }
    if (!stopped) {
        for (int k = 0; k < 6; ++k)
            write(current.addMonths(k), to, true);
    }
}
} // namespace

void write(Database &db, QDate today, qint64 productId, const QJsonObject &product)
{
    const QString slug = product.value(QStringLiteral("slug")).toString();
    IndicatorRepository indicators(db);
    SpendingRepository spending(db);
    writeIndicators(indicators, today, productId, product.value(QStringLiteral("indicators")).toArray(), slug);
    writeSpending(spending, today, productId, product.value(QStringLiteral("spending")).toObject(), slug);
}

} // namespace Comite::DemoIndicators
