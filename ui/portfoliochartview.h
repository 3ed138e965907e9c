#pragma once
// The sponsors' portfolio chart on screen: each product's cost per use (or
// per unit of impact) against its phase, with the median of each phase; a
// product's name and figure show when the pointer rests on its point.

#include "charts/chartdataportfolio.h"

#include <QChartView>

namespace Comite {

class ChartPointsLayer;

class PortfolioChartView : public QChartView
{
    Q_OBJECT
public:
    explicit PortfolioChartView(QWidget *parent = nullptr);

    void setData(const PortfolioChart &data);
    const PortfolioChart &data() const { return m_data; }
    bool exportTo(const QString &path, QString *error = nullptr) const;
    // The product whose point is painted under `position` (in the
    // viewport), for tooltips; null between points.
    const PortfolioChartPoint *pointAt(QPoint position) const;
    // Where the point of `data().points[index]` is painted, in the viewport.
    QRectF pointRect(int index) const;

protected:
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void rebuild();
    PortfolioChart m_data;
    ChartPointsLayer *m_points = nullptr;  // owned by the chart
};

} // namespace Comite
