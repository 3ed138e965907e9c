#pragma once
// Reads and writes a product's indicators with their measurements and
// targets. Inserts keep a record's id when it has one, so undo restores a
// deleted indicator, measurement or target exactly as it was.

#include "domain/indicatorseries.h"

#include <optional>

namespace Comite {

class Database;

class IndicatorRepository
{
public:
    explicit IndicatorRepository(Database &db) : m_db(db) {}

    // A product's indicators in display order (position, then id).
    QList<Indicator> forProduct(qint64 productId) const;
    std::optional<Indicator> load(qint64 id) const;
    std::optional<qint64> idForName(qint64 productId, const QString &name) const;
    // Every indicator of the product with its measurements and targets, in
    // three queries.
    QList<IndicatorSeries> seriesForProduct(qint64 productId) const;
    std::optional<IndicatorSeries> series(qint64 indicatorId) const;
    QList<Measurement> measurements(qint64 indicatorId) const;
    QList<IndicatorTarget> targets(qint64 indicatorId) const;
    int nextPosition(qint64 productId) const;

    qint64 insert(const Indicator &indicator);
    void update(const Indicator &indicator);
    void remove(qint64 id);  // with its measurements and targets

    qint64 insert(const Measurement &measurement);
    void update(const Measurement &measurement);
    void removeMeasurement(qint64 id);
    // Many at once with one prepared statement (import); fills in the ids
    // of those that had none.
    void insertAll(QList<Measurement> &measurements);
    void removeMeasurements(const QList<qint64> &ids);
    // The measurements of these indicators on these days (import: what a
    // new value replaces), keyed by indicator id then ISO date.
    QList<Measurement> measurementsOn(const QList<QPair<qint64, QDate>> &keys) const;

    qint64 insert(const IndicatorTarget &target);
    void update(const IndicatorTarget &target);
    void removeTarget(qint64 id);

private:
    Database &m_db;
};

} // namespace Comite
