#include "productphasespage.h"

#include "errorreport.h"
#include "commands/productedits.h"
#include "domain/displayformat.h"
#include "itemmodels/phasehistorymodel.h"
#include "phasebadgedelegate.h"
#include "phasetransitiondialog.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Comite {

namespace {
// The phase column shows a badge and edits with a list of phases.
class PhaseEditorDelegate : public PhaseBadgeDelegate
{
public:
    using PhaseBadgeDelegate::PhaseBadgeDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (Phase p : Phases::all())
            combo->addItem(Phases::label(p), Phases::key(p));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

QTableView *makeTable(QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

ProductPhasesPage::ProductPhasesPage(Workspace &workspace, qint64 productId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_productId(productId)
    , m_phaseModel(new PhaseHistoryModel(workspace, productId, this))
    , m_phases(makeTable(this))
    , m_committees(new QTableWidget(0, 3, this))
{
    m_phases->setModel(m_phaseModel);
    m_phases->setAccessibleName(tr("Phase history"));
    m_phases->setItemDelegateForColumn(PhaseHistoryModel::PhaseColumn,
                                       new PhaseEditorDelegate(PhaseHistoryModel::PhaseKeyRole, this));
    m_phases->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                              | QAbstractItemView::AnyKeyPressed);
    m_phases->horizontalHeader()->moveSection(PhaseHistoryModel::Restart, PhaseHistoryModel::Comment);
    const int em = fontMetrics().averageCharWidth();
    int phaseWidth = 0;
    for (Phase p : Phases::all())
        phaseWidth = std::max(phaseWidth, fontMetrics().horizontalAdvance(Phases::label(p)));
    m_phases->setColumnWidth(PhaseHistoryModel::PhaseColumn, phaseWidth + fontMetrics().height() + 24);
    m_phases->setColumnWidth(PhaseHistoryModel::Start, 14 * em);
    m_phases->setColumnWidth(PhaseHistoryModel::End, 14 * em);
    m_phases->setColumnWidth(PhaseHistoryModel::Restart, 10 * em);
    m_phases->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);

    auto *transition = new QPushButton(tr("&Move to a new phase…"), this);
    auto *removePhase = new QPushButton(tr("Remove the selected &phase"), this);
    auto *phaseButtons = new QHBoxLayout;
    phaseButtons->addWidget(transition);
    phaseButtons->addWidget(removePhase);
    phaseButtons->addStretch();
    auto *phaseBox = new QGroupBox(tr("Phase history"), this);
    auto *phaseLayout = new QVBoxLayout(phaseBox);
    phaseLayout->addWidget(m_phases);
    phaseLayout->addLayout(phaseButtons);

    m_committees->setHorizontalHeaderLabels({tr("Date"), tr("Decision"), tr("Outcome")});
    m_committees->setAccessibleName(tr("Committees"));
    m_committees->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_committees->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_committees->setSelectionMode(QAbstractItemView::SingleSelection);
    m_committees->verticalHeader()->hide();
    m_committees->horizontalHeader()->setStretchLastSection(true);
    m_committees->setColumnWidth(0, 14 * em);
    m_committees->setWordWrap(false);
    int decisionWidth = 0;
    for (DecisionOption o : DecisionOptions::all())
        decisionWidth = std::max(decisionWidth, fontMetrics().horizontalAdvance(DecisionOptions::label(o)));
    m_committees->setColumnWidth(1, decisionWidth + 3 * em);
    auto *record = new QPushButton(tr("&Record a past committee…"), this);
    auto *removeCommittee = new QPushButton(tr("Remove the selected c&ommittee"), this);
    auto *committeeButtons = new QHBoxLayout;
    committeeButtons->addWidget(record);
    committeeButtons->addWidget(removeCommittee);
    committeeButtons->addStretch();
    auto *committeeBox = new QGroupBox(tr("Committees held"), this);
    auto *committeeLayout = new QVBoxLayout(committeeBox);
    committeeLayout->addWidget(m_committees);
    committeeLayout->addLayout(committeeButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(phaseBox, 1);
    layout->addWidget(committeeBox, 1);

    connect(transition, &QPushButton::clicked, this, &ProductPhasesPage::addTransition);
    connect(removePhase, &QPushButton::clicked, this, &ProductPhasesPage::removeSelectedPhase);
    connect(record, &QPushButton::clicked, this, &ProductPhasesPage::recordCommittee);
    connect(removeCommittee, &QPushButton::clicked, this, &ProductPhasesPage::removeSelectedCommittee);
    connect(m_phaseModel, &PhaseHistoryModel::editRefused, this, &ProductPhasesPage::editRefused);
    connect(&workspace, &Workspace::productChanged, this, [this](qint64 id, ProductChanges changes) {
        if (id == m_productId && (changes & ProductChange::Committees))
            loadCommittees();
    });
    loadCommittees();
}

void ProductPhasesPage::loadCommittees()
{
    const auto reviews = attempt([&] { return m_workspace.committees().forProduct(m_productId); });
    if (!reviews)
        return ErrorReport::open(this, reviews.error());
    m_reviews = reviews.value();
    m_committees->setRowCount(int(m_reviews.size()));
    // Most recent first: that is the one people look for.
    for (int i = 0; i < m_reviews.size(); ++i) {
        const CommitteeReview &r = m_reviews[m_reviews.size() - 1 - i];
        m_committees->setItem(i, 0, new QTableWidgetItem(DisplayFormat::date(r.date)));
        m_committees->setItem(i, 1, new QTableWidgetItem(DecisionOptions::label(r.decision)));
        m_committees->setItem(i, 2, new QTableWidgetItem(r.comment));
        m_committees->item(i, 2)->setToolTip(r.comment);
    }
}

void ProductPhasesPage::addTransition()
{
    PhaseTransitionDialog dialog(m_phaseModel->phases(), m_workspace.today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Result<void> r = Edit::addPhaseTransition(m_workspace, m_productId, dialog.record()); !r)
        Q_EMIT editRefused(r.error().message);
}

void ProductPhasesPage::removeSelectedPhase()
{
    const QModelIndex index = m_phases->currentIndex();
    if (index.isValid())
        m_phaseModel->removePhase(index.row());
}

void ProductPhasesPage::recordCommittee()
{
    CommitteeDialog dialog(m_workspace.today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CommitteeReview review = dialog.review();
    review.productId = m_productId;
    if (const Result<void> r = Edit::recordCommittee(m_workspace, review); !r)
        Q_EMIT editRefused(r.error().message);
}

void ProductPhasesPage::removeSelectedCommittee()
{
    const int row = m_committees->currentRow();
    if (row < 0 || row >= m_reviews.size())
        return;
    if (const Result<void> r = Edit::removeCommittee(m_workspace, m_reviews[m_reviews.size() - 1 - row]); !r)
        Q_EMIT editRefused(r.error().message);
}

} // namespace Comite
