#include "impactmatrixoverview.h"

#include "displayformat.h"
#include "indicatorfacts.h"

namespace Comite {

namespace {
QString dash()
{
    return QStringLiteral("—");
}
} // namespace

QList<MatrixColumn> ImpactMatrixOverview::build(const QList<IndicatorSeries> &series, const EfficiencyFigures &efficiency,
                                                QDate today)
{
    QList<MatrixColumn> columns;
    for (MatrixPrinciple p : ImpactMatrix::principles())
        columns << MatrixColumn{p, ImpactMatrix::label(p), {}};

    for (const IndicatorSeries &s : series) {
        MatrixFigure f;
        f.label = s.indicator.name;
        f.northStar = s.indicator.northStar;
        f.trend = s.trend();
        const auto latest = s.latest();
        f.value = latest ? DisplayFormat::number(latest->value, s.indicator.unit) : dash();
        QStringList detail;
        if (const auto c = s.recentChange())
            detail << tr("%1 in 3 months").arg(DisplayFormat::change(*c));
        if (const auto a = s.attainment(today))
            detail << tr("%1 of the target").arg(DisplayFormat::percent(*a));
        if (!latest)
            detail << tr("not measured yet");
        f.detail = detail.join(QStringLiteral(" · "));
        columns[int(s.indicator.principle)].figures << f;
    }

    MatrixColumn &efficient = columns[int(MatrixPrinciple::Efficient)];
    auto changes = [](std::optional<double> year, std::optional<double> committee) {
        QStringList parts;
        if (year)
            parts << tr("%1 in a year").arg(DisplayFormat::change(*year));
        if (committee)
            parts << tr("%1 since the committee").arg(DisplayFormat::change(*committee));
        return parts.join(QStringLiteral(" · "));
    };
    if (efficiency.costPerUse) {
        MatrixFigure f{tr("Cost per use"), tr("%1 per user").arg(DisplayFormat::cost(*efficiency.costPerUse)),
                       changes(efficiency.costPerUseChangeYear(), efficiency.costPerUseChangeCommittee())};
        efficient.figures.prepend(f);
    }
    if (efficiency.costPerImpact) {
        MatrixFigure f{tr("Cost per unit of impact"), DisplayFormat::cost(*efficiency.costPerImpact),
                       changes(efficiency.costPerImpactChangeYear(), efficiency.costPerImpactChangeCommittee())};
        f.detail = f.detail.isEmpty() ? efficiency.impactIndicator
                                      : efficiency.impactIndicator + QStringLiteral(" · ") + f.detail;
        efficient.figures.insert(efficiency.costPerUse ? 1 : 0, f);
    }

    QMap<QString, qint64> noSpending;
    const IndicatorFacts facts = IndicatorFacts::from(series, noSpending, {}, today);
    QStringList filled = facts.filledMandatory;
    for (const QString &key : ImpactMatrix::missing(filled, efficiency.costPerUse.has_value())) {
        const auto m = ImpactMatrix::mandatory(key);
        MatrixFigure f{ImpactMatrix::mandatoryLabel(key), dash(),
                       m && m->computed ? tr("Mandatory: needs spending and monthly active users") : tr("Mandatory, missing")};
        f.missing = true;
        columns[int(m->principle)].figures << f;
    }
    return columns;
}

} // namespace Comite
