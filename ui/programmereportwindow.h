#pragma once
// The programme report on screen (issue 18, item 3): for the whole
// portfolio or one incubator, from a cohort year on, the summary, then one
// tab each for the funnel per cohort, the time in each phase (Kaplan–Meier
// curves), launches and stops per year and the six-month objectives, each
// with its chart and table; exported to PDF, ODT, CSV or HTML. Computed in
// models/reports; re-read when the portfolio changes.

#include "reports/programmereport.h"
#include "storage/workspace.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Comite {

class ProgrammeChartView;
struct ProgrammeTable;

class ProgrammeReportWindow : public QDialog
{
    Q_OBJECT
public:
    explicit ProgrammeReportWindow(Workspace &workspace, QWidget *parent = nullptr);

    const ProgrammeReport &report() const { return m_report; }
    QComboBox *incubatorBox() const { return m_incubator; }
    QComboBox *fromBox() const { return m_from; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *funnelTable() const { return m_funnelTable; }
    ProgrammeChartView *funnelChart() const { return m_funnelChart; }
    ProgrammeChartView *survivalChart() const { return m_survivalChart; }
    QLabel *summaryLabel() const { return m_summary; }
    void refresh();
    // Writes the report in the format the suffix says; false with a message.
    bool exportTo(const QString &path, QString *error = nullptr) const;

private:
    void fillIncubators();
    void chooseExport();
    QWidget *page(ProgrammeChartView *chart, const QList<QTableWidget *> &tables);
    static void fill(QTableWidget *table, const ProgrammeTable &data);
    // A short table shown whole, without scrolling.
    static void fitHeight(QTableWidget *table);

    Workspace &m_workspace;
    ProgrammeReport m_report;
    QComboBox *m_incubator;
    QComboBox *m_from;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    ProgrammeChartView *m_funnelChart;
    ProgrammeChartView *m_survivalChart;
    ProgrammeChartView *m_yearsChart;
    QTableWidget *m_funnelTable;
    QTableWidget *m_phaseTable;
    QTableWidget *m_survivalTable;
    QTableWidget *m_yearsTable;
    QTableWidget *m_objectivesTable;
};

} // namespace Comite
