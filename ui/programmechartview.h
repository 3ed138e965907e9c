#pragma once
// Shows one programme chart (models/reports/programmecharts.h) with Qt
// Charts: grouped bars (funnel per cohort, launches and stops per year) or
// Kaplan–Meier steps (time in each phase); light or dark with the palette.

#include "reports/programmecharts.h"

#include <QChartView>

namespace Comite {

class ProgrammeChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ProgrammeChartView(QWidget *parent = nullptr);
    void setData(const ProgrammeChart &data);
    const ProgrammeChart &data() const { return m_data; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    ProgrammeChart m_data;
};

} // namespace Comite
