#pragma once
// The funding pools window (View > Funding pools…): the pools, and
// for the selected one its scenarios side by side (figures and a chart of
// each scenario's total against the pool), the solver's proposal, the
// chosen scenario, and the selected scenario's allocation per product,
// edited what-if style with undo.

#include "storage/workspace.h"

#include <QMainWindow>

class QChartView;
class QLabel;
class QPushButton;
class QTableView;

namespace Comite {

class AllocationLineModel;
class AllocationPoolModel;
class AllocationScenarioModel;

class AllocationWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit AllocationWindow(Workspace &workspace, QWidget *parent = nullptr);

    QTableView *poolList() const { return m_pools; }
    QTableView *scenarioList() const { return m_scenarios; }
    QTableView *lineTable() const { return m_lines; }
    AllocationPoolModel *poolModel() const { return m_poolModel; }
    AllocationScenarioModel *scenarioModel() const { return m_scenarioModel; }
    AllocationLineModel *lineModel() const { return m_lineModel; }
    QLabel *summary() const { return m_summary; }
    qint64 currentPoolId() const;
    qint64 currentScenarioId() const;

public Q_SLOTS:
    void selectPool(qint64 poolId);
    void selectScenario(qint64 scenarioId);
    qint64 newPool();
    void editPool();
    void removePool();
    // Runs the solver; the proposal becomes (or replaces) the scenario "Solver".
    qint64 propose();
    qint64 newScenario();  // a copy of the selected one, or empty
    void chooseScenario();
    void removeScenario();

private:
    void buildActions();
    void poolSelected();
    void scenarioSelected();
    void refreshSummary();
    void refreshChart();
    void updateActions();
    void report(const QString &title, const Failure &failure);

    Workspace &m_workspace;
    AllocationPoolModel *m_poolModel;
    AllocationScenarioModel *m_scenarioModel;
    AllocationLineModel *m_lineModel;
    QTableView *m_pools;
    QTableView *m_scenarios;
    QTableView *m_lines;
    QLabel *m_summary;
    QChartView *m_chart;
    QPushButton *m_editPool;
    QPushButton *m_removePool;
    QPushButton *m_propose;
    QPushButton *m_newScenario;
    QPushButton *m_choose;
    QPushButton *m_removeScenario;
};

} // namespace Comite
