#include "indicatorfactsreader.h"

#include "database.h"
#include "domain/impactmatrix.h"
#include "rowscan.h"
#include "spendingrepository.h"

#include <algorithm>
#include <limits>

namespace Comite {

namespace {
const auto byProduct = [](const IndicatorFactsByProduct::Entry &a, const IndicatorFactsByProduct::Entry &b) {
    return a.productId < b.productId;
};
} // namespace

IndicatorFactsByProduct::IndicatorFactsByProduct(Entries entries) : m_entries(std::move(entries))
{
    if (!std::is_sorted(m_entries.cbegin(), m_entries.cend(), byProduct))
        std::sort(m_entries.begin(), m_entries.end(), byProduct);
}

const IndicatorFacts *IndicatorFactsByProduct::find(qint64 productId) const
{
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), productId,
                                     [](const Entry &e, qint64 id) { return e.productId < id; });
    return it == m_entries.cend() || it->productId != productId ? nullptr : &it->facts;
}

IndicatorFacts IndicatorFactsByProduct::value(qint64 productId) const
{
    const IndicatorFacts *facts = find(productId);
    return facts ? *facts : IndicatorFacts();
}

QList<qint64> IndicatorFactsByProduct::keys() const
{
    QList<qint64> ids;
    ids.reserve(size());
    for (const Entry &e : m_entries)
        ids << e.productId;
    return ids;
}

namespace IndicatorFactsReader {

namespace {
// One product's indicators, in position order, as the query gives them.
// The rows come grouped by product, so one buffer serves every product in
// turn: a large portfolio costs no list and no hash entry per indicator.
class ProductIndicators
{
public:
    struct Values {
        QDate lastMeasured;
        std::optional<double> now;
        std::optional<double> atCommittee;
    };

    void add(Indicator indicator, const Values &values)
    {
        m_definitions << std::move(indicator);
        m_values.push_back(values);
    }
    void clear()
    {
        m_definitions.clear();  // keeps the capacity for the next product
        m_values.clear();
    }

    IndicatorFacts facts() const
    {
        IndicatorFacts f;
        for (qsizetype i = 0; i < m_definitions.size(); ++i) {
            const Indicator &indicator = m_definitions[i];
            if (!indicator.mandatory.isEmpty() && !f.filledMandatory.contains(indicator.mandatory))
                f.filledMandatory << indicator.mandatory;
            const QDate measured = m_values[size_t(i)].lastMeasured;
            if (!measured.isValid() || indicator.kind == IndicatorKind::Effort)
                continue;
            QDate &latest = indicator.kind == IndicatorKind::Usage ? f.lastUsageMeasurement : f.lastImpactMeasurement;
            if (!latest.isValid() || measured > latest)
                latest = measured;
        }
        f.indicatorCount = int(m_definitions.size());
        if (const int users = Efficiency::usersIndex(m_definitions); users >= 0) {
            f.usersNow = m_values[size_t(users)].now;
            f.usersAtCommittee = m_values[size_t(users)].atCommittee;
        }
        if (const int impact = Efficiency::impactIndex(m_definitions); impact >= 0) {
            f.impactNow = m_values[size_t(impact)].now;
            f.impactAtCommittee = m_values[size_t(impact)].atCommittee;
        }
        return f;
    }

private:
    QList<Indicator> m_definitions;
    std::vector<Values> m_values;
};

// The indicators' keys, read from the row's bytes: no string is made per
// row for the kind and direction, and each mandatory key is one shared
// string however many indicators fill it.
class KeyReader
{
public:
    KeyReader()
    {
        for (const IndicatorKind kind : IndicatorKinds::all())
            m_kinds.push_back({IndicatorKinds::key(kind).toUtf8(), kind});
        for (const IndicatorDirection direction : {IndicatorDirection::HigherIsBetter, IndicatorDirection::LowerIsBetter})
            m_directions.push_back({IndicatorDirections::key(direction).toUtf8(), direction});
    }

    IndicatorKind kind(QByteArrayView bytes) const { return match(m_kinds, bytes, IndicatorKind::Usage); }
    IndicatorDirection direction(QByteArrayView bytes) const
    {
        return match(m_directions, bytes, IndicatorDirection::HigherIsBetter);
    }
    QString mandatory(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return {};
        for (const auto &[key, text] : m_mandatory) {
            if (bytes == key)
                return text;
        }
        const QString text = QString::fromUtf8(bytes);
        if (m_mandatory.size() < maxShared)  // the matrix has a handful; a stranger file may not
            m_mandatory.push_back({bytes.toByteArray(), text});
        return text;
    }

private:
    template<typename T>
    static T match(const std::vector<std::pair<QByteArray, T>> &keys, QByteArrayView bytes, T fallback)
    {
        for (const auto &[key, value] : keys) {
            if (bytes == key)
                return value;
        }
        return fallback;
    }

