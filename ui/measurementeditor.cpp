#include "measurementeditor.h"

#include "io/measurementcsv.h"
#include "itemmodels/measurementmodel.h"
#include "itemmodels/targetmodel.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace Comite {

namespace {
QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setAccessibleName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSortingEnabled(false);
    return table;
}

QSortFilterProxyModel *byDate(QObject *parent, Qt::SortOrder order)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSortRole(MeasurementModel::SortRole);
    proxy->setDynamicSortFilter(true);
    proxy->sort(0, order);
    return proxy;
}
} // namespace

MeasurementEditor::MeasurementEditor(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_measurementProxy(byDate(this, Qt::DescendingOrder))
    , m_targetProxy(byDate(this, Qt::AscendingOrder))
    , m_measurementTable(makeTable(this, tr("Measurements")))
    , m_targetTable(makeTable(this, tr("Targets")))
    , m_measurementDate(new QDateEdit(workspace.today(), this))
    , m_measurementValue(new QLineEdit(this))
    , m_measurementComment(new QLineEdit(this))
    , m_addMeasurement(new QPushButton(tr("Add meas&urement"), this))
    , m_removeMeasurement(new QPushButton(tr("Remove measurement"), this))
    , m_targetDate(new QDateEdit(workspace.today().addMonths(6), this))
    , m_targetValue(new QLineEdit(this))
    , m_addTarget(new QPushButton(tr("A&dd target"), this))
    , m_removeTarget(new QPushButton(tr("Remove target"), this))
{
    m_measurementTable->setModel(m_measurementProxy);
    m_targetTable->setModel(m_targetProxy);
    for (QDateEdit *d : {m_measurementDate, m_targetDate}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_measurementDate->setMaximumDate(workspace.today());
    m_measurementDate->setAccessibleName(tr("Date of the new measurement"));
    m_measurementValue->setAccessibleName(tr("Value of the new measurement"));
    m_measurementValue->setPlaceholderText(tr("Value"));
    m_measurementComment->setAccessibleName(tr("Comment on the new measurement"));
    m_measurementComment->setPlaceholderText(tr("Comment (optional)"));
    m_targetDate->setAccessibleName(tr("Date of the new target"));
    m_targetValue->setAccessibleName(tr("Value of the new target"));
    m_targetValue->setPlaceholderText(tr("Target"));
    // The date fields' inner text boxes read out the same name.
    for (QDateEdit *d : {m_measurementDate, m_targetDate}) {
        if (auto *inner = d->findChild<QLineEdit *>())
            inner->setAccessibleName(d->accessibleName());
    }

    auto *measurementBox = new QGroupBox(tr("Measurements"), this);
    auto *mGrid = new QGridLayout(measurementBox);
    mGrid->addWidget(m_measurementTable, 0, 0, 1, 4);
    mGrid->addWidget(m_measurementDate, 1, 0);
    mGrid->addWidget(m_measurementValue, 1, 1);
    mGrid->addWidget(m_measurementComment, 1, 2);
    mGrid->addWidget(m_addMeasurement, 1, 3);
    mGrid->addWidget(m_removeMeasurement, 2, 3);
    mGrid->setColumnStretch(2, 1);
    auto *targetBox = new QGroupBox(tr("Targets"), this);
    auto *tGrid = new QGridLayout(targetBox);
    tGrid->addWidget(m_targetTable, 0, 0, 1, 3);
    tGrid->addWidget(m_targetDate, 1, 0);
    tGrid->addWidget(m_targetValue, 1, 1);
    tGrid->addWidget(m_addTarget, 1, 2);
    tGrid->addWidget(m_removeTarget, 2, 2);
    tGrid->setColumnStretch(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(measurementBox, 3);
    layout->addWidget(targetBox, 2);
    m_inputs = {m_measurementDate, m_measurementValue, m_measurementComment, m_addMeasurement, m_removeMeasurement,
                m_targetDate,      m_targetValue,      m_addTarget,          m_removeTarget};

    connect(m_addMeasurement, &QPushButton::clicked, this, &MeasurementEditor::addMeasurement);
    connect(m_measurementValue, &QLineEdit::returnPressed, this, &MeasurementEditor::addMeasurement);
    connect(m_removeMeasurement, &QPushButton::clicked, this, &MeasurementEditor::removeSelectedMeasurement);
    connect(m_addTarget, &QPushButton::clicked, this, &MeasurementEditor::addTarget);
    connect(m_targetValue, &QLineEdit::returnPressed, this, &MeasurementEditor::addTarget);
    connect(m_removeTarget, &QPushButton::clicked, this, &MeasurementEditor::removeSelectedTarget);
    setIndicator(0);
}

void MeasurementEditor::setIndicator(qint64 indicatorId)
{
    if (m_measurements && indicatorId == m_indicatorId)
        return;
    m_indicatorId = indicatorId;
    m_measurementProxy->setSourceModel(nullptr);
    m_targetProxy->setSourceModel(nullptr);
    delete m_measurements;
    delete m_targets;
    m_measurements = new MeasurementModel(m_workspace, indicatorId, this);
    m_targets = new TargetModel(m_workspace, indicatorId, this);
    connect(m_measurements, &ReferenceTableModel::editRefused, this, &MeasurementEditor::editRefused);
    connect(m_targets, &ReferenceTableModel::editRefused, this, &MeasurementEditor::editRefused);
    m_measurementProxy->setSourceModel(m_measurements);
    m_targetProxy->setSourceModel(m_targets);
    const int em = fontMetrics().averageCharWidth();
    m_measurementTable->setColumnWidth(MeasurementModel::Date, 14 * em);
    m_measurementTable->setColumnWidth(MeasurementModel::Value, 18 * em);
    m_targetTable->setColumnWidth(TargetModel::Date, 14 * em);
    m_targetTable->setColumnWidth(TargetModel::Value, 16 * em);
    for (QWidget *w : std::as_const(m_inputs))
        w->setEnabled(indicatorId > 0);
}

std::optional<double> MeasurementEditor::readValue(QLineEdit *edit)
{
    const auto value = MeasurementCsv::number(edit->text());
    if (!value)
        Q_EMIT editRefused(tr("“%1” is not a number.").arg(edit->text()));
    return value;
}

void MeasurementEditor::addMeasurement()
{
    if (!m_indicatorId)
        return;
    const auto value = readValue(m_measurementValue);
    if (!value)
        return;
    const int row = m_measurements->addMeasurement(m_measurementDate->date(), *value, m_measurementComment->text().trimmed());
    if (row < 0)
        return;
    m_measurementValue->clear();
    m_measurementComment->clear();
    m_measurementTable->setCurrentIndex(m_measurementProxy->mapFromSource(m_measurements->index(row, 0)));
    m_measurementDate->setDate(m_measurementDate->date().addMonths(1) <= m_workspace.today()
                                   ? m_measurementDate->date().addMonths(1)
                                   : m_measurementDate->date());
}

void MeasurementEditor::removeSelectedMeasurement()
{
    const QModelIndex index = m_measurementProxy->mapToSource(m_measurementTable->currentIndex());
    if (index.isValid())
        m_measurements->removeMeasurement(index.row());
}

void MeasurementEditor::addTarget()
{
    if (!m_indicatorId)
        return;
    const auto value = readValue(m_targetValue);
    if (!value)
        return;
    const int row = m_targets->addTarget(m_targetDate->date(), *value);
    if (row < 0)
        return;
    m_targetValue->clear();
    m_targetTable->setCurrentIndex(m_targetProxy->mapFromSource(m_targets->index(row, 0)));
}

void MeasurementEditor::removeSelectedTarget()
{
    const QModelIndex index = m_targetProxy->mapToSource(m_targetTable->currentIndex());
    if (index.isValid())
        m_targets->removeTarget(index.row());
}

} // namespace Comite
