#pragma once
// The review of a period: each expected result of its roadmap with its
// target, the value six months ago and today, the attainment and a
// coloured status, the team's explanation, and its achievements and
// learnings. Values and texts are undoable edits.

#include "storage/workspace.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Comite {

class ReviewTableModel;
class RoadmapTextField;

class RoadmapReviewPanel : public QWidget
{
    Q_OBJECT
public:
    RoadmapReviewPanel(Workspace &workspace, QWidget *parent = nullptr);

    // Reviews roadmap `id` (0: nothing to review, with `emptyText`).
    void setRoadmapId(qint64 id, const QString &emptyText = {});
    void commitPending();

    ReviewTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *heading() const { return m_heading; }
    RoadmapTextField *notes() const { return m_notes; }

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    void load();
    void commitNotes(const QString &text);

    Workspace &m_workspace;
    qint64 m_roadmapId = 0;
    QString m_emptyText;
    QLabel *m_heading;
    ReviewTableModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    RoadmapTextField *m_notes;
};

} // namespace Comite
