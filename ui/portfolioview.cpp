#include "portfolioview.h"

#include "errorreport.h"
#include "itemmodels/portfoliofiltermodel.h"
#include "itemmodels/portfoliomodel.h"
#include "domain/displayformat.h"
#include "phasebadgedelegate.h"
#include "warningdelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Comite {

PortfolioView::PortfolioView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new PortfolioModel(workspace, this))
    , m_filter(new PortfolioFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_incubator(new QComboBox(this))
    , m_phase(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("Committee &overdue only"), this))
    , m_unknown(new QCheckBox(tr("No committee on &record"), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_filter->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Search products, incubators, sponsors…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the portfolio"));
    m_incubator->setAccessibleName(tr("Filter by incubator"));
    m_phase->setAccessibleName(tr("Filter by phase"));
    m_overdue->setAccessibleName(tr("Show only products whose committee is overdue"));
    // Long incubator names must not squeeze the search field.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);
    m_incubator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_incubator->setMinimumContentsLength(18);
    m_unknown->setAccessibleName(tr("Show only imported products with no committee on record"));
    m_unknown->setToolTip(tr("Imported from beta.gouv.fr with no committee in the files: the last committee is "
                             "unknown, so it is not counted as overdue."));
    m_phase->addItem(tr("All phases"), QString());
    for (Phase p : Phases::all())
        m_phase->addItem(Phases::label(p), Phases::key(p));
    fillIncubators();

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *bar = new QHBoxLayout;
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 3);
    bar->addWidget(m_incubator, 2);
    bar->addWidget(m_phase, 1);
    bar->addWidget(m_overdue);
    bar->addWidget(m_unknown);
    auto *followupsPastDue = new QCheckBox(tr("Follo&w-ups past due"), this);
    followupsPastDue->setObjectName(QStringLiteral("followupsPastDueFilter"));
    followupsPastDue->setAccessibleName(tr("Show only products with open follow-up items past due"));
    connect(followupsPastDue, &QCheckBox::toggled, m_filter, &PortfolioFilterModel::setFollowupsPastDueOnly);
    bar->addWidget(followupsPastDue);
    bar->addStretch();
    bar->addWidget(m_count);

    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Portfolio"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PortfolioModel::Title, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setItemDelegateForColumn(PortfolioModel::Phase, new PhaseBadgeDelegate(PortfolioModel::PhaseKeyRole, this));
    m_table->setItemDelegateForColumn(PortfolioModel::Warnings, new WarningDelegate(this));
    fitColumns();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(m_search, &QLineEdit::textChanged, m_filter, &PortfolioFilterModel::setSearchText);
    connect(m_incubator, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setIncubatorId(m_incubator->currentData().toLongLong()); });
    connect(m_phase, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setPhaseKey(m_phase->currentData().toString()); });
    connect(m_overdue, &QCheckBox::toggled, m_filter, &PortfolioFilterModel::setOverdueOnly);
    connect(m_unknown, &QCheckBox::toggled, m_filter, &PortfolioFilterModel::setCommitteeUnknownOnly);
    connect(m_table, &QTableView::activated, this, &PortfolioView::openIndex);
    connect(m_table, &QTableView::doubleClicked, this, &PortfolioView::openIndex);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentProductChanged(currentProductId()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &PortfolioView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PortfolioView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &PortfolioView::updateCount);
    connect(&workspace, &Workspace::portfolioReset, this, &PortfolioView::fillIncubators);
    connect(&workspace, &Workspace::productAdded, this, &PortfolioView::fillIncubators);
    connect(&workspace, &Workspace::referencesChanged, this, &PortfolioView::fillIncubators);
    updateCount();
}

void PortfolioView::fillIncubators()
{
    const qint64 current = m_incubator->currentData().toLongLong();
    QSignalBlocker block(m_incubator);
    m_incubator->clear();
    m_incubator->addItem(tr("All incubators"), qint64(0));
    if (const auto incubators = attempt([&] { return m_workspace.organisations().incubators(); })) {
        for (const Incubator &i : incubators.value())
            m_incubator->addItem(i.name, i.id);
    } else {
        ErrorReport::open(this, incubators.error());
    }
    m_incubator->setCurrentIndex(std::max(0, m_incubator->findData(current)));
    m_filter->setIncubatorId(m_incubator->currentData().toLongLong());
}

// Widths from what the columns hold (sample texts in the current font and
// language), not from reading every row: instant on any portfolio size.
void PortfolioView::fitColumns()
{
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = fm.height() + 8;
    int phase = 0;
    for (Phase p : Phases::all())
        phase = std::max(phase, fm.horizontalAdvance(Phases::label(p)));
    const int date = fm.horizontalAdvance(DisplayFormat::date(QDate(2026, 12, 28))) + pad;
    const int widths[] = {fm.averageCharWidth() * 30, fm.averageCharWidth() * 28, fm.averageCharWidth() * 16,
                          phase + fm.height() + 24, fm.horizontalAdvance(DisplayFormat::duration(400)) + pad, date, date};
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < int(std::size(widths)); ++c) {
        const int title = fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 2 * pad;
        header->resizeSection(c, std::max(widths[c], title));
    }
}

void PortfolioView::updateCount()
{
    m_count->setText(tr("%1 of %n product(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
}

void PortfolioView::openIndex(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT openProductRequested(index.data(PortfolioModel::ProductIdRole).toLongLong());
}

qint64 PortfolioView::currentProductId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(PortfolioModel::ProductIdRole).toLongLong() : 0;
}

void PortfolioView::selectProduct(qint64 productId)
{
    const int row = m_model->rowOf(productId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

void PortfolioView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace Comite
