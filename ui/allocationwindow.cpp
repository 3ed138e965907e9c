#include "allocationwindow.h"

#include "allocationpooldialog.h"
#include "chartstyle.h"
#include "commands/allocationedits.h"
#include "commands/undohistory.h"
#include "domain/displayformat.h"
#include "errorreport.h"
#include "itemmodels/allocationlinemodel.h"
#include "itemmodels/allocationpoolmodel.h"
#include "itemmodels/allocationscenariomodel.h"
#include "storage/allocationrepository.h"
#include "windowgeometry.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLegend>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStatusBar>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Comite {

namespace {
QTableView *table(QWidget *parent, QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}
} // namespace

AllocationWindow::AllocationWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent, Qt::Window), m_workspace(workspace)
{
    setWindowTitle(tr("Funding pools"));
    m_poolModel = new AllocationPoolModel(workspace, this);
    m_scenarioModel = new AllocationScenarioModel(workspace, this);
    m_lineModel = new AllocationLineModel(workspace, this);

    m_pools = table(this, m_poolModel, tr("Funding pools"));
    m_pools->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pools->horizontalHeader()->setSectionResizeMode(AllocationPoolModel::Name, QHeaderView::Stretch);
    m_pools->horizontalHeader()->setStretchLastSection(false);
    m_pools->hideColumn(AllocationPoolModel::Source);  // both in the summary below
    m_pools->hideColumn(AllocationPoolModel::Period);
    m_scenarios = table(this, m_scenarioModel, tr("Scenarios"));
    m_scenarios->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_scenarios->horizontalHeader()->setSectionResizeMode(AllocationScenarioModel::Name, QHeaderView::Stretch);
    m_scenarios->horizontalHeader()->setStretchLastSection(false);
    m_scenarios->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_lines = table(this, m_lineModel, tr("Allocation per product"));
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(AllocationLineModel::Condition, QHeaderView::Stretch);
    m_lines->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::AnyKeyPressed);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(180);
    m_chart->setMinimumWidth(400);
    m_chart->setAccessibleName(tr("Scenarios against the pool"));

    auto *poolButtons = new QHBoxLayout;
    auto *addPool = new QPushButton(tr("&New pool…"), this);
    m_editPool = new QPushButton(tr("E&dit pool…"), this);
    m_removePool = new QPushButton(tr("Re&move pool"), this);
    poolButtons->addWidget(addPool);
    poolButtons->addWidget(m_editPool);
    poolButtons->addWidget(m_removePool);
    poolButtons->addStretch();
    auto *scenarioButtons = new QHBoxLayout;
    m_propose = new QPushButton(tr("&Propose with the solver"), this);
    m_newScenario = new QPushButton(tr("New &scenario"), this);
    m_choose = new QPushButton(tr("&Choose for the session"), this);
    m_removeScenario = new QPushButton(tr("Remove scenari&o"), this);
    for (QPushButton *b : {m_propose, m_newScenario, m_choose, m_removeScenario})
        scenarioButtons->addWidget(b);
    scenarioButtons->addStretch();
    connect(addPool, &QPushButton::clicked, this, &AllocationWindow::newPool);
    connect(m_editPool, &QPushButton::clicked, this, &AllocationWindow::editPool);
    connect(m_removePool, &QPushButton::clicked, this, &AllocationWindow::removePool);
    connect(m_propose, &QPushButton::clicked, this, &AllocationWindow::propose);
    connect(m_newScenario, &QPushButton::clicked, this, &AllocationWindow::newScenario);
    connect(m_choose, &QPushButton::clicked, this, &AllocationWindow::chooseScenario);
    connect(m_removeScenario, &QPushButton::clicked, this, &AllocationWindow::removeScenario);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    auto *poolsLabel = new QLabel(tr("Poo&ls"), this);
    poolsLabel->setBuddy(m_pools);
    leftLayout->addWidget(poolsLabel);
    leftLayout->addWidget(m_pools, 1);
    leftLayout->addLayout(poolButtons);
    leftLayout->addWidget(m_summary);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *scenariosLabel = new QLabel(tr("Scenarios side b&y side"), this);
    scenariosLabel->setBuddy(m_scenarios);
    topLayout->addWidget(scenariosLabel);
    topLayout->addWidget(m_scenarios, 1);
    topLayout->addLayout(scenarioButtons);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *linesLabel = new QLabel(tr("&Allocation of the selected scenario (edit an amount or a condition; Ctrl+Z undoes)"), this);
    linesLabel->setBuddy(m_lines);
    bottomLayout->addWidget(linesLabel);
    auto *beside = new QHBoxLayout;
    beside->addWidget(m_lines, 3);
    beside->addWidget(m_chart, 2);
    bottomLayout->addLayout(beside, 1);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(top);
    right->addWidget(bottom);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setSizes({300, 1060});
    setCentralWidget(split);
    buildActions();

    connect(m_pools->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AllocationWindow::poolSelected);
    connect(m_scenarios->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AllocationWindow::scenarioSelected);
    connect(m_scenarioModel, &QAbstractItemModel::dataChanged, this, &AllocationWindow::refreshChart);
    connect(m_scenarioModel, &QAbstractItemModel::rowsInserted, this, &AllocationWindow::refreshChart);
    connect(m_scenarioModel, &QAbstractItemModel::rowsRemoved, this, &AllocationWindow::refreshChart);
    connect(m_scenarioModel, &QAbstractItemModel::modelReset, this, &AllocationWindow::refreshChart);
    connect(m_poolModel, &QAbstractItemModel::dataChanged, this, &AllocationWindow::refreshSummary);
    connect(m_poolModel, &QAbstractItemModel::rowsRemoved, this, &AllocationWindow::poolSelected);
    connect(m_lineModel, &AllocationLineModel::editRefused, this, [this](const QString &m) { report(tr("Edit allocation"), makeFailure(m)); });
    connect(m_scenarioModel, &AllocationScenarioModel::editRefused, this,
            [this](const QString &m) { report(tr("Rename scenario"), makeFailure(m)); });
    connect(&workspace, &Workspace::allocationChanged, this, [this] { refreshSummary(); updateActions(); });
    if (m_poolModel->rowCount() > 0)
        m_pools->selectRow(0);
    poolSelected();
    resize(WindowGeometry::fitted(this, QSize(1300, 720)));
}

