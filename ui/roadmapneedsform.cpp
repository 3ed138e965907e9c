#include "roadmapneedsform.h"

#include "errorreport.h"
#include "commands/roadmapedits.h"
#include "itemmodels/roadmapbudgetmodel.h"
#include "itemmodels/roadmapsupportmodel.h"
#include "itemmodels/roadmapteammodel.h"
#include "roadmapdelegates.h"
#include "roadmaptextfield.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Comite {

namespace {
QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setAccessibleName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

RoadmapNeedsForm::RoadmapNeedsForm(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_teamModel(new RoadmapTeamModel(workspace, 0, this))
    , m_budgetModel(new RoadmapBudgetModel(workspace, 0, this))
    , m_supportModel(new RoadmapSupportModel(workspace, 0, this))
    , m_team(makeTable(m_teamModel, tr("Team"), this))
    , m_budget(makeTable(m_budgetModel, tr("Budget request"), this))
    , m_support(makeTable(m_supportModel, tr("Support needed"), this))
    , m_blockers(new RoadmapTextField(tr("Blockers to lift, one per line"), 3, this))
{
    const int em = fontMetrics().averageCharWidth();
    m_team->horizontalHeader()->setSectionResizeMode(RoadmapTeamModel::Profile, QHeaderView::Stretch);
    m_team->setColumnWidth(RoadmapTeamModel::Time, 10 * em);
    m_team->setItemDelegateForColumn(RoadmapTeamModel::Unit, new RoadmapChoiceDelegate([] {
        return QList<QPair<QString, QVariant>>{{TimeUnits::label(TimeUnit::DaysPerWeek), TimeUnits::key(TimeUnit::DaysPerWeek)},
                                               {TimeUnits::label(TimeUnit::Fte), TimeUnits::key(TimeUnit::Fte)}};
    }, this));
    m_budget->horizontalHeader()->setSectionResizeMode(RoadmapBudgetModel::Line, QHeaderView::Stretch);
    m_budget->horizontalHeader()->setStretchLastSection(false);
    m_budget->setColumnWidth(RoadmapBudgetModel::Amount, 16 * em);
    m_budget->setColumnWidth(RoadmapBudgetModel::Share, 8 * em);
    m_budget->setMinimumHeight((m_budget->fontMetrics().height() + 12) * 10 + 8);
    m_support->setColumnWidth(RoadmapSupportModel::Actor, 18 * em);
    m_support->setColumnWidth(RoadmapSupportModel::Need, 36 * em);
    m_blockers->setPlaceholderText(tr("One blocker per line: what the team asks the committee to lift."));

    auto *addMember = new QPushButton(tr("Add a &profile"), this);
    auto *removeMember = new QPushButton(tr("Remove the selected profi&le"), this);
    auto *addNeed = new QPushButton(tr("Add a s&upport need"), this);
    auto *removeNeed = new QPushButton(tr("Remove the sele&cted need"), this);
    m_buttons = {addMember, removeMember, addNeed, removeNeed};

    auto box = [this](const QString &title, QWidget *content, const QList<QWidget *> &buttons) {
        auto *group = new QGroupBox(title, this);
        auto *layout = new QVBoxLayout(group);
        layout->addWidget(content, 1);
        if (!buttons.isEmpty()) {
            auto *row = new QHBoxLayout;
            for (QWidget *b : buttons)
                row->addWidget(b);
            row->addStretch();
            layout->addLayout(row);
        }
        return group;
    };
    auto *grid = new QGridLayout(this);
    grid->addWidget(box(tr("Team"), m_team, {addMember, removeMember}), 0, 0);
    grid->addWidget(box(tr("Budget request for the period"), m_budget, {}), 0, 1);
    grid->addWidget(box(tr("Support needed, per actor"), m_support, {addNeed, removeNeed}), 1, 0, 1, 2);
    grid->addWidget(box(tr("Blockers the committee is asked to lift"), m_blockers, {}), 2, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(0, 2);
    grid->setRowStretch(1, 1);

    connect(addMember, &QPushButton::clicked, this, [this] {
        if (m_teamModel->addMember(TeamMember{tr("New profile"), 5, TimeUnit::DaysPerWeek})) {
            const QModelIndex added = m_teamModel->index(m_teamModel->rowCount() - 1, RoadmapTeamModel::Profile);
            m_team->setCurrentIndex(added);
            m_team->edit(added);
        }
    });
    connect(removeMember, &QPushButton::clicked, this, [this] { m_teamModel->removeMember(m_team->currentIndex().row()); });
    connect(addNeed, &QPushButton::clicked, this, [this] {
        if (m_supportModel->addNeed(SupportNeed{tr("New actor"), {}, {}})) {
            const QModelIndex added = m_supportModel->index(m_supportModel->rowCount() - 1, RoadmapSupportModel::Actor);
            m_support->setCurrentIndex(added);
            m_support->edit(added);
        }
    });
    connect(removeNeed, &QPushButton::clicked, this, [this] { m_supportModel->removeNeed(m_support->currentIndex().row()); });
    connect(m_blockers, &RoadmapTextField::committed, this, &RoadmapNeedsForm::commitBlockers);
    for (RoadmapTableModel *model : std::initializer_list<RoadmapTableModel *>{m_teamModel, m_budgetModel, m_supportModel})
        connect(model, &RoadmapTableModel::editRefused, this, &RoadmapNeedsForm::editRefused);
    // Only this roadmap, only the parts this form shows (the tables follow by themselves).
    connect(&workspace, &Workspace::roadmapChanged, this, [this](qint64, qint64 roadmapId, RoadmapParts parts) {
        if (m_roadmapId > 0 && roadmapId == m_roadmapId && (parts & RoadmapPart::Blockers))
            load();
    });
}

void RoadmapNeedsForm::setRoadmapId(qint64 id)
{
    commitPending();
    m_roadmapId = id;
    m_teamModel->setRoadmapId(id);
    m_budgetModel->setRoadmapId(id);
    m_supportModel->setRoadmapId(id);
    load();
}

void RoadmapNeedsForm::load()
{
    const auto loaded = attempt([&] { return m_roadmapId > 0 ? m_workspace.roadmaps().load(m_roadmapId) : std::nullopt; });
    if (!loaded)
        return ErrorReport::open(this, loaded.error());
    std::optional<Roadmap> r = loaded.value();
    m_blockers->setStoredLines(r ? r->blockers : QStringList());
    m_blockers->setEnabled(r.has_value());
    for (QWidget *b : std::as_const(m_buttons))
        b->setEnabled(r.has_value());
}

void RoadmapNeedsForm::commitPending()
{
    m_blockers->commit();
}

void RoadmapNeedsForm::commitBlockers(const QString &)
{
    const auto loaded = attempt([&] { return m_workspace.roadmaps().load(m_roadmapId); });
    if (!loaded) {
        Q_EMIT editRefused(loaded.error().message);
        return;
    }
    std::optional<Roadmap> r = loaded.value();
    if (!r)
        return;
    r->blockers = m_blockers->lines();
    if (const Result<void> saved = Edit::saveRoadmap(m_workspace, *r, tr("Edit the blockers"), QStringLiteral("blockers")); !saved)
        Q_EMIT editRefused(saved.error().message);
}

} // namespace Comite
