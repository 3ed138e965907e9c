#pragma once
// What the sponsors' portfolio chart shows: each product's cost per use
// (or per unit of impact) against its current phase, from the summaries
// the portfolio already reads (no query per product). Drawn by
// ui/portfoliochartview.

#include "domain/productsummary.h"

#include <QCoreApplication>

namespace Comite {

struct PortfolioChartPoint {
    qint64 productId = 0;
    QString title;
    Phase phase = Phase::Construction;
    double value = 0;  // euros per user or per unit of impact
};

struct PortfolioChart {
    enum Measure { CostPerUse, CostPerImpact };
    Measure measure = CostPerUse;
    QString title;
    QString subtitle;
    QString yTitle;
    QList<Phase> phases;  // categories, in phase order, only those with points
    QList<PortfolioChartPoint> points;
    double yMin = 0;
    double yMax = 1;
    bool logarithmic = false;  // values spread over more than two orders of magnitude
    int categoryOf(Phase phase) const { return int(phases.indexOf(phase)); }
};

class ChartDataPortfolio
{
    Q_DECLARE_TR_FUNCTIONS(ChartDataPortfolio)
public:
    // Products past investigation whose cost is known.
    static PortfolioChart build(const QList<ProductSummary> &summaries, PortfolioChart::Measure measure, QDate today);
};

} // namespace Comite
