#include "indicatorrepository.h"

#include "database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace Comite {

namespace {
const QString indicatorColumns = QStringLiteral("id, product_id, position, name, kind, principle, unit, direction, "
                                                "method, north_star, mandatory");

Indicator readIndicator(const QSqlQuery &q)
{
    Indicator i;
    i.id = q.value(0).toLongLong();
    i.productId = q.value(1).toLongLong();
    i.position = q.value(2).toInt();
    i.name = q.value(3).toString();
    i.kind = IndicatorKinds::fromKey(q.value(4).toString()).value_or(IndicatorKind::Usage);
    i.principle = ImpactMatrix::fromKey(q.value(5).toString()).value_or(MatrixPrinciple::Used);
    i.unit = q.value(6).toString();
    i.direction = IndicatorDirections::fromKey(q.value(7).toString()).value_or(IndicatorDirection::HigherIsBetter);
    i.method = q.value(8).toString();
    i.northStar = q.value(9).toInt() != 0;
    i.mandatory = q.value(10).toString();
    return i;
}

Measurement readMeasurement(const QSqlQuery &q)
{
    return Measurement{q.value(0).toLongLong(), q.value(1).toLongLong(),
                       QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toDouble(), q.value(4).toString()};
}

IndicatorTarget readTarget(const QSqlQuery &q)
{
    return IndicatorTarget{q.value(0).toLongLong(), q.value(1).toLongLong(),
                           QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toDouble()};
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// INSERT that keeps `id` when set, else lets the database assign one (the
// id column is left out: portable to identity columns).
qint64 insertRow(Database &db, const QString &table, QStringList columns, QVariantList values, qint64 id)
{
    if (id > 0) {
        columns.prepend(QStringLiteral("id"));
        values.prepend(id);
    }
    const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "));
    QSqlQuery q = db.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(QStringLiteral(", ")), marks),
                          values);
    return id > 0 ? id : db.lastInsertId(q);
}
} // namespace

QList<Indicator> IndicatorRepository::forProduct(qint64 productId) const
{
    QList<Indicator> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + indicatorColumns
                                + QStringLiteral(" FROM indicators WHERE product_id = ? ORDER BY position, id"),
                            {productId});
    while (q.next())
        result << readIndicator(q);
    return result;
}

std::optional<Indicator> IndicatorRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + indicatorColumns + QStringLiteral(" FROM indicators WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readIndicator(q);
}

std::optional<qint64> IndicatorRepository::idForName(qint64 productId, const QString &name) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM indicators WHERE product_id = ? AND name = ?"), {productId, name});
    if (q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QList<IndicatorSeries> IndicatorRepository::seriesForProduct(qint64 productId) const
{
    QList<IndicatorSeries> result;
    QHash<qint64, int> rowOf;
    for (const Indicator &i : forProduct(productId)) {
        rowOf.insert(i.id, int(result.size()));
        result << IndicatorSeries{i, {}, {}};
    }
    if (result.isEmpty())
        return result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT m.id, m.indicator_id, m.measured_on, m.value, m.comment FROM measurements m "
                                           "JOIN indicators i ON i.id = m.indicator_id WHERE i.product_id = ? "
                                           "ORDER BY m.indicator_id, m.measured_on"),
                            {productId});
    while (q.next()) {
        const int row = rowOf.value(q.value(1).toLongLong(), -1);
        if (row >= 0)
            result[row].measurements << readMeasurement(q);
    }
    q = m_db.exec(QStringLiteral("SELECT t.id, t.indicator_id, t.target_date, t.value FROM indicator_targets t "
                                 "JOIN indicators i ON i.id = t.indicator_id WHERE i.product_id = ? "
                                 "ORDER BY t.indicator_id, t.target_date"),
                  {productId});
    while (q.next()) {
        const int row = rowOf.value(q.value(1).toLongLong(), -1);
        if (row >= 0)
            result[row].targets << readTarget(q);
    }
    return result;
}

std::optional<IndicatorSeries> IndicatorRepository::series(qint64 indicatorId) const
{
    const auto indicator = load(indicatorId);
    if (!indicator)
        return std::nullopt;
    return IndicatorSeries{*indicator, measurements(indicatorId), targets(indicatorId)};
}

QList<Measurement> IndicatorRepository::measurements(qint64 indicatorId) const
{
    QList<Measurement> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, indicator_id, measured_on, value, comment FROM measurements "
                                           "WHERE indicator_id = ? ORDER BY measured_on"),
                            {indicatorId});
    while (q.next())
        result << readMeasurement(q);
    return result;
}

QList<IndicatorTarget> IndicatorRepository::targets(qint64 indicatorId) const
{
    QList<IndicatorTarget> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, indicator_id, target_date, value FROM indicator_targets "
                                           "WHERE indicator_id = ? ORDER BY target_date"),
                            {indicatorId});
    while (q.next())
        result << readTarget(q);
    return result;
}

int IndicatorRepository::nextPosition(qint64 productId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT MAX(position) FROM indicators WHERE product_id = ?"), {productId});
    return q.next() && !q.value(0).isNull() ? q.value(0).toInt() + 1 : 0;
}

