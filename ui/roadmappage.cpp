#include "roadmappage.h"

#include "errorreport.h"
#include "commands/roadmapedits.h"
#include "domain/displayformat.h"
#include "itemmodels/reviewtablemodel.h"
#include "itemmodels/roadmapstandardsmodel.h"
#include "roadmapdelegates.h"
#include "roadmapneedsform.h"
#include "roadmapobjectivesform.h"
#include "roadmapreviewpanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Comite {

RoadmapPage::RoadmapPage(Workspace &workspace, qint64 productId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_productId(productId)
    , m_selector(new QComboBox(this))
    , m_add(new QPushButton(tr("&New roadmap for the next period"), this))
    , m_remove(new QPushButton(tr("Delete this roadmap"), this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_start(new QDateEdit(this))
    , m_end(new QDateEdit(this))
    , m_session(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_sections(new QTabWidget(this))
    , m_objectives(new RoadmapObjectivesForm(workspace, this))
    , m_needs(new RoadmapNeedsForm(workspace, this))
    , m_standardsModel(new RoadmapStandardsModel(workspace, 0, this))
    , m_standards(new QTableView(this))
    , m_review(new RoadmapReviewPanel(workspace, this))
{
    m_selector->setAccessibleName(tr("Roadmap shown"));
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_start->setAccessibleName(tr("Start of the period"));
    m_end->setAccessibleName(tr("End of the period"));
    for (QDateEdit *e : {m_start, m_end}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_session->setAccessibleName(tr("Committee that approved the roadmap"));
    m_session->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_standards->setModel(m_standardsModel);
    m_standards->setAccessibleName(tr("beta.gouv.fr standards self-assessment"));
    m_standards->verticalHeader()->hide();
    m_standards->setWordWrap(true);
    m_standards->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_standards->horizontalHeader()->setSectionResizeMode(RoadmapStandardsModel::Standard, QHeaderView::Stretch);
    m_standards->horizontalHeader()->setStretchLastSection(false);
    m_standards->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    const int em = fontMetrics().averageCharWidth();
    auto *ratings = new RoadmapChoiceDelegate([] {
        QList<QPair<QString, QVariant>> choices;
        for (StandardRating r : StandardRatings::all())
            choices << qMakePair(StandardRatings::label(r), QVariant(StandardRatings::key(r)));
        return choices;
    }, this);
    for (int c : {RoadmapStandardsModel::SixMonthsAgo, RoadmapStandardsModel::Today, RoadmapStandardsModel::InSixMonths}) {
        m_standards->setItemDelegateForColumn(c, ratings);
        m_standards->setColumnWidth(c, 16 * em);
    }
    auto *standardsHint = new QLabel(tr("Rate each standard six months ago, today and as aimed for in six months. Hover over a "
                                        "standard to see what it asks for."),
                                     this);
    standardsHint->setWordWrap(true);
    auto *standardsPage = new QWidget(this);
    auto *standardsLayout = new QVBoxLayout(standardsPage);
    standardsLayout->addWidget(standardsHint);
    standardsLayout->addWidget(m_standards, 1);

    m_sections->addTab(scrolled(m_objectives), tr("&Objectives"));
    m_sections->addTab(scrolled(m_needs), tr("Nee&ds"));
    m_sections->addTab(standardsPage, tr("&Standards"));
    m_sections->addTab(m_review, tr("Revie&w of the previous period"));

    auto *top = new QHBoxLayout;
    auto *selectorLabel = new QLabel(tr("&Roadmap:"), this);
    selectorLabel->setBuddy(m_selector);
    top->addWidget(selectorLabel);
    top->addWidget(m_selector);
    top->addStretch();
    top->addWidget(m_add);
    top->addWidget(m_remove);

    auto *period = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("Fro&m"), this);
    fromLabel->setBuddy(m_start);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_end);
    auto *sessionLabel = new QLabel(tr("Approved &by:"), this);
    sessionLabel->setBuddy(m_session);
    period->addWidget(fromLabel);
    period->addWidget(m_start);
    period->addWidget(toLabel);
    period->addWidget(m_end);
    period->addSpacing(2 * em);
    period->addWidget(sessionLabel);
    period->addWidget(m_session);
    period->addSpacing(2 * em);
    period->addWidget(m_state, 1);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(period);
    contentLayout->addWidget(m_sections, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_selector, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_loading && i >= 0)
            showRoadmap(m_selector->itemData(i).toLongLong());
    });
    connect(m_add, &QPushButton::clicked, this, &RoadmapPage::addNextRoadmap);
    connect(m_remove, &QPushButton::clicked, this, &RoadmapPage::removeRoadmap);
    connect(m_start, &QDateEdit::editingFinished, this, &RoadmapPage::commitPeriod);
    connect(m_end, &QDateEdit::editingFinished, this, &RoadmapPage::commitPeriod);
    connect(m_session, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            commitPeriod();
    });
    connect(m_objectives, &RoadmapObjectivesForm::editRefused, this, &RoadmapPage::editRefused);
    connect(m_needs, &RoadmapNeedsForm::editRefused, this, &RoadmapPage::editRefused);
    connect(m_review, &RoadmapReviewPanel::editRefused, this, &RoadmapPage::editRefused);
    connect(m_standardsModel, &RoadmapStandardsModel::editRefused, this, &RoadmapPage::editRefused);
    connect(&workspace, &Workspace::productChanged, this, [this](qint64 id, ProductChanges changes) {
        if (id == m_productId && (changes & (ProductChange::Roadmaps | ProductChange::Committees)))
            reloadList();
    });
    connect(&workspace, &Workspace::portfolioReset, this, &RoadmapPage::reloadList);
    reloadList();
}

