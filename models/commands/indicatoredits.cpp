#include "indicatoredits.h"

#include "domain/displayformat.h"
#include "indicatorcommands.h"
#include "editsupport.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>

namespace Comite::Edit {

using EditSupport::existing;
using EditSupport::pushed;
using EditSupport::refusal;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Edit)
};

QString dateText(QDate d)
{
    return DisplayFormat::date(d);
}

QStringList valueProblems(QDate date, double value)
{
    QStringList problems;
    if (!date.isValid())
        problems << Tr::tr("The date is missing or invalid.");
    if (!std::isfinite(value))
        problems << Tr::tr("The value is not a number.");
    return problems;
}

QStringList measurementProblems(Workspace &ws, const Measurement &m)
{
    QStringList problems = valueProblems(m.date, m.value);
    if (m.date.isValid() && m.date > ws.today())
        problems << Tr::tr("A measurement cannot be dated after today (%1).").arg(dateText(m.date));
    return problems;
}

// The product's current North Star other than `except`, if any.
std::optional<Indicator> northStarOf(Workspace &ws, qint64 productId, qint64 except)
{
    for (const Indicator &i : ws.indicators().forProduct(productId)) {
        if (i.northStar && i.id != except)
            return i;
    }
    return std::nullopt;
}

// The indicator with its measurements and targets, or why it cannot be read.
Result<IndicatorSeries> loadSeries(Workspace &ws, qint64 indicatorId)
{
    return existing(attempt([&] { return ws.indicators().series(indicatorId); }), Tr::tr("This indicator no longer exists."));
}

Result<Indicator> loadIndicator(Workspace &ws, qint64 indicatorId)
{
    return existing(attempt([&] { return ws.indicators().load(indicatorId); }), Tr::tr("This indicator no longer exists."));
}

Failure refusalOf(const QStringList &problems)
{
    return refusal(problems.join(QLatin1Char('\n')));
}
} // namespace

QStringList indicatorProblems(Workspace &ws, const Indicator &indicator)
{
    QStringList problems;
    const QString name = indicator.name.trimmed();
    if (name.isEmpty())
        problems << Tr::tr("The indicator needs a name.");
    else if (name != indicator.name)
        problems << Tr::tr("The indicator's name cannot start or end with spaces.");
    if (indicator.productId <= 0 || !ws.products().load(indicator.productId))
        problems << Tr::tr("The indicator's product does not exist.");
    const QList<Indicator> others = ws.indicators().forProduct(indicator.productId);
    for (const Indicator &other : others) {
        if (other.id == indicator.id)
            continue;
        if (other.name.compare(name, Qt::CaseInsensitive) == 0)
            problems << Tr::tr("The product already has an indicator named “%1”.").arg(other.name);
        if (!indicator.mandatory.isEmpty() && other.mandatory == indicator.mandatory)
            problems << Tr::tr("“%1” already fills the mandatory indicator “%2”.")
                            .arg(other.name, ImpactMatrix::mandatoryLabel(indicator.mandatory));
    }
    if (!indicator.mandatory.isEmpty()) {
        const auto mandatory = ImpactMatrix::mandatory(indicator.mandatory);
        if (!mandatory || mandatory->computed)
            problems << Tr::tr("“%1” is not a mandatory indicator an indicator can fill.").arg(indicator.mandatory);
        else if (mandatory->principle != indicator.principle)
            problems << Tr::tr("“%1” belongs to the principle “%2” of the impact matrix.")
                            .arg(ImpactMatrix::mandatoryLabel(indicator.mandatory), ImpactMatrix::label(mandatory->principle));
    }
    return problems;
}

Result<qint64> addIndicator(Workspace &ws, const Indicator &indicator)
{
    QStringList problems;
    Indicator fresh = indicator;
    fresh.id = 0;
    std::optional<Indicator> displaced;
    const Result<void> read = attempt([&] {
        problems = indicatorProblems(ws, fresh);
        if (problems.isEmpty()) {
            fresh.position = ws.indicators().nextPosition(fresh.productId);
            if (fresh.northStar)
                displaced = northStarOf(ws, fresh.productId, 0);
        }
    });
    if (!read)
        return read.error();
    if (!problems.isEmpty())
        return refusalOf(problems);
    auto *command = new ChangeIndicator(ws, Tr::tr("Add indicator “%1”").arg(fresh.name), ChangeIndicator::Add, {},
                                        IndicatorSeries{fresh, {}, {}}, displaced);
    if (Result<void> r = pushed(ws, command); !r)
        return r.error();
    return command->indicatorId();
}

