#include "programmereportwindow.h"

#include "errorreport.h"
#include "exportfiles.h"
#include "programmechartview.h"
#include "reports/programmeexport.h"
#include "reports/programmereportloader.h"
#include "reports/programmetables.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Comite {

namespace {
QTableWidget *newTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    table->setAccessibleName(name);
    return table;
}
} // namespace

ProgrammeReportWindow::ProgrammeReportWindow(Workspace &workspace, QWidget *parent)
    : QDialog(parent),
      m_workspace(workspace),
      m_incubator(new QComboBox(this)),
      m_from(new QComboBox(this)),
      m_summary(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_funnelChart(new ProgrammeChartView(this)),
      m_survivalChart(new ProgrammeChartView(this)),
      m_yearsChart(new ProgrammeChartView(this)),
      m_funnelTable(newTable(this, tr("Funnel per cohort"))),
      m_phaseTable(newTable(this, tr("Time in each phase"))),
      m_survivalTable(newTable(this, tr("Still in the phase (Kaplan–Meier)"))),
      m_yearsTable(newTable(this, tr("Launches and stops per year"))),
      m_objectivesTable(newTable(this, tr("Six-month objectives")))
{
    setWindowTitle(tr("Programme report"));
    m_incubator->setAccessibleName(tr("Incubator"));
    m_from->setAccessibleName(tr("Cohorts from"));
    auto *incubatorLabel = new QLabel(tr("&Incubator:"), this);
    incubatorLabel->setBuddy(m_incubator);
    auto *fromLabel = new QLabel(tr("Cohorts &from:"), this);
    fromLabel->setBuddy(m_from);
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(incubatorLabel);
    top->addWidget(m_incubator);
    top->addSpacing(fontMetrics().averageCharWidth() * 2);
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addStretch();
    top->addWidget(exportButton);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->addTab(page(m_funnelChart, {m_funnelTable}), tr("F&unnel per cohort"));
    m_tabs->addTab(page(m_survivalChart, {m_survivalTable, m_phaseTable}), tr("&Time in each phase"));
    m_tabs->addTab(page(m_yearsChart, {m_yearsTable}), tr("Launches and stops per &year"));
    m_tabs->addTab(page(nullptr, {m_objectivesTable}), tr("Six-month &objectives"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ProgrammeReportWindow::chooseExport);
    connect(m_incubator, &QComboBox::currentIndexChanged, this, &ProgrammeReportWindow::refresh);
    connect(m_from, &QComboBox::currentIndexChanged, this, &ProgrammeReportWindow::refresh);
    connect(&workspace, &Workspace::portfolioReset, this, [this] {
        fillIncubators();
        refresh();
    });
    connect(&workspace, &Workspace::referencesChanged, this, &ProgrammeReportWindow::fillIncubators);
    connect(&workspace, &Workspace::productChanged, this, &ProgrammeReportWindow::refresh);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 44);
    fillIncubators();
    refresh();
}

QWidget *ProgrammeReportWindow::page(ProgrammeChartView *chart, const QList<QTableWidget *> &tables)
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    if (chart)
        splitter->addWidget(chart);
    for (QTableWidget *t : tables)
        splitter->addWidget(t);
    splitter->setChildrenCollapsible(false);
    for (int i = 0; i < splitter->count(); ++i)
        splitter->setStretchFactor(i, chart && i == 0 ? 3 : 2);
    return splitter;
}

