#include "indicatorspage.h"
#include "exportfiles.h"

#include "errorreport.h"
#include "chartimpactmatrix.h"
#include "chartview.h"
#include "commands/indicatoredits.h"
#include "domain/impactmatrixoverview.h"
#include "indicatordelegate.h"
#include "indicatordialog.h"
#include "charts/chartdata.h"
#include "itemmodels/indicatormodel.h"
#include "measurementeditor.h"
#include "measurementimportdialog.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Comite {

IndicatorsPage::IndicatorsPage(Workspace &workspace, qint64 productId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_productId(productId)
    , m_model(new IndicatorModel(workspace, productId, this))
    , m_tree(new QTreeView(this))
    , m_add(new QPushButton(tr("&New indicator…"), this))
    , m_edit(new QPushButton(tr("Edit indi&cator…"), this))
    , m_remove(new QPushButton(tr("De&lete indicator"), this))
    , m_import(new QPushButton(tr("Imp&ort measurements (CSV)…"), this))
    , m_export(new QPushButton(tr("E&xport chart…"), this))
    , m_views(new QTabWidget(this))
    , m_indicatorChart(new ChartView(this))
    , m_editor(new MeasurementEditor(workspace, this))
    , m_northStarChart(new ChartView(this))
    , m_matrix(new ChartImpactMatrix(this))
    , m_progressChart(new ChartView(this))
{
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Indicators by impact-matrix principle"));
    m_tree->setItemDelegate(new IndicatorDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->expandAll();
    // Figures take the room they need (at any font size); names get the rest.
    m_tree->setColumnWidth(IndicatorModel::Name, fontMetrics().averageCharWidth() * 40);
    for (int column : {IndicatorModel::Kind, IndicatorModel::Latest, IndicatorModel::Trend, IndicatorModel::Target})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove, m_import})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_tree, 1);
    topLayout->addLayout(buttons);

    auto *matrixScroll = new QScrollArea(this);
    matrixScroll->setWidget(m_matrix);
    matrixScroll->setWidgetResizable(true);
    matrixScroll->setFrameShape(QFrame::NoFrame);
    m_views->addTab(m_indicatorChart, tr("Ch&art"));
    m_views->addTab(m_editor, tr("Measurements and &targets"));
    m_views->addTab(m_northStarChart, tr("North &Star, 6 months"));
    m_views->addTab(matrixScroll, tr("Impact &matrix"));
    m_views->addTab(m_progressChart, tr("All indicators against tar&gets"));
    m_views->setCornerWidget(m_export, Qt::TopRightCorner);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_add, &QPushButton::clicked, this, &IndicatorsPage::addIndicator);
    connect(m_edit, &QPushButton::clicked, this, &IndicatorsPage::editIndicator);
    connect(m_remove, &QPushButton::clicked, this, &IndicatorsPage::removeIndicator);
    connect(m_import, &QPushButton::clicked, this, [this] { importMeasurements(); });
    connect(m_export, &QPushButton::clicked, this, &IndicatorsPage::exportChart);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model->seriesAt(index))
            editIndicator();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &IndicatorsPage::currentChanged);
    connect(m_editor, &MeasurementEditor::editRefused, this, &IndicatorsPage::editRefused);
    // The window shows the workspace's messages.
    connect(this, &IndicatorsPage::editRefused, &workspace, &Workspace::reportError);
    connect(m_views, &QTabWidget::currentChanged, this, [this] { m_export->setEnabled(m_views->currentWidget() != m_editor); });
    // Charts follow the model (which follows indicators, spending and committees).
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IndicatorsPage::refreshCharts);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &IndicatorsPage::refreshCharts);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &IndicatorsPage::refreshCharts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IndicatorsPage::refreshCharts);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_tree, [this](const QModelIndex &parent) { m_tree->expand(parent); });
    currentChanged();
}

qint64 IndicatorsPage::currentIndicatorId() const
{
    const IndicatorSeries *s = m_model->seriesAt(m_tree->currentIndex());
    return s ? s->indicator.id : 0;
}

