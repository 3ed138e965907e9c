#include "roadmapobjectivesform.h"

#include "errorreport.h"
#include "commands/roadmapedits.h"
#include "itemmodels/prioritytreemodel.h"
#include "roadmapdelegates.h"
#include "roadmaptextfield.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Comite {

RoadmapObjectivesForm::RoadmapObjectivesForm(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_vision(new RoadmapTextField(tr("Vision"), 3, this))
    , m_population(new RoadmapTextField(tr("Target population"), 2, this))
    , m_estimate(new RoadmapTextField(tr("How the potential was estimated"), 2, this))
    , m_model(new PriorityTreeModel(workspace, 0, this))
    , m_tree(new QTreeView(this))
    , m_addPriority(new QPushButton(tr("Add a priority"), this))
    , m_addResult(new QPushButton(tr("Add an e&xpected result"), this))
    , m_remove(new QPushButton(tr("Remove the sele&ction"), this))
    , m_hypotheses(new RoadmapTextField(tr("Hypotheses to validate, one per line"), 3, this))
    , m_quantitative(new RoadmapTextField(tr("Quantitative success criteria, one per line"), 3, this))
    , m_qualitative(new RoadmapTextField(tr("Qualitative success criteria, one per line"), 3, this))
{
    m_vision->setPlaceholderText(tr("If all goes as planned, where will the product be in five years?"));
    m_population->setPlaceholderText(tr("Who the product can reach, and how many (e.g. 2.8 million owner-occupiers)."));
    m_estimate->setPlaceholderText(tr("How this figure was estimated, from which sources."));
    m_hypotheses->setPlaceholderText(tr("One hypothesis per line"));
    m_quantitative->setPlaceholderText(tr("One criterion per line"));
    m_qualitative->setPlaceholderText(tr("One criterion per line"));

    auto *potential = new QFormLayout;
    potential->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    potential->setRowWrapPolicy(QFormLayout::WrapLongRows);
    potential->addRow(tr("Vision (five ye&ars):"), m_vision);
    potential->addRow(tr("Target &population:"), m_population);
    potential->addRow(tr("How it was estimated:"), m_estimate);
    auto *potentialBox = new QGroupBox(tr("Vision and deployment potential"), this);
    potentialBox->setLayout(potential);

    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Priorities and expected results"));
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_tree->header()->setSectionResizeMode(PriorityTreeModel::Text, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    const int em = fontMetrics().averageCharWidth();
    m_tree->setColumnWidth(PriorityTreeModel::IndicatorColumn, 24 * em);
    m_tree->setColumnWidth(PriorityTreeModel::Target, 12 * em);
    m_tree->setColumnWidth(PriorityTreeModel::TargetDate, 14 * em);
    m_tree->setMinimumHeight(fontMetrics().lineSpacing() * 9);
    m_tree->setItemDelegateForColumn(PriorityTreeModel::IndicatorColumn, new RoadmapChoiceDelegate([this] {
        QList<QPair<QString, QVariant>> choices{{tr("None (not tied to an indicator)"), qint64(0)}};
        for (const Indicator &i : m_model->indicators())
            choices << qMakePair(i.name, QVariant(i.id));
        return choices;
    }, this));
    m_tree->setItemDelegateForColumn(PriorityTreeModel::TargetDate, new RoadmapDateDelegate(tr("End of the period"), this));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addPriority);
    buttons->addWidget(m_addResult);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *hint = new QLabel(tr("At most three priorities, each with results the team will be accountable for in six months; "
                               "quantify them with a target (on an indicator, it becomes the indicator's target)."),
                            this);
    hint->setWordWrap(true);
    auto *priorities = new QGroupBox(tr("Priorities for the next six months"), this);
    auto *prioritiesLayout = new QVBoxLayout(priorities);
    prioritiesLayout->addWidget(hint);
    prioritiesLayout->addWidget(m_tree, 1);
    prioritiesLayout->addLayout(buttons);

    auto *criteria = new QFormLayout;
    criteria->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    criteria->setRowWrapPolicy(QFormLayout::WrapLongRows);
    criteria->addRow(tr("Hypotheses to va&lidate:"), m_hypotheses);
    criteria->addRow(tr("&Quantitative success criteria:"), m_quantitative);
    criteria->addRow(tr("Q&ualitative success criteria:"), m_qualitative);
    auto *criteriaBox = new QGroupBox(tr("Hypotheses and success criteria"), this);
    criteriaBox->setLayout(criteria);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(potentialBox);
    layout->addWidget(priorities, 1);
    layout->addWidget(criteriaBox);

    const QList<std::pair<RoadmapTextField *, QString>> keyed{{m_vision, QStringLiteral("vision")},
                                                              {m_population, QStringLiteral("population")},
                                                              {m_estimate, QStringLiteral("estimate")},
                                                              {m_hypotheses, QStringLiteral("hypotheses")},
                                                              {m_quantitative, QStringLiteral("quantitative")},
                                                              {m_qualitative, QStringLiteral("qualitative")}};
    for (const auto &[field, key] : keyed)
        connect(field, &RoadmapTextField::committed, this, [this, key = key](const QString &text) { commitText(key, text); });
    connect(m_addPriority, &QPushButton::clicked, this, &RoadmapObjectivesForm::addPriority);
    connect(m_addResult, &QPushButton::clicked, this, &RoadmapObjectivesForm::addResult);
    connect(m_remove, &QPushButton::clicked, this, &RoadmapObjectivesForm::removeSelected);
    connect(m_model, &PriorityTreeModel::editRefused, this, &RoadmapObjectivesForm::editRefused);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        m_tree->expand(parent);
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RoadmapObjectivesForm::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        updateButtons();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &RoadmapObjectivesForm::updateButtons);
    // Only this roadmap, only the parts this form shows (the tables follow by themselves).
    connect(&workspace, &Workspace::roadmapChanged, this, [this](qint64, qint64 roadmapId, RoadmapParts parts) {
        if (m_roadmapId > 0 && roadmapId == m_roadmapId && (parts & (RoadmapPart::Vision | RoadmapPart::Criteria)))
            load();
    });
    updateButtons();
}

