#pragma once
// A product's "Indicators" tab: the indicators grouped by impact-matrix
// principle (latest value, trend, target attainment, mandatory indicators
// missing), buttons to add, edit, delete and import measurements, and
// below, the selected indicator's chart and its measurements and targets,
// the North Star over six months, the impact matrix overview and every
// indicator against its target. Charts export to PNG or SVG.

#include "storage/workspace.h"

#include <QWidget>

class QPushButton;
class QTabWidget;
class QTreeView;

namespace Comite {

class ChartImpactMatrix;
class ChartView;
class IndicatorModel;
class MeasurementEditor;

class IndicatorsPage : public QWidget
{
    Q_OBJECT
public:
    enum View { IndicatorChart, Measurements, NorthStar, Matrix, Progress };

    IndicatorsPage(Workspace &workspace, qint64 productId, QWidget *parent = nullptr);

    IndicatorModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QTabWidget *views() const { return m_views; }
    MeasurementEditor *editor() const { return m_editor; }
    ChartView *indicatorChart() const { return m_indicatorChart; }
    ChartView *northStarChart() const { return m_northStarChart; }
    ChartView *progressChart() const { return m_progressChart; }
    ChartImpactMatrix *matrix() const { return m_matrix; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *exportButton() const { return m_export; }

    qint64 currentIndicatorId() const;
    void selectIndicator(qint64 indicatorId);
    // Saves the chart of the current view (PNG or SVG by suffix).
    bool exportCurrentView(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    void addIndicator();
    void editIndicator();
    void removeIndicator();
    // Asks for a file when `path` is empty, then shows the preview.
    void importMeasurements(const QString &path = {});
    void exportChart();

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    void refreshCharts();
    void currentChanged();

    Workspace &m_workspace;
    qint64 m_productId;
    IndicatorModel *m_model;
    QTreeView *m_tree;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_import;
    QPushButton *m_export;
    QTabWidget *m_views;
    ChartView *m_indicatorChart;
    MeasurementEditor *m_editor;
    ChartView *m_northStarChart;
    ChartImpactMatrix *m_matrix;
    ChartView *m_progressChart;
};

} // namespace Comite
