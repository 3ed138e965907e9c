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
#include <QGuiApplication>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

#include <array>
#include <numeric>

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
    // Long incubator names must not squeeze the search field: the combo
    // boxes elide (the whole name in their tooltip) and the window still
    // shrinks to 1,024 px.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 15);
    for (QComboBox *combo : {m_incubator, m_phase}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        connect(combo, &QComboBox::currentTextChanged, combo, &QWidget::setToolTip);
    }
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
    bar->addWidget(m_incubator, 3);
    bar->addWidget(m_phase, 2);
    bar->addWidget(m_count);
    // The "only" filters on a row of their own: on one row with the search
    // they made the window wider than a 1,024 px screen.
    auto *only = new QHBoxLayout;
    only->addWidget(m_overdue);
    only->addWidget(m_unknown);
    auto *followupsPastDue = new QCheckBox(tr("Follo&w-ups past due"), this);
    followupsPastDue->setObjectName(QStringLiteral("followupsPastDueFilter"));
    followupsPastDue->setAccessibleName(tr("Show only products with open follow-up items past due"));
    connect(followupsPastDue, &QCheckBox::toggled, m_filter, &PortfolioFilterModel::setFollowupsPastDueOnly);
    connect(followupsPastDue, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("portfolio/followupsPastDue"), on); });
    only->addWidget(followupsPastDue);
    only->addStretch();

    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Portfolio"));
    // The indicator first: enabling sorting then sorts once, by title (not
    // by the first column, then again by title).
    m_table->horizontalHeader()->setSortIndicator(PortfolioModel::Title, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
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
    m_fitTimer = new QTimer(this);
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, &PortfolioView::fitColumns);
    // Scrolled to rows not measured yet: theirs in one read before they are painted.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        const int first = std::max(0, m_table->rowAt(0));
        const int last = m_table->rowAt(m_table->viewport()->height() - 1);
        readFacts(first, (last < 0 ? m_filter->rowCount() : last + 1) - first);
    });
    restoreSettings();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(only);
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
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, m_fitTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QAbstractItemModel::modelReset, m_fitTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QAbstractItemModel::layoutChanged, m_fitTimer, qOverload<>(&QTimer::start));
    // A column dragged by the user keeps its width, remembered.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_fitting || QGuiApplication::mouseButtons() == Qt::NoButton)
            return;
        m_userSized = true;
        QSettings().setValue(QStringLiteral("portfolio/columns"), m_table->horizontalHeader()->saveState());
    });
    // The filters are remembered (the incubator by name: ids differ
    // between databases).
    connect(m_incubator, &QComboBox::currentIndexChanged, this, [this](int index) {
        QSettings().setValue(QStringLiteral("portfolio/incubator"), index > 0 ? m_incubator->currentText() : QString());
    });
    connect(m_phase, &QComboBox::currentIndexChanged, this,
            [this] { QSettings().setValue(QStringLiteral("portfolio/phase"), m_phase->currentData().toString()); });
    connect(m_overdue, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(QStringLiteral("portfolio/overdue"), on); });
    connect(m_unknown, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(QStringLiteral("portfolio/unknown"), on); });
    updateCount();
}

void PortfolioView::restoreSettings()
{
    const QSettings settings;
    const QByteArray columns = settings.value(QStringLiteral("portfolio/columns")).toByteArray();
    if (!columns.isEmpty() && m_table->horizontalHeader()->restoreState(columns))
        m_userSized = true;
    m_phase->setCurrentIndex(std::max(0, m_phase->findData(settings.value(QStringLiteral("portfolio/phase")).toString())));
    m_overdue->setChecked(settings.value(QStringLiteral("portfolio/overdue"), false).toBool());
    m_unknown->setChecked(settings.value(QStringLiteral("portfolio/unknown"), false).toBool());
    m_filter->setIncubatorId(m_incubator->currentData().toLongLong());
    m_filter->setPhaseKey(m_phase->currentData().toString());
    m_filter->setOverdueOnly(m_overdue->isChecked());
    m_filter->setCommitteeUnknownOnly(m_unknown->isChecked());
    if (auto *followups = findChild<QCheckBox *>(QStringLiteral("followupsPastDueFilter"))) {
        followups->setChecked(settings.value(QStringLiteral("portfolio/followupsPastDue"), false).toBool());
        m_filter->setFollowupsPastDueOnly(followups->isChecked());
    }
}

