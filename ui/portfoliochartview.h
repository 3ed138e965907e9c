#pragma once
// The sponsors' portfolio chart on screen: each product's cost per use (or
// per unit of impact) against its phase, with the median of each phase; a
// product's name and figure show when the pointer rests on its point.

#include "charts/chartdataportfolio.h"

#include <QChartView>

class QScatterSeries;

namespace Comite {

class PortfolioChartView : public QChartView
{
    Q_OBJECT
public:
    explicit PortfolioChartView(QWidget *parent = nullptr);

    void setData(const PortfolioChart &data);
    const PortfolioChart &data() const { return m_data; }
    bool exportTo(const QString &path, QString *error = nullptr) const;
    // The product under a point of a phase's series, for tooltips.
    const PortfolioChartPoint *pointAt(int phaseIndex, QPointF value) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    PortfolioChart m_data;
};

} // namespace Comite
