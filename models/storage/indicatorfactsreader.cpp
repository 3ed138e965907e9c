#include "indicatorfactsreader.h"

#include "database.h"
#include "rowscan.h"
#include "spendingrepository.h"

#include <QSqlQuery>

namespace Comite::IndicatorFactsReader {

namespace {
// What one indicator contributes, read in the first query.
struct Row {
    Indicator indicator;
    QDate lastMeasured;
    std::optional<double> valueNow;
    std::optional<double> valueAtCommittee;
};

} // namespace

QHash<qint64, IndicatorFacts> read(Database &db, QDate today, const ProductFilter &products)
{
    const QString day = today.toString(Qt::ISODate);
    QVariantList bindings{day, day};
    QString committeeFilter, indicatorFilter;
    if (!products.isAll()) {
        committeeFilter = QStringLiteral(" AND ") + products.condition(QStringLiteral("sp.product_id"));
        indicatorFilter = QStringLiteral(" WHERE ") + products.condition(QStringLiteral("i.product_id"));
    }
    // Each subquery is one seek in the (indicator_id, measured_on) index.
    RowScan q(
        db,
        QStringLiteral("SELECT i.id, i.product_id, i.kind, i.direction, i.north_star, i.mandatory, "
                       "(SELECT MAX(m.measured_on) FROM measurements m WHERE m.indicator_id = i.id AND m.measured_on <= ?), "
                       "(SELECT m.value FROM measurements m WHERE m.indicator_id = i.id AND m.measured_on <= ? "
                       "ORDER BY m.measured_on DESC LIMIT 1), "
                       "(SELECT m.value FROM measurements m WHERE m.indicator_id = i.id "
                       "AND m.measured_on <= substr(lc.last, 1, 10) ORDER BY m.measured_on DESC LIMIT 1) "
                       "FROM indicators i LEFT JOIN (SELECT sp.product_id AS product_id, MAX(se.starts_at) AS last "
                       "FROM session_products sp JOIN sessions se ON se.id = sp.session_id WHERE se.status = 'held'")
            + committeeFilter + QStringLiteral(" GROUP BY sp.product_id) lc ON lc.product_id = i.product_id") + indicatorFilter
            + QStringLiteral(" ORDER BY i.product_id, i.position, i.id"),
        bindings);
    QHash<qint64, QList<Row>> rowsOf;
    while (q.next()) {
        Row r;
        r.indicator.id = q.integer(0);
        r.indicator.productId = q.integer(1);
        r.indicator.kind = IndicatorKinds::fromKey(q.text(2)).value_or(IndicatorKind::Usage);
        r.indicator.direction = IndicatorDirections::fromKey(q.text(3)).value_or(IndicatorDirection::HigherIsBetter);
        r.indicator.northStar = q.integer(4) != 0;
        r.indicator.mandatory = q.text(5);
        r.lastMeasured = q.date(6);
        r.valueNow = q.optionalReal(7);
        r.valueAtCommittee = q.optionalReal(8);
        rowsOf[r.indicator.productId] << r;
    }

    QHash<qint64, IndicatorFacts> facts;
    for (auto it = rowsOf.cbegin(); it != rowsOf.cend(); ++it) {
        IndicatorFacts &f = facts[it.key()];
        const QList<Row> &rows = it.value();
        QList<Indicator> definitions;
        for (const Row &r : rows) {
            definitions << r.indicator;
            if (!r.indicator.mandatory.isEmpty() && !f.filledMandatory.contains(r.indicator.mandatory))
                f.filledMandatory << r.indicator.mandatory;
            if (!r.lastMeasured.isValid() || r.indicator.kind == IndicatorKind::Effort)
                continue;
            QDate &latest = r.indicator.kind == IndicatorKind::Usage ? f.lastUsageMeasurement : f.lastImpactMeasurement;
            if (!latest.isValid() || r.lastMeasured > latest)
                latest = r.lastMeasured;
        }
        f.indicatorCount = int(rows.size());
        if (const int users = Efficiency::usersIndex(definitions); users >= 0) {
            f.usersNow = rows[users].valueNow;
            f.usersAtCommittee = rows[users].valueAtCommittee;
        }
        if (const int impact = Efficiency::impactIndex(definitions); impact >= 0) {
            f.impactNow = rows[impact].valueNow;
            f.impactAtCommittee = rows[impact].valueAtCommittee;
        }
    }

    SpendingRepository spending(db);
    const Efficiency::Window window = Efficiency::window(today);
    const QHash<qint64, qint64> now = spending.actualTotals(window.from, window.until, products);
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        facts[it.key()].spendingNow = it.value();
    const QHash<qint64, qint64> atCommittee = spending.actualTotalsBeforeLastCommittee(products);
    for (auto it = atCommittee.cbegin(); it != atCommittee.cend(); ++it)
        facts[it.key()].spendingAtCommittee = it.value();
    return facts;
}

} // namespace Comite::IndicatorFactsReader