Result<void> updateIndicator(Workspace &ws, const Indicator &indicator)
{
    std::optional<Indicator> before;
    std::optional<Indicator> displaced;
    QStringList problems;
    const Result<void> read = attempt([&] {
        before = ws.indicators().load(indicator.id);
        if (!before)
            return;
        problems = indicatorProblems(ws, indicator);
        if (indicator.northStar)
            displaced = northStarOf(ws, indicator.productId, indicator.id);
    });
    if (!read)
        return read.error();
    if (!before)
        return refusal(Tr::tr("This indicator no longer exists."));
    if (before->productId != indicator.productId)
        return refusal(Tr::tr("An indicator cannot move to another product."));
    if (!problems.isEmpty())
        return refusalOf(problems);
    if (*before == indicator)
        return success();
    return pushed(ws, new ChangeIndicator(ws, Tr::tr("Edit indicator “%1”").arg(indicator.name), ChangeIndicator::Edit,
                                          IndicatorSeries{*before, {}, {}}, IndicatorSeries{indicator, {}, {}}, displaced));
}

Result<void> removeIndicator(Workspace &ws, qint64 indicatorId)
{
    const Result<IndicatorSeries> series = loadSeries(ws, indicatorId);
    if (!series)
        return series.error();
    return pushed(ws, new ChangeIndicator(ws, Tr::tr("Delete indicator “%1”").arg(series->indicator.name), ChangeIndicator::Remove,
                                          *series, {}));
}

Result<qint64> addMeasurement(Workspace &ws, const Measurement &measurement)
{
    const Result<IndicatorSeries> series = loadSeries(ws, measurement.indicatorId);
    if (!series)
        return series.error();
    QStringList problems = measurementProblems(ws, measurement);
    for (const Measurement &m : std::as_const(series->measurements)) {
        if (m.date == measurement.date)
            problems << Tr::tr("“%1” already has a value on %2.").arg(series->indicator.name, dateText(m.date));
    }
    if (!problems.isEmpty())
        return refusalOf(problems);
    Measurement fresh = measurement;
    fresh.id = 0;
    auto *command = new ChangeMeasurements(ws, Tr::tr("Add a measurement of “%1”").arg(series->indicator.name),
                                           series->indicator.productId, series->indicator.id, {}, {fresh});
    if (Result<void> r = pushed(ws, command); !r)
        return r.error();
    return command->added().value(0).id;
}

Result<void> updateMeasurement(Workspace &ws, const Measurement &measurement)
{
    const Result<IndicatorSeries> series = loadSeries(ws, measurement.indicatorId);
    if (!series)
        return series.error();
    std::optional<Measurement> before;
    QStringList problems = measurementProblems(ws, measurement);
    for (const Measurement &m : std::as_const(series->measurements)) {
        if (m.id == measurement.id)
            before = m;
        else if (m.date == measurement.date)
            problems << Tr::tr("“%1” already has a value on %2.").arg(series->indicator.name, dateText(m.date));
    }
    if (!before)
        return refusal(Tr::tr("This measurement no longer exists."));
    if (!problems.isEmpty())
        return refusalOf(problems);
    if (*before == measurement)
        return success();
    return pushed(ws, new ChangeMeasurements(ws, Tr::tr("Edit a measurement of “%1”").arg(series->indicator.name),
                                             series->indicator.productId, series->indicator.id, {*before}, {measurement}));
}

Result<void> removeMeasurement(Workspace &ws, const Measurement &measurement)
{
    const Result<Indicator> indicator = loadIndicator(ws, measurement.indicatorId);
    if (!indicator)
        return indicator.error();
    return pushed(ws, new ChangeMeasurements(ws, Tr::tr("Delete a measurement of “%1”").arg(indicator->name), indicator->productId,
                                             indicator->id, {measurement}, {}));
}

