#include "roadmapreviewpanel.h"

#include "errorreport.h"
#include "commands/roadmapedits.h"
#include "domain/displayformat.h"
#include "itemmodels/reviewtablemodel.h"
#include "roadmaptextfield.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Comite {

RoadmapReviewPanel::RoadmapReviewPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_heading(new QLabel(this))
    , m_model(new ReviewTableModel(workspace, 0, this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_notes(new RoadmapTextField(tr("Achievements and learnings"), 4, this))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Review of the expected results"));
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const int em = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(ReviewTableModel::PriorityColumn, 18 * em);
    m_table->setColumnWidth(ReviewTableModel::Result, 28 * em);
    for (int c : {ReviewTableModel::Target, ReviewTableModel::SixMonthsAgo, ReviewTableModel::Today, ReviewTableModel::Attainment})
        m_table->setColumnWidth(c, 12 * em);
    m_table->setColumnWidth(ReviewTableModel::Status, 16 * em);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_notes->setPlaceholderText(tr("What the team achieved and learned; why objectives were or were not reached."));

    auto *notesLabel = new QLabel(tr("&Achievements and learnings:"), this);
    notesLabel->setBuddy(m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 2);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);

    connect(m_model, &ReviewTableModel::editRefused, this, &RoadmapReviewPanel::editRefused);
    connect(m_notes, &RoadmapTextField::committed, this, &RoadmapReviewPanel::commitNotes);
    connect(&workspace, &Workspace::productChanged, this, [this](qint64, ProductChanges changes) {
        if (m_roadmapId > 0 && (changes & (ProductChange::Roadmaps | ProductChange::Indicators)))
            load();
    });
}

void RoadmapReviewPanel::setRoadmapId(qint64 id, const QString &emptyText)
{
    commitPending();
    m_roadmapId = id;
    m_emptyText = emptyText;
    m_model->setRoadmapId(id);
    load();
}

void RoadmapReviewPanel::load()
{
    const auto loaded = attempt([&] { return m_roadmapId > 0 ? m_workspace.roadmaps().load(m_roadmapId) : std::nullopt; });
    if (!loaded)
        return ErrorReport::open(this, loaded.error());
    std::optional<Roadmap> r = loaded.value();
    m_table->setVisible(r.has_value());
    m_notes->setEnabled(r.has_value());
    m_notes->setStoredText(r ? r->reviewNotes : QString());
    if (!r) {
        m_heading->setText(m_emptyText);
        m_summary->clear();
        return;
    }
    m_heading->setText(tr("Review of the period from %1 to %2 (« il y a 6 mois / aujourd'hui »)")
                           .arg(DisplayFormat::date(r->start), DisplayFormat::date(r->end)));
    QMap<AttainmentStatus, int> counts;
    for (const ReviewRow &row : m_model->rows())
        ++counts[row.status];
    m_summary->setText(m_model->rows().isEmpty()
                           ? tr("This roadmap has no expected result to review.")
                           : tr("%1 achieved, %2 partly reached, %3 missed, %4 not measured. Values in italics are read from "
                                "the indicators; type a value to replace one.")
                                 .arg(counts.value(AttainmentStatus::Achieved))
                                 .arg(counts.value(AttainmentStatus::Partial))
                                 .arg(counts.value(AttainmentStatus::Missed))
                                 .arg(counts.value(AttainmentStatus::NotMeasured)));
}

void RoadmapReviewPanel::commitPending()
{
    m_notes->commit();
}

void RoadmapReviewPanel::commitNotes(const QString &text)
{
    const auto loaded = attempt([&] { return m_workspace.roadmaps().load(m_roadmapId); });
    if (!loaded) {
        Q_EMIT editRefused(loaded.error().message);
        return;
    }
    std::optional<Roadmap> r = loaded.value();
    if (!r)
        return;
    r->reviewNotes = text.trimmed();
    const Result<void> saved =
        Edit::saveRoadmap(m_workspace, *r, tr("Edit the achievements and learnings"), QStringLiteral("review-notes"));

    if (!saved)
        Q_EMIT editRefused(saved.error().message);
}

} // namespace Comite
