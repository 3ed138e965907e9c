#pragma once
// Undo commands for indicators: one to add, edit or remove an indicator
// (a removed one is kept whole, with its measurements and targets, and
// comes back under the same ids), and one to replace measurements or
// targets (add, edit, remove, import). Moving the North Star from one
// indicator to another is part of the edit that moves it.

#include "workspacecommand.h"

#include "domain/indicatorseries.h"

namespace Comite {

class ChangeIndicator : public WorkspaceCommand
{
public:
    enum Kind { Add, Edit, Remove };
    // Add: `after` is the new indicator (with any measurements and targets);
    // Remove: `before` is the whole indicator; Edit: both definitions.
    // `displacedNorthStar`: the indicator that loses the North Star flag,
    // as it was before.
    ChangeIndicator(Workspace &ws, const QString &text, Kind kind, IndicatorSeries before, IndicatorSeries after,
                    std::optional<Indicator> displacedNorthStar = std::nullopt);
    void redo() override;
    void undo() override;
    qint64 indicatorId() const { return m_kind == Remove ? m_before.indicator.id : m_after.indicator.id; }

private:
    void insert(IndicatorSeries &series);
    Kind m_kind;
    IndicatorSeries m_before;
    IndicatorSeries m_after;
    std::optional<Indicator> m_displaced;
};

// Removes `removed` rows and inserts `added` ones (measurements or
// targets of one product); undo does the reverse. Editing a row is
// removing it and adding it back changed, under the same id.
template<typename T>
class ChangeIndicatorRows : public WorkspaceCommand
{
public:
    ChangeIndicatorRows(Workspace &ws, const QString &text, qint64 productId, qint64 indicatorId, QList<T> removed,
                        QList<T> added);
    void redo() override { apply(m_removed, m_added); }
    void undo() override { apply(m_added, m_removed); }
    const QList<T> &added() const { return m_added; }

private:
    void apply(const QList<T> &remove, QList<T> &insert);
    qint64 m_productId;
    qint64 m_indicatorId;  // 0 when the rows belong to several indicators
    QList<T> m_removed;
    QList<T> m_added;
};

using ChangeMeasurements = ChangeIndicatorRows<Measurement>;
using ChangeTargets = ChangeIndicatorRows<IndicatorTarget>;

} // namespace Comite