void IndicatorsPage::selectIndicator(qint64 indicatorId)
{
    const QModelIndex index = m_model->indexOf(indicatorId);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void IndicatorsPage::currentChanged()
{
    const qint64 id = currentIndicatorId();
    m_edit->setEnabled(id > 0);
    m_remove->setEnabled(id > 0);
    m_editor->setIndicator(id);
    refreshCharts();
}

void IndicatorsPage::refreshCharts()
{
    const QList<IndicatorSeries> all = m_model->allSeries();
    QList<CommitteeReview> committees;
    if (const auto read = attempt([&] { return m_workspace.committees().forProduct(m_productId); }))
        committees = read.value();
    else
        ErrorReport::open(this, read.error());
    const QDate today = m_workspace.today();
    const IndicatorSeries *current = m_model->seriesAt(m_tree->currentIndex());
    const TimeChart progress = ChartData::progress(all, committees, today);
    m_indicatorChart->setData(current ? ChartData::indicator(*current, committees, today) : progress);
    m_progressChart->setData(progress);
    const auto star = std::find_if(all.cbegin(), all.cend(), [](const IndicatorSeries &s) { return s.indicator.northStar; });
    if (star != all.cend()) {
        m_northStarChart->setData(ChartData::northStar(*star, today));
    } else {
        TimeChart none;
        none.title = tr("No North Star Metric yet");
        none.subtitle = tr("Mark one indicator as the product's North Star in its definition.");
        m_northStarChart->setData(none);
    }
    // The matrix can do without its title; a failed read is noted, not shown twice.
    QString title;
    if (const auto read = attempt([&] { return m_workspace.products().field(m_productId, ProductField::Title); }))
        title = read.value().toString();
    else
        ErrorReport::note(this, read.error());
    m_matrix->setColumns(ImpactMatrixOverview::build(all, m_model->efficiency(), today), title);
}

void IndicatorsPage::addIndicator()
{
    Indicator fresh;
    fresh.productId = m_productId;
    IndicatorDialog dialog(m_workspace, fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<qint64> added = Edit::addIndicator(m_workspace, dialog.indicator());
    if (!added) {
        Q_EMIT editRefused(added.error().message);
        return;
    }
    selectIndicator(added.value());
}

void IndicatorsPage::editIndicator()
{
    const IndicatorSeries *s = m_model->seriesAt(m_tree->currentIndex());
    if (!s)
        return;
    IndicatorDialog dialog(m_workspace, s->indicator, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Result<void> updated = Edit::updateIndicator(m_workspace, dialog.indicator()); !updated)
        Q_EMIT editRefused(updated.error().message);
}

void IndicatorsPage::removeIndicator()
{
    const qint64 id = currentIndicatorId();
    if (!id)
        return;
    if (const Result<void> removed = Edit::removeIndicator(m_workspace, id); !removed)
        Q_EMIT editRefused(removed.error().message);
}

void IndicatorsPage::importMeasurements(const QString &path)
{
    const QString file = path.isEmpty()
        ? QFileDialog::getOpenFileName(this, tr("Import measurements"), ExportFiles::lastFolder(), tr("CSV files (*.csv *.txt);;All files (*)"))
        : path;
    if (file.isEmpty())
        return;
    MeasurementImportDialog(m_workspace, m_productId, file, this).exec();
}

bool IndicatorsPage::exportCurrentView(const QString &path, QString *error) const
{
    switch (m_views->currentIndex()) {
    case NorthStar: return m_northStarChart->exportTo(path, error);
    case Matrix: return m_matrix->exportTo(path, error);
    case Progress: return m_progressChart->exportTo(path, error);
    default: return m_indicatorChart->exportTo(path, error);
    }
}

void IndicatorsPage::exportChart()
{
    const QString path = ExportFiles::chooseSavePath(this, tr("Export the chart"), tr("chart.png"),
                                                     tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCurrentView(path, &error))
        return ErrorReport::show(this, tr("Export the chart"), error);
    ExportFiles::announce(this, path);
}

} // namespace Comite