void ProgrammeReportWindow::fillIncubators()
{
    const auto incubators = attempt([&] { return m_workspace.organisations().incubators(); });
    if (!incubators)
        return ErrorReport::open(this, incubators.error());
    const QString current = m_incubator->currentData().toString();
    QList<Incubator> sorted = incubators.value();
    std::sort(sorted.begin(), sorted.end(), [](const Incubator &a, const Incubator &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    const QSignalBlocker blocker(m_incubator);
    m_incubator->clear();
    m_incubator->addItem(tr("All incubators"), QString());
    for (const Incubator &i : sorted)
        m_incubator->addItem(i.name, i.slug);
    m_incubator->setCurrentIndex(qMax(0, m_incubator->findData(current)));
}

void ProgrammeReportWindow::refresh()
{
    const Result<ProgrammeReport> read =
        ProgrammeReportLoader::load(m_workspace, m_incubator->currentData().toString(), m_from->currentData().toInt());
    if (!read)
        return ErrorReport::open(this, read.error());
    m_report = read.value();

    // The years offered: the cohorts of the scope (kept when filtered from one).
    if (m_report.fromYear == 0) {
        const QSignalBlocker blocker(m_from);
        m_from->clear();
        m_from->addItem(tr("Every cohort"), 0);
        for (const ProgrammeCohort &c : m_report.cohorts)
            m_from->addItem(QString::number(c.year), c.year);
    }

    // The headline figures; the medians are in their tab.
    QStringList parts;
    const auto facts = ProgrammeTables::summary(m_report);
    for (int i = 0; i < facts.size(); ++i) {
        if (i < 6 || i == facts.size() - 1)
            parts << tr("%1: <b>%2</b>").arg(facts[i].first.toHtmlEscaped(), facts[i].second.toHtmlEscaped());
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_funnelChart->setData(ProgrammeCharts::funnel(m_report));
    m_survivalChart->setData(ProgrammeCharts::survival(m_report));
    m_yearsChart->setData(ProgrammeCharts::years(m_report));
    fill(m_funnelTable, ProgrammeTables::funnel(m_report));
    fill(m_phaseTable, ProgrammeTables::phases(m_report));
    fill(m_survivalTable, ProgrammeTables::survival(m_report));
    fitHeight(m_phaseTable);
    fitHeight(m_survivalTable);
    fill(m_yearsTable, ProgrammeTables::years(m_report));
    fill(m_objectivesTable, ProgrammeTables::objectives(m_report));
}

void ProgrammeReportWindow::fitHeight(QTableWidget *table)
{
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int r = 0; r < table->rowCount(); ++r)
        height += table->rowHeight(r);
    if (table->horizontalScrollBar()->isVisible() || table->horizontalHeader()->length() > table->viewport()->width())
        height += table->horizontalScrollBar()->sizeHint().height();
    table->setFixedHeight(height);
}

void ProgrammeReportWindow::fill(QTableWidget *table, const ProgrammeTable &data)
{
    table->clear();
    const bool none = data.rows.isEmpty() && !data.none.isEmpty();
    table->setColumnCount(none ? 1 : int(data.headers.size()));
    table->setHorizontalHeaderLabels(none ? QStringList{data.headers.value(0)} : data.headers);
    table->setRowCount(none ? 1 : int(data.rows.size()));
    if (none) {
        auto *item = new QTableWidgetItem(data.none);
        item->setForeground(table->palette().color(QPalette::PlaceholderText));
        table->setItem(0, 0, item);
        return;
    }
    for (int r = 0; r < data.rows.size(); ++r) {
        for (int c = 0; c < data.rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(data.rows[r][c]);
            if (data.numericColumns.contains(c))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    }
    table->resizeRowsToContents();
}

bool ProgrammeReportWindow::exportTo(const QString &path, QString *error) const
{
    const auto format = ProgrammeFormats::fromSuffix(path);
    if (!format) {
        if (error)
            *error = tr("“%1” is not a PDF, ODT, CSV or HTML file name.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return ProgrammeExport::write(m_report, *format, path, QLocale(), error);
}

void ProgrammeReportWindow::chooseExport()
{
    QStringList filters;
    for (ProgrammeFormat f : ProgrammeFormats::all())
        filters << ProgrammeFormats::label(f);
    QString selected;
    QString path = ExportFiles::chooseSavePath(this, tr("Export the programme report"), tr("programme-report.pdf"),
                                               filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    if (!ProgrammeFormats::fromSuffix(path)) {
        // No suffix typed: the one of the chosen filter.
        for (ProgrammeFormat f : ProgrammeFormats::all()) {
            if (selected == ProgrammeFormats::label(f))
                path += u'.' + ProgrammeFormats::key(f);
        }
    }
    QString error;
    if (!exportTo(path, &error))
        return ErrorReport::show(this, tr("Export the programme report"), error);
    ExportFiles::announce(this, path);
}

} // namespace Comite