void AllocationWindow::buildActions()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), this, [this] { Edit::undo(m_workspace); });
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = edit->addAction(tr("&Redo"), this, [this] { Edit::redo(m_workspace); });
    redo->setShortcut(QKeySequence::Redo);
    connect(m_workspace.undoStack(), &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_workspace.undoStack(), &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    undo->setEnabled(m_workspace.undoStack()->canUndo());
    redo->setEnabled(m_workspace.undoStack()->canRedo());
}

qint64 AllocationWindow::currentPoolId() const
{
    const QModelIndex i = m_pools->currentIndex();
    return i.isValid() ? m_poolModel->pool(i.row()).id : 0;
}

qint64 AllocationWindow::currentScenarioId() const
{
    const QModelIndex i = m_scenarios->currentIndex();
    return i.isValid() ? m_scenarioModel->scenario(i.row()).id : 0;
}

void AllocationWindow::selectPool(qint64 poolId)
{
    const int row = m_poolModel->rowOf(poolId);
    if (row >= 0)
        m_pools->setCurrentIndex(m_poolModel->index(row, 0));
    poolSelected();
}

void AllocationWindow::selectScenario(qint64 scenarioId)
{
    const int row = m_scenarioModel->rowOf(scenarioId);
    if (row >= 0)
        m_scenarios->setCurrentIndex(m_scenarioModel->index(row, 0));
    scenarioSelected();
}

void AllocationWindow::poolSelected()
{
    const qint64 pool = currentPoolId();
    m_scenarioModel->setPool(pool);
    m_lineModel->setPool(pool);
    if (pool && m_scenarioModel->rowCount() > 0 && !m_scenarios->currentIndex().isValid()) {
        const FundingPool &p = m_poolModel->pool(m_pools->currentIndex().row());
        const int chosen = m_scenarioModel->rowOf(p.chosenScenarioId);
        m_scenarios->setCurrentIndex(m_scenarioModel->index(std::max(0, chosen), 0));
    }
    scenarioSelected();
    refreshSummary();
    refreshChart();
}

void AllocationWindow::scenarioSelected()
{
    m_lineModel->setScenario(currentScenarioId());
    updateActions();
}

void AllocationWindow::updateActions()
{
    const bool pool = currentPoolId() != 0;
    const bool scenario = currentScenarioId() != 0;
    m_editPool->setEnabled(pool);
    m_removePool->setEnabled(pool);
    m_propose->setEnabled(pool);
    m_newScenario->setEnabled(pool);
    m_choose->setEnabled(scenario);
    m_removeScenario->setEnabled(scenario);
}

void AllocationWindow::refreshSummary()
{
    const QModelIndex i = m_pools->currentIndex();
    if (!i.isValid()) {
        m_summary->setText(m_poolModel->rowCount() ? tr("Select a pool.") : tr("No funding pool yet: create one with New pool…"));
        return;
    }
    const FundingPool &p = m_poolModel->pool(i.row());
    const AllocationProblem &problem = m_lineModel->problem();
    const QString remaining = m_poolModel->index(i.row(), AllocationPoolModel::Remaining).data().toString();
    QString text = tr("<b>%1</b>%2<br>%3 – %4: %5<br>%6 candidate products; must-fund minimum %7.<br>Left after the decisions "
                      "recorded: <b>%8</b>")
                       .arg(p.name.toHtmlEscaped(), p.source.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.source.toHtmlEscaped()),
                            DisplayFormat::date(p.start), DisplayFormat::date(p.end), DisplayFormat::euros(p.amount))
                       .arg(problem.candidates().size())
                       .arg(DisplayFormat::euros(problem.mustMinimum()), remaining);
    if (const Result<void> covered = problem.check(); !covered)
        text += QStringLiteral("<br><b>%1</b>").arg(covered.error().message.toHtmlEscaped());
    m_summary->setText(text);
}

