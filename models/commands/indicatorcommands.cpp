#include "indicatorcommands.h"

namespace Comite {

ChangeIndicator::ChangeIndicator(Workspace &ws, const QString &text, Kind kind, IndicatorSeries before, IndicatorSeries after,
                                 std::optional<Indicator> displacedNorthStar)
    : WorkspaceCommand(ws, text)
    , m_kind(kind)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_displaced(std::move(displacedNorthStar))
{
}

void ChangeIndicator::insert(IndicatorSeries &series)
{
    IndicatorRepository &repo = m_workspace.indicators();
    series.indicator.id = repo.insert(series.indicator);
    for (Measurement &m : series.measurements)
        m.indicatorId = series.indicator.id;
    repo.insertAll(series.measurements);
    for (IndicatorTarget &t : series.targets) {
        t.indicatorId = series.indicator.id;
        t.id = repo.insert(t);
    }
}

// The North Star index allows one per product: the flag is cleared before
// it is set elsewhere, in both directions.
void ChangeIndicator::redo()
{
    IndicatorRepository &repo = m_workspace.indicators();
    write([&] {
        if (m_displaced) {
            Indicator cleared = *m_displaced;
            cleared.northStar = false;
            repo.update(cleared);
        }
        switch (m_kind) {
        case Add: insert(m_after); break;
        case Edit: repo.update(m_after.indicator); break;
        case Remove: repo.remove(m_before.indicator.id); break;
        }
    });
    m_workspace.notifyIndicatorChanged(m_kind == Remove ? m_before.indicator.productId : m_after.indicator.productId,
                                       indicatorId());
}

void ChangeIndicator::undo()
{
    IndicatorRepository &repo = m_workspace.indicators();
    write([&] {
        switch (m_kind) {
        case Add: repo.remove(m_after.indicator.id); break;
        case Edit: repo.update(m_before.indicator); break;
        case Remove: insert(m_before); break;
        }
        if (m_displaced)
            repo.update(*m_displaced);
    });
    m_workspace.notifyIndicatorChanged(m_kind == Remove ? m_before.indicator.productId : m_after.indicator.productId,
                                       indicatorId());
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
