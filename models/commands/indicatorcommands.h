#pragma once
// Undo commands for indicators: one to add, edit or remove an indicator
// (a removed one is kept whole, with its measurements and targets, and
// comes back under the same ids), and one to replace measurements or
// targets (add, edit, remove, import). Moving the North Star from one
// indicator to another is part of the edit that moves it.

#include "changerecord.h"

#include "domain/indicatorseries.h"

namespace Comite {

// An indicator with its measurements and targets as one record, keyed by
// the indicator.
template<>
struct RecordStore<IndicatorSeries> {
    enum Part : quint32 { Definition = 0x1, Position = 0x2, NorthStar = 0x4, Measurements = 0x8, Targets = 0x10 };
    static const QList<RecordPart<IndicatorSeries>> &parts();
    static qint64 id(const IndicatorSeries &record) { return record.indicator.id; }
    static std::optional<IndicatorSeries> load(Workspace &ws, qint64 id) { return ws.indicators().series(id); }
    static IndicatorSeries insert(Workspace &ws, IndicatorSeries record);
    static void update(Workspace &ws, const IndicatorSeries &record, quint32 parts);
    static void remove(Workspace &ws, qint64 id) { ws.indicators().remove(id); }
    static QString name(const IndicatorSeries &record);
    static void notify(Workspace &ws, const IndicatorSeries &record, quint32)
    {
        ws.notifyIndicatorChanged(record.indicator.productId, record.indicator.id);
    }
};

// Adds, edits or removes an indicator; the North Star flag it takes from
// another indicator is cleared before the write and given back on undo.
class ChangeIndicator : public ChangeRecord<IndicatorSeries>
{
public:
    enum Kind { Add, Edit, Remove };
    // Add: `after` is the new indicator (with any measurements and targets);
    // Remove: `before` is the whole indicator; Edit: both definitions.
    // `displacedNorthStar`: the indicator that loses the North Star flag,
    // as it was before.
    ChangeIndicator(Workspace &ws, const QString &text, Kind kind, IndicatorSeries before, IndicatorSeries after,
                    std::optional<Indicator> displacedNorthStar = std::nullopt);
    qint64 indicatorId() const { return recordId(); }

protected:
    void beforeWrite(bool forward) override;
    void afterWrite(bool forward) override;

private:
    std::optional<Indicator> m_displaced;
};

// Removes `removed` rows and inserts `added` ones (measurements or
// targets of one product); undo does the reverse. Editing a row is
// removing it and adding it back changed, under the same id.
// Not a ChangeRecord: it replaces a set of rows, possibly of several
// indicators (an import), not one record; each row is its own, and an
// IndicatorSeries record would rewrite every measurement of the indicator.
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