void AllocationWindow::refreshChart()
{
    auto *chart = new QChart;
    const ChartStyle style = ChartStyle::forPalette(palette(), font());
    auto *series = new QStackedBarSeries(chart);
    auto *allocated = new QBarSet(tr("Allocated"));
    auto *left = new QBarSet(tr("Remaining"));
    auto *over = new QBarSet(tr("Over the pool"));
    allocated->setColor(style.seriesColor(0));
    left->setColor(style.muted);
    over->setColor(QColor(0xc0, 0x30, 0x30));
    QStringList names;
    double top = double(m_scenarioModel->poolAmount());
    for (int row = 0; row < m_scenarioModel->rowCount(); ++row) {
        const ScenarioFigures &f = m_scenarioModel->figures(row);
        names << m_scenarioModel->scenario(row).name;
        const qint64 inPool = std::min(f.total, m_scenarioModel->poolAmount());
        *allocated << double(inPool) / 1000.0;
        *left << double(std::max<qint64>(0, f.remaining)) / 1000.0;
        *over << double(std::max<qint64>(0, -f.remaining)) / 1000.0;
        top = std::max(top, double(f.total));
    }
    series->append(allocated);
    series->append(left);
    series->append(over);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis(chart);
    axisX->append(names);
    auto *axisY = new QValueAxis(chart);
    axisY->setRange(0, std::max(1.0, top / 1000.0 * 1.05));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("k€"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    style.apply(chart, tr("Scenarios against the pool"), DisplayFormat::euros(m_scenarioModel->poolAmount()));
    chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    axisY->applyNiceNumbers();
    style.styleAxis(axisX);
    style.styleAxis(axisY);
    m_scenarios->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    m_scenarios->horizontalHeader()->setSectionResizeMode(AllocationScenarioModel::Name, QHeaderView::Stretch);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void AllocationWindow::report(const QString &title, const Failure &failure)
{
    ErrorReport::show(this, title, failure);
}

qint64 AllocationWindow::newPool()
{
    AllocationPoolDialog dialog(m_workspace, FundingPool{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const Result<qint64> id = Edit::addPool(m_workspace, dialog.pool());
    if (!id) {
        report(tr("New funding pool"), id.error());
        return 0;
    }
    selectPool(id.value());
    return id.value();
}

void AllocationWindow::editPool()
{
    const QModelIndex i = m_pools->currentIndex();
    if (!i.isValid())
        return;
    AllocationPoolDialog dialog(m_workspace, m_poolModel->pool(i.row()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Result<void> done = Edit::updatePool(m_workspace, dialog.pool()); !done)
        report(tr("Edit funding pool"), done.error());
}

void AllocationWindow::removePool()
{
    if (const qint64 id = currentPoolId()) {
        if (const Result<void> done = Edit::removePool(m_workspace, id); !done)
            report(tr("Remove funding pool"), done.error());
        poolSelected();
    }
}

qint64 AllocationWindow::propose()
{
    const qint64 pool = currentPoolId();
    if (!pool)
        return 0;
    const Result<qint64> id = Edit::proposeScenario(m_workspace, pool, tr("Solver"));
    if (!id) {
        report(tr("Propose an allocation"), id.error());
        return 0;
    }
    selectScenario(id.value());
    statusBar()->showMessage(tr("The solver's proposal is in the scenario “%1”.").arg(tr("Solver")), 5000);
    return id.value();
}

qint64 AllocationWindow::newScenario()
{
    const qint64 pool = currentPoolId();
    if (!pool)
        return 0;
    AllocationScenario s;
    s.poolId = pool;
    const QModelIndex current = m_scenarios->currentIndex();
    if (current.isValid())
        s.lines = m_scenarioModel->scenario(current.row()).lines;
    for (int n = 1;; ++n) {
        s.name = tr("Scenario %1").arg(n);
        bool used = false;
        for (int row = 0; row < m_scenarioModel->rowCount(); ++row)
            used = used || m_scenarioModel->scenario(row).name == s.name;
        if (!used)
            break;
    }
    const Result<qint64> id = Edit::addScenario(m_workspace, s);
    if (!id) {
        report(tr("New scenario"), id.error());
        return 0;
    }
    selectScenario(id.value());
    return id.value();
}

void AllocationWindow::chooseScenario()
{
    if (const qint64 id = currentScenarioId()) {
        if (const Result<void> done = Edit::chooseScenario(m_workspace, currentPoolId(), id); !done)
            report(tr("Choose scenario"), done.error());
    }
}

void AllocationWindow::removeScenario()
{
    if (const qint64 id = currentScenarioId()) {
        if (const Result<void> done = Edit::removeScenario(m_workspace, id); !done)
            report(tr("Remove scenario"), done.error());
        scenarioSelected();
    }
}

} // namespace Comite
