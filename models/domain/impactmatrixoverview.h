#pragma once
// The impact matrix of one product as five columns (usable, used, useful,
// impactful, efficient), each with its figures ready to show: latest
// values with trend and target attainment, the computed costs under
// "efficient", and the mandatory indicators still missing.

#include "efficiency.h"

#include <QCoreApplication>

namespace Comite {

struct MatrixFigure {
    QString label;   // the indicator, or the missing mandatory indicator
    QString value;   // formatted latest value, "—" when unknown
    QString detail;  // trend, target attainment, changes
    bool missing = false;  // a mandatory indicator not filled
    bool northStar = false;
    IndicatorTrend trend = IndicatorTrend::Unknown;
};

struct MatrixColumn {
    MatrixPrinciple principle = MatrixPrinciple::Usable;
    QString title;
    QList<MatrixFigure> figures;
};

class ImpactMatrixOverview
{
    Q_DECLARE_TR_FUNCTIONS(ImpactMatrixOverview)
public:
    static QList<MatrixColumn> build(const QList<IndicatorSeries> &series, const EfficiencyFigures &efficiency, QDate today);
};

} // namespace Comite
