#include "measurementimportdialog.h"

#include "errorreport.h"
#include "commands/indicatoredits.h"
#include "domain/displayformat.h"
#include "warningdelegate.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Comite {

MeasurementImportDialog::MeasurementImportDialog(Workspace &workspace, qint64 productId, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_productId(productId)
    , m_summary(new QLabel(this))
    , m_preview(new QTableWidget(this))
{
    setWindowTitle(tr("Import measurements from “%1”").arg(QFileInfo(path).fileName()));
    // A failed read of the indicators is listed with the file's problems.
    if (const auto indicators = attempt([&] { return workspace.indicators().forProduct(productId); }))
        m_result = MeasurementCsv::read(path, indicators.value(), workspace.today());
    else
        m_result.problems << MeasurementCsvProblem{0, indicators.error().message};
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAccessibleName(tr("Preview of the import"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setWordWrap(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeasurementImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_result.ok())
        showRows();
    else
        showProblems();
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 30);
}

void MeasurementImportDialog::showRows()
{
    QSet<qint64> indicators;
    m_preview->setColumnCount(4);
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Date"), tr("Indicator"), tr("Value")});
    m_preview->setRowCount(int(m_result.rows.size()));
    for (int r = 0; r < m_result.rows.size(); ++r) {
        const MeasurementCsvRow &row = m_result.rows[r];
        indicators.insert(row.indicatorId);
        auto *line = new QTableWidgetItem(QString::number(row.line));
        auto *value = new QTableWidgetItem(DisplayFormat::number(row.value));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_preview->setItem(r, 0, line);
        m_preview->setItem(r, 1, new QTableWidgetItem(DisplayFormat::date(row.date)));
        m_preview->setItem(r, 2, new QTableWidgetItem(row.indicatorName));
        m_preview->setItem(r, 3, value);
    }
    m_preview->resizeColumnsToContents();
    const QString separator = m_result.separator == u';' ? tr("semicolons") : tr("commas");
    m_summary->setText(tr("%1 measurements of %2 indicators, separated by %3. A value on a day that already has one "
                          "replaces it. You can undo the import with Edit > Undo.")
                           .arg(m_result.rows.size())
                           .arg(indicators.size())
                           .arg(separator));
    m_import->setEnabled(true);
    m_import->setDefault(true);
}

void MeasurementImportDialog::showProblems()
{
    m_preview->setColumnCount(2);
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
    m_preview->setRowCount(int(m_result.problems.size()));
    const QColor warning = WarningDelegate::warningColor(palette());
    for (int r = 0; r < m_result.problems.size(); ++r) {
        const MeasurementCsvProblem &p = m_result.problems[r];
        auto *line = new QTableWidgetItem(p.line > 0 ? QString::number(p.line) : QString());
        auto *message = new QTableWidgetItem(p.message);
        message->setForeground(warning);
        message->setToolTip(p.message);
        m_preview->setItem(r, 0, line);
        m_preview->setItem(r, 1, message);
    }
    m_preview->resizeColumnToContents(0);
    m_summary->setText(QStringLiteral("<b>%1</b>").arg(
        tr("Nothing will be imported: correct the lines below in the file, then import it again.").toHtmlEscaped()));
    m_import->setEnabled(false);
}

void MeasurementImportDialog::accept()
{
    if (!m_result.ok())
        return;
    if (const Result<void> imported = Edit::importMeasurements(m_workspace, m_productId, m_result.measurements()); !imported) {
        ErrorReport::show(this, windowTitle(), imported.error());
        return;
    }
    QDialog::accept();
}

} // namespace Comite
