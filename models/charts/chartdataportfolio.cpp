#include "chartdataportfolio.h"

#include <cmath>

namespace Comite {

PortfolioChart ChartDataPortfolio::build(const QList<ProductSummary> &summaries, PortfolioChart::Measure measure, QDate today)
{
    PortfolioChart chart;
    chart.measure = measure;
    const bool perUse = measure == PortfolioChart::CostPerUse;
    chart.title = perUse ? tr("Cost per use by phase") : tr("Cost per unit of impact by phase");
    chart.yTitle = perUse ? tr("€ per monthly active user") : tr("€ per unit of impact");
    QList<bool> present(Phases::all().size(), false);
    double lo = std::numeric_limits<double>::max(), hi = 0;
    for (const ProductSummary &s : summaries) {
        const ProductStatus status = ProductStatus::compute(s.phases, s.lastCommittee, today);
        if (!status.currentPhase || *status.currentPhase == Phase::Investigation
            || *status.currentPhase == Phase::AbandonInvestigation)
            continue;
        const auto value = perUse ? s.indicatorFacts.costPerUse() : s.indicatorFacts.costPerImpact();
        if (!value || *value <= 0)
            continue;
        chart.points << PortfolioChartPoint{s.id, s.title, *status.currentPhase, *value};
        present[int(*status.currentPhase)] = true;
        lo = std::min(lo, *value);
        hi = std::max(hi, *value);
    }
    for (Phase p : Phases::all()) {
        if (present[int(p)])
            chart.phases << p;
    }
    if (!chart.points.isEmpty()) {
        chart.logarithmic = hi / lo > 100;
        chart.yMin = chart.logarithmic ? std::pow(10, std::floor(std::log10(lo))) : 0;
        chart.yMax = chart.logarithmic ? std::pow(10, std::ceil(std::log10(hi))) : hi * 1.1;
    }
    chart.subtitle = perUse ? tr("12-month spending / monthly active users · %n product(s)", nullptr, int(chart.points.size()))
                            : tr("12-month spending / impact indicator · %n product(s)", nullptr, int(chart.points.size()));
    return chart;
}

} // namespace Comite