Result<void> importMeasurements(Workspace &ws, qint64 productId, const QList<Measurement> &measurements)
{
    if (measurements.isEmpty())
        return success();
    QHash<qint64, Indicator> indicators;
    QList<Measurement> replaced;
    QStringList problems;
    QList<Measurement> added;
    const Result<void> read = attempt([&] {
        for (const Indicator &i : ws.indicators().forProduct(productId))
            indicators.insert(i.id, i);
        QHash<QString, int> seen;  // indicator|date → index in `added`
        QList<QPair<qint64, QDate>> keys;
        for (const Measurement &m : measurements) {
            if (!indicators.contains(m.indicatorId)) {
                problems << Tr::tr("Measurement for an indicator of another product.");
                return;
            }
            const QStringList p = measurementProblems(ws, m);
            if (!p.isEmpty()) {
                problems << p;
                return;
            }
            Measurement fresh = m;
            fresh.id = 0;
            const QString key = QString::number(m.indicatorId) + u'|' + m.date.toString(Qt::ISODate);
            if (const int at = seen.value(key, -1); at >= 0) {
                added[at] = fresh;  // the last line for a day wins
                continue;
            }
            seen.insert(key, int(added.size()));
            added << fresh;
            keys << qMakePair(m.indicatorId, m.date);
        }
        replaced = ws.indicators().measurementsOn(keys);
    });
    if (!read)
        return read.error();
    if (!problems.isEmpty())
        return refusalOf(problems);
    qint64 only = added.first().indicatorId;
    for (const Measurement &m : std::as_const(added)) {
        if (m.indicatorId != only)
            only = 0;
    }
    return pushed(ws, new ChangeMeasurements(ws, Tr::tr("Import %n measurement(s)", nullptr, int(added.size())), productId, only,
                                             replaced, added));
}

Result<qint64> addTarget(Workspace &ws, const IndicatorTarget &target)
{
    const Result<IndicatorSeries> series = loadSeries(ws, target.indicatorId);
    if (!series)
        return series.error();
    QStringList problems = valueProblems(target.date, target.value);
    for (const IndicatorTarget &t : std::as_const(series->targets)) {
        if (t.date == target.date)
            problems << Tr::tr("“%1” already has a target on %2.").arg(series->indicator.name, dateText(t.date));
    }
    if (!problems.isEmpty())
        return refusalOf(problems);
    IndicatorTarget fresh = target;
    fresh.id = 0;
    auto *command = new ChangeTargets(ws, Tr::tr("Add a target to “%1”").arg(series->indicator.name),
                                      series->indicator.productId, series->indicator.id, {}, {fresh});
    if (Result<void> r = pushed(ws, command); !r)
        return r.error();
    return command->added().value(0).id;
}

Result<void> updateTarget(Workspace &ws, const IndicatorTarget &target)
{
    const Result<IndicatorSeries> series = loadSeries(ws, target.indicatorId);
    if (!series)
        return series.error();
    std::optional<IndicatorTarget> before;
    QStringList problems = valueProblems(target.date, target.value);
    for (const IndicatorTarget &t : std::as_const(series->targets)) {
        if (t.id == target.id)
            before = t;
        else if (t.date == target.date)
            problems << Tr::tr("“%1” already has a target on %2.").arg(series->indicator.name, dateText(t.date));
    }
    if (!before)
        return refusal(Tr::tr("This target no longer exists."));
    if (!problems.isEmpty())
        return refusalOf(problems);
    if (*before == target)
        return success();
    return pushed(ws, new ChangeTargets(ws, Tr::tr("Edit a target of “%1”").arg(series->indicator.name), series->indicator.productId,
                                        series->indicator.id, {*before}, {target}));
}

Result<void> removeTarget(Workspace &ws, const IndicatorTarget &target)
{
    const Result<Indicator> indicator = loadIndicator(ws, target.indicatorId);
    if (!indicator)
        return indicator.error();
    return pushed(ws, new ChangeTargets(ws, Tr::tr("Delete a target of “%1”").arg(indicator->name), indicator->productId,
                                        indicator->id, {target}, {}));
}

} // namespace Comite::Edit