bool PortfolioView::event(QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show || event->type() == QEvent::LayoutRequest)
        m_fitTimer->start();
    return QWidget::event(event);
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
    int index = m_incubator->findData(current);
    // The incubator chosen last time, by name, once the portfolio holds it.
    if (index <= 0) {
        const QString remembered = QSettings().value(QStringLiteral("portfolio/incubator")).toString();
        index = remembered.isEmpty() ? 0 : m_incubator->findText(remembered);
    }
    m_incubator->setCurrentIndex(std::max(0, index));
    m_incubator->setToolTip(m_incubator->currentText());
    m_filter->setIncubatorId(m_incubator->currentData().toLongLong());
}

// Widths from what the columns hold (the rows shown, at most a few hundred
// read) and never below their header's text. When the table is narrower
// than that, columns give way in order down to a floor: sponsors,
// incubator, the three dates and durations, the title (kept to 24
// characters), and last the Alerts column, the most useful, which takes
// what is left. The phase column fits every phase's badge and never gives
// way: "Cons…" could be Construction or Consolidation, and a product
// further down may be in a phase the rows read do not show. A column the
// user has resized keeps its width (and is remembered), and elided cells
// carry the whole text as a tooltip.
void PortfolioView::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (m_userSized || !m_table->isVisible())
        return;
    const QFontMetrics fm = m_table->fontMetrics();
    const QFontMetrics headerFm(header->font());
    const int headerPad = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
        + header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + 8;
    std::array<int, PortfolioModel::ColumnCount> want{};
    std::array<int, PortfolioModel::ColumnCount> floor{};
    QStyleOptionViewItem option;
    option.initFrom(m_table);
    option.font = m_table->font();
    const int rows = std::min(m_filter->rowCount(), 400);
    readFacts(0, rows);
    for (int c = 0; c < PortfolioModel::ColumnCount; ++c) {
        const int title = headerFm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + headerPad;
        // The phase badges: every phase's, measured once, not the rows'.
        int content = c == PortfolioModel::Phase ? PhaseBadgeDelegate::widestPhase(m_table->font()) : 0;
        for (int r = 0; r < rows && c != PortfolioModel::Phase; ++r) {
            const QModelIndex index = m_filter->index(r, c);
            content = std::max(content, m_table->itemDelegateForIndex(index)->sizeHint(option, index).width());
        }
        want[c] = std::max(title, content + 4);
        floor[c] = std::min(want[c], std::max(title, fm.averageCharWidth() * 8));
    }
    floor[PortfolioModel::Phase] = want[PortfolioModel::Phase];
    floor[PortfolioModel::Title] = std::min(want[PortfolioModel::Title], fm.averageCharWidth() * 24);
    floor[PortfolioModel::Warnings] = std::min(want[PortfolioModel::Warnings], fm.averageCharWidth() * 30);
    // Long texts (titles, incubators' names) get a sensible maximum.
    want[PortfolioModel::Title] = std::min(want[PortfolioModel::Title], fm.averageCharWidth() * 34);
    want[PortfolioModel::Incubator] = std::min(want[PortfolioModel::Incubator], fm.averageCharWidth() * 30);
    want[PortfolioModel::Sponsors] = std::min(want[PortfolioModel::Sponsors], fm.averageCharWidth() * 20);
    want[PortfolioModel::Warnings] = std::min(want[PortfolioModel::Warnings], fm.averageCharWidth() * 80);
    int excess = std::accumulate(want.begin(), want.end(), 0) - m_table->viewport()->width();
    const PortfolioModel::Column givingWay[] = {PortfolioModel::Sponsors, PortfolioModel::Incubator, PortfolioModel::LastCommittee,
                                               PortfolioModel::TimeInPhase, PortfolioModel::NextCommitteeDue,
                                               PortfolioModel::Title, PortfolioModel::Warnings};
    for (PortfolioModel::Column c : givingWay) {
        if (excess <= 0)
            break;
        const int give = std::min(excess, want[c] - floor[c]);
        want[c] -= give;
        excess -= give;
    }
    m_fitting = true;
    for (int c = 0; c < PortfolioModel::ColumnCount; ++c)
        header->resizeSection(c, want[c]);
    m_fitting = false;
}

// The warnings of `count` rows from `first` (in the order shown) in one
// read, not one per row: on a server each read is a round trip.
void PortfolioView::readFacts(int first, int count)
{
    QList<int> sourceRows;
    for (int r = first; r < std::min(first + count, m_filter->rowCount()); ++r)
        sourceRows << m_filter->mapToSource(m_filter->index(r, 0)).row();
    m_model->readFacts(sourceRows);
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
