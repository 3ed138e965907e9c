#include "followupregister.h"

#include "errorreport.h"
#include "keylabeldelegate.h"

#include "commands/followupedits.h"
#include "itemmodels/followupmodel.h"
#include "storage/workspace.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Comite {

FollowupRegister::FollowupRegister(Workspace &workspace, qint64 productId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new FollowupModel(workspace, productId, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_openOnly(new QCheckBox(tr("Open items only"), this))
    , m_count(new QLabel(this))
    , m_done(new QPushButton(tr("Mark done"), this))
    , m_dropped(new QPushButton(tr("Drop"), this))
    , m_reopen(new QPushButton(tr("Reopen"), this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(FollowupModel::StatusKeyRole);
    m_filter->setFilterKeyColumn(FollowupModel::Status);
    m_filter->setSortRole(Qt::EditRole);

    m_table->setModel(m_filter);
    m_table->setAccessibleName(productId ? tr("Follow-up of this product's decisions") : tr("Follow-up register"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FollowupModel::Decided, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);  // Tab goes on to the buttons
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FollowupModel::Text, QHeaderView::Stretch);
    m_table->setColumnHidden(FollowupModel::Product, productId != 0);
    QStringList keys;
    for (FollowupStatus s : FollowupStatuses::all())
        keys << FollowupStatuses::key(s);
    m_table->setItemDelegateForColumn(FollowupModel::Status, new KeyLabelDelegate(keys, [](const QString &key) {
        const auto s = FollowupStatuses::fromKey(key);
        return s ? FollowupStatuses::label(*s) : key;
    }, FollowupModel::StatusKeyRole, this));

    m_openOnly->setAccessibleName(tr("Show only the items still open"));
    m_done->setAccessibleName(tr("Mark the selected item done"));
    m_dropped->setAccessibleName(tr("Drop the selected item"));
    m_reopen->setAccessibleName(tr("Reopen the selected item"));

    auto *intro = new QLabel(productId ? tr("What the committees asked of this product: actions, conditions and blockers to lift. "
                                            "The next pre-read and deck show where each stands.")
                                       : tr("What the committees asked, across the portfolio: actions, conditions and blockers "
                                            "to lift. Items past due are flagged."),
                             this);
    intro->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_openOnly);
    bar->addStretch();
    bar->addWidget(m_count);
    bar->addWidget(m_done);
    bar->addWidget(m_dropped);
    bar->addWidget(m_reopen);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_openOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setFilterFixedString(on ? FollowupStatuses::key(FollowupStatus::Open) : QString());
        updateButtons();
    });
    connect(m_done, &QPushButton::clicked, this, [this] { setStatus(FollowupStatus::Done); });
    connect(m_dropped, &QPushButton::clicked, this, [this] { setStatus(FollowupStatus::Dropped); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { setStatus(FollowupStatus::Open); });
    connect(m_model, &FollowupModel::editRefused, this, [this](const Failure &f) { ErrorReport::open(this, f); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FollowupRegister::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &FollowupRegister::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &FollowupRegister::updateButtons);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &FollowupRegister::updateButtons);
    // After the model (connected first) has re-read the register.
    connect(&workspace, &Workspace::followupChanged, this, &FollowupRegister::updateButtons);
    updateButtons();
}

void FollowupRegister::setStatus(FollowupStatus status)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex source = m_filter->mapToSource(current);
    const FollowupItem item = m_model->items().at(source.row());
    const Result<void> done = Edit::setFollowupStatus(m_workspace, item.key, status);
    if (!done)
        return ErrorReport::open(this, done.error());
    // Keep the same item current (it may have moved or left the filter).
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex i = m_filter->index(row, FollowupModel::Text);
        if (i.data(FollowupModel::ItemKeyRole).toString() == item.key.text()) {
            m_table->setCurrentIndex(i);
            break;
        }
    }
    updateButtons();
}

void FollowupRegister::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const QString key = current.isValid() ? current.siblingAtColumn(FollowupModel::Status).data(FollowupModel::StatusKeyRole).toString()
                                          : QString();
    m_done->setEnabled(!key.isEmpty() && key != FollowupStatuses::key(FollowupStatus::Done));
    m_dropped->setEnabled(!key.isEmpty() && key != FollowupStatuses::key(FollowupStatus::Dropped));
    m_reopen->setEnabled(!key.isEmpty() && key != FollowupStatuses::key(FollowupStatus::Open));
    int open = 0, pastDue = 0;
    for (const FollowupItem &i : m_model->items()) {
        open += i.status == FollowupStatus::Open;
        pastDue += i.isPastDue(m_workspace.today());
    }
    m_count->setText(tr("%n open", nullptr, open) + (pastDue ? tr(", %n past due", nullptr, pastDue) : QString()));
}

} // namespace Comite