    static constexpr size_t maxShared = 32;
    std::vector<std::pair<QByteArray, IndicatorKind>> m_kinds;
    std::vector<std::pair<QByteArray, IndicatorDirection>> m_directions;
    std::vector<std::pair<QByteArray, QString>> m_mandatory;
};

} // namespace

IndicatorFactsByProduct read(Database &db, QDate today, const ProductFilter &products)
{
    const QString day = today.toString(Qt::ISODate);
    // Values are read only for the indicators Efficiency::usersIndex or
    // impactIndex can pick (the choice among them is made in facts()): the
    // other half of a portfolio's indicators costs one seek instead of three.
    const QString candidate = QStringLiteral("(i.mandatory = ? OR (i.kind = ? AND i.direction = ?))");
    const QVariantList candidateKeys{ImpactMatrix::MonthlyActiveUsers, IndicatorKinds::key(IndicatorKind::Impact),
                                     IndicatorDirections::key(IndicatorDirection::HigherIsBetter)};
    const QVariantList bindings = QVariantList{day} + candidateKeys + QVariantList{day} + candidateKeys;
    QString committeeFilter, indicatorFilter;
    if (!products.isAll()) {
        committeeFilter = QStringLiteral(" AND ") + products.condition(QStringLiteral("sp.product_id"));
        indicatorFilter = QStringLiteral(" WHERE ") + products.condition(QStringLiteral("i.product_id"));
    }
    // Each subquery is one seek in the (indicator_id, measured_on, value)
    // index (migration 17): on SQLite no row of the table is read.
    RowScan q(
        db,
        QStringLiteral("SELECT i.id, i.product_id, i.kind, i.direction, i.north_star, i.mandatory, "
                       "(SELECT MAX(m.measured_on) FROM measurements m WHERE m.indicator_id = i.id AND m.measured_on <= ?), "
                       "CASE WHEN %1 THEN (SELECT m.value FROM measurements m WHERE m.indicator_id = i.id "
                       "AND m.measured_on <= ? ORDER BY m.measured_on DESC LIMIT 1) END, "
                       "CASE WHEN %1 THEN (SELECT m.value FROM measurements m WHERE m.indicator_id = i.id "
                       "AND m.measured_on <= substr(lc.last, 1, 10) ORDER BY m.measured_on DESC LIMIT 1) END "
                       "FROM indicators i LEFT JOIN (SELECT sp.product_id AS product_id, MAX(se.starts_at) AS last "
                       "FROM session_products sp JOIN sessions se ON se.id = sp.session_id WHERE se.status = 'held'")
                .arg(candidate)
            + committeeFilter + QStringLiteral(" GROUP BY sp.product_id) lc ON lc.product_id = i.product_id") + indicatorFilter
            + QStringLiteral(" ORDER BY i.product_id, i.position, i.id"),
        bindings);
    // Rows come grouped by product: each product's facts are made when the
    // next product starts.
    IndicatorFactsByProduct::Entries entries;
    KeyReader keys;
    ProductIndicators product;
    while (q.next()) {
        Indicator indicator;
        indicator.id = q.integer(0);
        indicator.productId = q.integer(1);
        indicator.kind = keys.kind(q.utf8(2));
        indicator.direction = keys.direction(q.utf8(3));
        indicator.northStar = q.integer(4) != 0;
        indicator.mandatory = keys.mandatory(q.utf8(5));
        if (!entries.empty() && entries.back().productId != indicator.productId) {
            entries.back().facts = product.facts();
            product.clear();
        }
        if (entries.empty() || entries.back().productId != indicator.productId)
            entries.push_back({indicator.productId, {}});
        product.add(std::move(indicator), {q.date(6), q.optionalReal(7), q.optionalReal(8)});
    }
    if (!entries.empty())
        entries.back().facts = product.facts();

    // The spending totals, merged in (all three in product id order): a
    // product with spending but no indicator gets facts of its own.
    SpendingRepository spending(db);
    const Efficiency::Window window = Efficiency::window(today);
    const ProductSums::Sums now = spending.actualTotals(window.from, window.until, products);
    const ProductSums::Sums atCommittee = spending.actualTotalsBeforeLastCommittee(products);
    IndicatorFactsByProduct::Entries merged;
    merged.reserve(entries.size());
    auto e = entries.begin();
    auto n = now.cbegin();
    auto c = atCommittee.cbegin();
    const qint64 none = std::numeric_limits<qint64>::max();
    while (e != entries.end() || n != now.cend() || c != atCommittee.cend()) {
        const qint64 id = std::min({e != entries.end() ? e->productId : none, n != now.cend() ? n->first : none,
                                    c != atCommittee.cend() ? c->first : none});
        IndicatorFactsByProduct::Entry entry{id, {}};
        if (e != entries.end() && e->productId == id)
            entry.facts = std::move((e++)->facts);
        if (n != now.cend() && n->first == id)
            entry.facts.spendingNow = (n++)->second;
        if (c != atCommittee.cend() && c->first == id)
            entry.facts.spendingAtCommittee = (c++)->second;
        merged.push_back(std::move(entry));
    }
    return IndicatorFactsByProduct(std::move(merged));
}

} // namespace IndicatorFactsReader

} // namespace Comite
