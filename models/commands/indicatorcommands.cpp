#include "indicatorcommands.h"

namespace Comite {

const QList<RecordPart<IndicatorSeries>> &RecordStore<IndicatorSeries>::parts()
{
    using S = IndicatorSeries;
    // The definition's members, one by one (the series holds the indicator).
    auto definition = [](const S &a, const S &b) {
        const Indicator &x = a.indicator;
        const Indicator &y = b.indicator;
        return x.productId == y.productId && x.name == y.name && x.kind == y.kind && x.principle == y.principle
            && x.unit == y.unit && x.direction == y.direction && x.method == y.method && x.mandatory == y.mandatory;
    };
    auto copyDefinition = [](S &to, const S &from) {
        const Indicator kept = to.indicator;
        to.indicator = from.indicator;
        to.indicator.id = kept.id;
        to.indicator.position = kept.position;
        to.indicator.northStar = kept.northStar;
    };
    static const QList<RecordPart<S>> parts{
        {Definition, definition, copyDefinition},
        {Position, [](const S &a, const S &b) { return a.indicator.position == b.indicator.position; },
         [](S &to, const S &from) { to.indicator.position = from.indicator.position; }},
        {NorthStar, [](const S &a, const S &b) { return a.indicator.northStar == b.indicator.northStar; },
         [](S &to, const S &from) { to.indicator.northStar = from.indicator.northStar; }},
        recordPart<S>(Measurements, &S::measurements),
        recordPart<S>(Targets, &S::targets)};
    return parts;
}

IndicatorSeries RecordStore<IndicatorSeries>::insert(Workspace &ws, IndicatorSeries series)
{
    IndicatorRepository &repo = ws.indicators();
    series.indicator.id = repo.insert(series.indicator);
    for (Measurement &m : series.measurements)
        m.indicatorId = series.indicator.id;
    repo.insertAll(series.measurements);
    for (IndicatorTarget &t : series.targets) {
        t.indicatorId = series.indicator.id;
        t.id = repo.insert(t);
    }
    return series;
}

// The definition is one row; measurements and targets are replaced whole.
void RecordStore<IndicatorSeries>::update(Workspace &ws, const IndicatorSeries &record, quint32 parts)
{
    IndicatorRepository &repo = ws.indicators();
    if (parts & (Definition | Position | NorthStar))
        repo.update(record.indicator);
    if (!(parts & (Measurements | Targets)))
        return;
    const std::optional<IndicatorSeries> stored = repo.series(record.indicator.id);
    if (parts & Measurements) {
        QList<qint64> ids;
        for (const Measurement &m : stored->measurements)
            ids << m.id;
        repo.removeMeasurements(ids);
        QList<Measurement> measurements = record.measurements;
        repo.insertAll(measurements);
    }
    if (parts & Targets) {
        for (const IndicatorTarget &t : stored->targets)
            repo.removeTarget(t.id);
        for (const IndicatorTarget &t : record.targets)
            repo.insert(t);
    }
}

QString RecordStore<IndicatorSeries>::name(const IndicatorSeries &record)
{
    return QCoreApplication::translate("ChangeRecord", "the indicator “%1”").arg(record.indicator.name);
}

namespace {
std::optional<IndicatorSeries> unless(bool none, IndicatorSeries series)
{
    return none ? std::nullopt : std::optional<IndicatorSeries>(std::move(series));
}
} // namespace

ChangeIndicator::ChangeIndicator(Workspace &ws, const QString &text, Kind kind, IndicatorSeries before, IndicatorSeries after,
                                 std::optional<Indicator> displacedNorthStar)
    : ChangeRecord<IndicatorSeries>(ws, text, unless(kind == Add, std::move(before)), unless(kind == Remove, std::move(after)))
    , m_displaced(std::move(displacedNorthStar))
{
}

// The North Star index allows one per product: the flag is cleared before
// it is set elsewhere, in both directions.
void ChangeIndicator::beforeWrite(bool forward)
{
    if (forward && m_displaced) {
        Indicator cleared = *m_displaced;
        cleared.northStar = false;
        m_workspace.indicators().update(cleared);
    }
}

void ChangeIndicator::afterWrite(bool forward)
{
    if (!forward && m_displaced)
        m_workspace.indicators().update(*m_displaced);
}

template<typename T>
ChangeIndicatorRows<T>::ChangeIndicatorRows(Workspace &ws, const QString &text, qint64 productId, qint64 indicatorId,
                                            QList<T> removed, QList<T> added)
    : WorkspaceCommand(ws, text)
    , m_productId(productId)
    , m_indicatorId(indicatorId)
    , m_removed(std::move(removed))
    , m_added(std::move(added))
{
}

template<typename T>
void ChangeIndicatorRows<T>::apply(const QList<T> &remove, QList<T> &insert)
{
    IndicatorRepository &repo = m_workspace.indicators();
    write([&] {
        if constexpr (std::is_same_v<T, Measurement>) {
            QList<qint64> ids;
            for (const T &row : remove)
                ids << row.id;
            repo.removeMeasurements(ids);
            repo.insertAll(insert);
        } else {
            for (const T &row : remove)
                repo.removeTarget(row.id);
            for (T &row : insert)
                row.id = repo.insert(row);
        }
    });
    m_workspace.notifyIndicatorChanged(m_productId, m_indicatorId);
}

template class ChangeIndicatorRows<Measurement>;
template class ChangeIndicatorRows<IndicatorTarget>;

} // namespace Comite