QList<RoadmapTextField *> RoadmapObjectivesForm::fields() const
{
    return {m_vision, m_population, m_estimate, m_hypotheses, m_quantitative, m_qualitative};
}

void RoadmapObjectivesForm::setRoadmapId(qint64 id)
{
    commitPending();
    m_roadmapId = id;
    m_model->setRoadmapId(id);
    m_tree->expandAll();
    load();
}

void RoadmapObjectivesForm::load()
{
    const auto loaded = attempt([&] { return m_roadmapId > 0 ? m_workspace.roadmaps().load(m_roadmapId) : std::nullopt; });
    if (!loaded)
        return ErrorReport::open(this, loaded.error());
    std::optional<Roadmap> r = loaded.value();
    const Roadmap shown = r.value_or(Roadmap());
    m_vision->setStoredText(shown.vision);
    m_population->setStoredText(shown.targetPopulation);
    m_estimate->setStoredText(shown.potentialEstimate);
    m_hypotheses->setStoredLines(shown.hypotheses);
    m_quantitative->setStoredLines(shown.quantitativeCriteria);
    m_qualitative->setStoredLines(shown.qualitativeCriteria);
    for (RoadmapTextField *f : fields())
        f->setEnabled(r.has_value());
    updateButtons();
}

void RoadmapObjectivesForm::commitPending()
{
    for (RoadmapTextField *f : fields())
        f->commit();
}

void RoadmapObjectivesForm::commitText(const QString &key, const QString &text)
{
    const auto loaded = attempt([&] { return m_workspace.roadmaps().load(m_roadmapId); });
    if (!loaded) {
        Q_EMIT editRefused(loaded.error().message);
        return;
    }
    std::optional<Roadmap> r = loaded.value();
    if (!r)
        return;
    auto lines = [](const QString &t) {
        QStringList result;
        for (const QString &line : t.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                result << line.trimmed();
        }
        return result;
    };
    QString what;
    if (key == u"vision") {
        r->vision = text.trimmed();
        what = tr("Edit the vision");
    } else if (key == u"population") {
        r->targetPopulation = text.trimmed();
        what = tr("Edit the target population");
    } else if (key == u"estimate") {
        r->potentialEstimate = text.trimmed();
        what = tr("Edit how the potential was estimated");
    } else if (key == u"hypotheses") {
        r->hypotheses = lines(text);
        what = tr("Edit the hypotheses");
    } else if (key == u"quantitative") {
        r->quantitativeCriteria = lines(text);
        what = tr("Edit the quantitative success criteria");
    } else {
        r->qualitativeCriteria = lines(text);
        what = tr("Edit the qualitative success criteria");
    }
    if (const Result<void> saved = Edit::saveRoadmap(m_workspace, *r, what, key); !saved)
        Q_EMIT editRefused(saved.error().message);
}

void RoadmapObjectivesForm::updateButtons()
{
    const bool shown = m_model->roadmapId() > 0;
    const int priorities = m_model->rowCount();
    m_addPriority->setEnabled(shown && priorities < RoadmapRules::maxPriorities);
    m_addPriority->setToolTip(priorities >= RoadmapRules::maxPriorities ? tr("A roadmap holds at most three priorities.") : QString());
    m_addResult->setEnabled(shown && priorities > 0);
    m_remove->setEnabled(shown && m_tree->currentIndex().isValid());
}

void RoadmapObjectivesForm::addPriority()
{
    if (m_model->addPriority(tr("New priority"))) {
        const QModelIndex added = m_model->index(m_model->rowCount() - 1, 0);
        m_tree->setCurrentIndex(added);
        m_tree->edit(added);
    }
}

void RoadmapObjectivesForm::addResult()
{
    QModelIndex current = m_tree->currentIndex();
    if (current.parent().isValid())
        current = current.parent();
    const int priority = current.isValid() ? current.row() : m_model->rowCount() - 1;
    if (m_model->addResult(priority, tr("New expected result"))) {
        const QModelIndex parent = m_model->index(priority, 0);
        const QModelIndex added = m_model->index(m_model->rowCount(parent) - 1, 0, parent);
        m_tree->expand(parent);
        m_tree->setCurrentIndex(added);
        m_tree->edit(added);
    }
}

void RoadmapObjectivesForm::removeSelected()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        m_model->removeAt(current.siblingAtColumn(0));
}

} // namespace Comite