QWidget *RoadmapPage::scrolled(QWidget *content)
{
    auto *area = new QScrollArea(this);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QString RoadmapPage::describe(int i) const
{
    const Roadmap &r = m_roadmaps[i];
    QString text = tr("%1 – %2").arg(DisplayFormat::date(r.start), DisplayFormat::date(r.end));
    const QDate today = m_workspace.today();
    if (i == RoadmapTimeline::current(m_roadmaps, today))
        text += tr(" · current");
    else if (i == RoadmapTimeline::proposed(m_roadmaps, today))
        text += tr(" · next period");
    if (!r.isApproved())
        text += tr(" · draft");
    return text;
}

void RoadmapPage::reloadList()
{
    const Result<void> read = attempt([&] {
        m_roadmaps = m_workspace.roadmaps().forProduct(m_productId);
        m_sessions = m_workspace.roadmaps().sessionsOfProduct(m_productId);
    });
    if (!read)
        return ErrorReport::open(this, read.error());
    m_loading = true;
    m_selector->clear();
    for (int i = int(m_roadmaps.size()) - 1; i >= 0; --i)
        m_selector->addItem(describe(i), m_roadmaps[i].id);
    m_loading = false;
    qint64 wanted = m_shown;
    if (std::none_of(m_roadmaps.cbegin(), m_roadmaps.cend(), [&](const Roadmap &r) { return r.id == wanted; })) {
        const int current = RoadmapTimeline::current(m_roadmaps, m_workspace.today());
        const int shown = current >= 0 ? current : int(m_roadmaps.size()) - 1;
        wanted = shown >= 0 ? m_roadmaps[shown].id : 0;
    }
    showRoadmap(wanted);
}

void RoadmapPage::showRoadmap(qint64 id)
{
    const auto at = std::find_if(m_roadmaps.cbegin(), m_roadmaps.cend(), [id](const Roadmap &r) { return r.id == id; });
    if (at == m_roadmaps.cend())
        id = 0;
    m_loading = true;
    m_selector->setCurrentIndex(m_selector->findData(id));
    m_loading = false;
    m_remove->setEnabled(id > 0);
    m_stack->setCurrentIndex(id > 0 ? 1 : 0);
    m_empty->setText(tr("This product has no roadmap yet. A roadmap sets, for about six months, at most three priorities "
                        "with the results the team will be accountable for, and what it needs."));
    m_add->setText(m_roadmaps.isEmpty() ? tr("&New roadmap") : tr("&New roadmap for the next period"));
    if (id != m_shown) {
        m_shown = id;
        m_objectives->setRoadmapId(id);
        m_needs->setRoadmapId(id);
        m_standardsModel->setRoadmapId(id);
    }
    const int index = int(at - m_roadmaps.cbegin());
    const qint64 previous = id > 0 && index > 0 ? m_roadmaps[index - 1].id : 0;
    if (previous != m_review->model()->roadmapId() || previous == 0)
        m_review->setRoadmapId(previous, tr("There is no previous roadmap to review: this is the product's first."));
    loadPeriod();
}

void RoadmapPage::loadPeriod()
{
    const auto at = std::find_if(m_roadmaps.cbegin(), m_roadmaps.cend(), [this](const Roadmap &r) { return r.id == m_shown; });
    if (at == m_roadmaps.cend())
        return;
    m_loading = true;
    m_start->setDate(at->start);
    m_end->setDate(at->end);
    m_session->clear();
    m_session->addItem(tr("Not approved yet (draft)"), qint64(0));
    for (const CommitteeSessionRef &s : std::as_const(m_sessions))
        m_session->addItem(s.held ? tr("Committee of %1").arg(DisplayFormat::date(s.date))
                                  : tr("Committee planned on %1").arg(DisplayFormat::date(s.date)),
                           s.id);
    m_session->setCurrentIndex(std::max(0, m_session->findData(at->sessionId)));
    m_loading = false;
    const int index = int(at - m_roadmaps.cbegin());
    const QDate today = m_workspace.today();
    m_state->setText(index == RoadmapTimeline::current(m_roadmaps, today)    ? tr("The roadmap being carried out.")
                     : index == RoadmapTimeline::proposed(m_roadmaps, today) ? tr("For the next period: presented at the next committee.")
                                                                             : tr("A past period."));
    m_state->setWordWrap(true);
}

void RoadmapPage::commitPeriod()
{
    if (m_loading || m_shown <= 0)
        return;
    const auto loaded = attempt([&] { return m_workspace.roadmaps().load(m_shown); });
    if (!loaded) {
        Q_EMIT editRefused(loaded.error().message);
        return;
    }
    std::optional<Roadmap> r = loaded.value();
    if (!r)
        return;
    r->start = m_start->date();
    r->end = m_end->date();
    r->sessionId = m_session->currentData().toLongLong();
    if (const Result<void> saved = Edit::saveRoadmap(m_workspace, *r, tr("Edit the roadmap's period")); !saved) {
        loadPeriod();
        Q_EMIT editRefused(saved.error().message);
    }
}

void RoadmapPage::commitPending()
{
    m_objectives->commitPending();
    m_needs->commitPending();
    m_review->commitPending();
}

void RoadmapPage::addNextRoadmap()
{
    commitPending();
    const Result<qint64> added = Edit::addNextRoadmap(m_workspace, m_productId, m_workspace.today());
    if (!added) {
        Q_EMIT editRefused(added.error().message);
        return;
    }
    showRoadmap(added.value());
    m_sections->setCurrentIndex(0);
}

void RoadmapPage::removeRoadmap()
{
    if (m_shown <= 0)
        return;
    commitPending();
    if (const Result<void> r = Edit::removeRoadmap(m_workspace, m_shown); !r)
        Q_EMIT editRefused(r.error().message);
}

} // namespace Comite
