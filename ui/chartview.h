#pragma once
// Shows one indicator chart (TimeChart from models/io/chartdata) on
// screen, styled for the current palette and font, keyboard focusable with
// an accessible description; rebuilt when the data or palette changes.

#include "charts/chartdata.h"

#include <QChartView>

namespace Comite {

class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    void setData(const TimeChart &data);
    const TimeChart &data() const { return m_data; }
    // Saves the chart as it is, in the export style (light, projector type).
    bool exportTo(const QString &path, QString *error = nullptr) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    TimeChart m_data;
};

} // namespace Comite
