#include "portfoliochartdialog.h"
#include "exportfiles.h"

#include "errorreport.h"
#include "portfoliochartview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Comite {

PortfolioChartDialog::PortfolioChartDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_measure(new QComboBox(this)), m_view(new PortfolioChartView(this))
{
    setWindowTitle(tr("Portfolio chart"));
    m_measure->addItem(tr("Cost per use"), int(PortfolioChart::CostPerUse));
    m_measure->addItem(tr("Cost per unit of impact"), int(PortfolioChart::CostPerImpact));
    m_measure->setAccessibleName(tr("Measure"));
    auto *measureLabel = new QLabel(tr("&Measure:"), this);
    measureLabel->setBuddy(m_measure);
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(measureLabel);
    top->addWidget(m_measure);
    top->addStretch();
    top->addWidget(exportButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &PortfolioChartDialog::refresh);
    connect(exportButton, &QPushButton::clicked, this, &PortfolioChartDialog::chooseExport);
    for (auto signal : {&Workspace::portfolioReset, &Workspace::referencesChanged})
        connect(&workspace, signal, this, &PortfolioChartDialog::refresh);
    connect(&workspace, &Workspace::productChanged, this, &PortfolioChartDialog::refresh);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 40);
    refresh();
}

void PortfolioChartDialog::refresh()
{
    const auto summaries = attempt([&] { return m_workspace.products().summaries(); });
    if (!summaries)
        return ErrorReport::open(this, summaries.error());
    const auto measure = PortfolioChart::Measure(m_measure->currentData().toInt());
    m_view->setData(ChartDataPortfolio::build(summaries.value(), measure, m_workspace.today()));
}

bool PortfolioChartDialog::exportTo(const QString &path, QString *error) const
{
    return m_view->exportTo(path, error);
}

void PortfolioChartDialog::chooseExport()
{
    const QString path = ExportFiles::chooseSavePath(this, tr("Export the chart"), tr("portfolio-chart.png"),
                                                     tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        return ErrorReport::show(this, tr("Export the chart"), error);
    ExportFiles::announce(this, path);
}

} // namespace Comite