qint64 IndicatorRepository::insert(const Indicator &i)
{
    qint64 id = 0;
    m_db.transaction([&] {
        id = insertRow(m_db, QStringLiteral("indicators"),
                       {QStringLiteral("product_id"), QStringLiteral("position"), QStringLiteral("name"), QStringLiteral("kind"),
                        QStringLiteral("principle"), QStringLiteral("unit"), QStringLiteral("direction"),
                        QStringLiteral("method"), QStringLiteral("north_star"), QStringLiteral("mandatory")},
                       {i.productId, i.position, i.name, IndicatorKinds::key(i.kind), ImpactMatrix::key(i.principle),
                        Database::text(i.unit), IndicatorDirections::key(i.direction), Database::text(i.method),
                        i.northStar ? 1 : 0, Database::text(i.mandatory)},
                       i.id);
    });
    return id;
}

void IndicatorRepository::update(const Indicator &i)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE indicators SET position = ?, name = ?, kind = ?, principle = ?, unit = ?, "
                                 "direction = ?, method = ?, north_star = ?, mandatory = ?, version = version + 1 "
                                 "WHERE id = ?"),
                  {i.position, i.name, IndicatorKinds::key(i.kind), ImpactMatrix::key(i.principle), Database::text(i.unit),
                   IndicatorDirections::key(i.direction), Database::text(i.method), i.northStar ? 1 : 0,
                   Database::text(i.mandatory), i.id});
    });
}

void IndicatorRepository::remove(qint64 id)
{
    m_db.transaction([&] { m_db.exec(QStringLiteral("DELETE FROM indicators WHERE id = ?"), {id}); });
}

qint64 IndicatorRepository::insert(const Measurement &m)
{
    qint64 id = 0;
    m_db.transaction([&] {
        id = insertRow(m_db, QStringLiteral("measurements"),
                       {QStringLiteral("indicator_id"), QStringLiteral("measured_on"), QStringLiteral("value"),
                        QStringLiteral("comment")},
                       {m.indicatorId, iso(m.date), m.value, Database::text(m.comment)}, m.id);
    });
    return id;
}

void IndicatorRepository::update(const Measurement &m)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE measurements SET measured_on = ?, value = ?, comment = ? WHERE id = ?"),
                  {iso(m.date), m.value, Database::text(m.comment), m.id});
    });
}

void IndicatorRepository::removeMeasurement(qint64 id)
{
    m_db.transaction([&] { m_db.exec(QStringLiteral("DELETE FROM measurements WHERE id = ?"), {id}); });
}

void IndicatorRepository::insertAll(QList<Measurement> &measurements)
{
    m_db.transaction([&] {
        QSqlQuery fresh = m_db.prepare(QStringLiteral("INSERT INTO measurements (indicator_id, measured_on, value, comment) "
                                                      "VALUES (?, ?, ?, ?)"));
        QSqlQuery kept = m_db.prepare(QStringLiteral("INSERT INTO measurements (id, indicator_id, measured_on, value, comment) "
                                                     "VALUES (?, ?, ?, ?, ?)"));
        for (Measurement &m : measurements) {
            if (m.id > 0) {
                Database::exec(kept, {m.id, m.indicatorId, iso(m.date), m.value, Database::text(m.comment)});
            } else {
                Database::exec(fresh, {m.indicatorId, iso(m.date), m.value, Database::text(m.comment)});
                m.id = m_db.lastInsertId(fresh);
            }
        }
    });
}

void IndicatorRepository::removeMeasurements(const QList<qint64> &ids)
{
    m_db.transaction([&] {
        QSqlQuery remove = m_db.prepare(QStringLiteral("DELETE FROM measurements WHERE id = ?"));
        for (qint64 id : ids)
            Database::exec(remove, {id});
    });
}

QList<Measurement> IndicatorRepository::measurementsOn(const QList<QPair<qint64, QDate>> &keys) const
{
    QSet<qint64> indicators;
    QSet<QString> wanted;
    for (const auto &k : keys) {
        indicators.insert(k.first);
        wanted.insert(QString::number(k.first) + u'|' + iso(k.second));
    }
    QList<Measurement> result;
    // One query per indicator concerned (a handful), filtered here.
    for (qint64 indicator : std::as_const(indicators)) {
        for (const Measurement &m : measurements(indicator)) {
            if (wanted.contains(QString::number(m.indicatorId) + u'|' + iso(m.date)))
                result << m;
        }
    }
    return result;
}

qint64 IndicatorRepository::insert(const IndicatorTarget &t)
{
    qint64 id = 0;
    m_db.transaction([&] {
        id = insertRow(m_db, QStringLiteral("indicator_targets"),
                       {QStringLiteral("indicator_id"), QStringLiteral("target_date"), QStringLiteral("value")},
                       {t.indicatorId, iso(t.date), t.value}, t.id);
    });
    return id;
}

void IndicatorRepository::update(const IndicatorTarget &t)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE indicator_targets SET target_date = ?, value = ? WHERE id = ?"),
                  {iso(t.date), t.value, t.id});
    });
}

void IndicatorRepository::removeTarget(qint64 id)
{
    m_db.transaction([&] { m_db.exec(QStringLiteral("DELETE FROM indicator_targets WHERE id = ?"), {id}); });
}

} // namespace Comite
