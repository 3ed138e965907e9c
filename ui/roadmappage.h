#pragma once
// The "Roadmap" tab of a product: its six-month roadmaps (the current one
// shown first, others to pick), each with its period and approving
// committee, objectives, needs, standards self-assessment, and the review
// of the period before it.

#include "storage/workspace.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace Comite {

class RoadmapNeedsForm;
class RoadmapObjectivesForm;
class RoadmapReviewPanel;
class RoadmapStandardsModel;

class RoadmapPage : public QWidget
{
    Q_OBJECT
public:
    RoadmapPage(Workspace &workspace, qint64 productId, QWidget *parent = nullptr);

    qint64 roadmapId() const { return m_shown; }
    void showRoadmap(qint64 id);
    void commitPending();

    QComboBox *selector() const { return m_selector; }
    QTabWidget *sections() const { return m_sections; }
    RoadmapObjectivesForm *objectives() const { return m_objectives; }
    RoadmapNeedsForm *needs() const { return m_needs; }
    RoadmapReviewPanel *review() const { return m_review; }
    QTableView *standardsTable() const { return m_standards; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }
    QComboBox *sessionCombo() const { return m_session; }

public Q_SLOTS:
    void addNextRoadmap();
    void removeRoadmap();

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    void reloadList();
    void loadPeriod();
    void commitPeriod();
    QString describe(int index) const;
    QWidget *scrolled(QWidget *content);

    Workspace &m_workspace;
    qint64 m_productId;
    QList<Roadmap> m_roadmaps;
    QList<CommitteeSessionRef> m_sessions;
    qint64 m_shown = 0;
    bool m_loading = false;
    QComboBox *m_selector;
    QPushButton *m_add;
    QPushButton *m_remove;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QComboBox *m_session;
    QLabel *m_state;
    QTabWidget *m_sections;
    RoadmapObjectivesForm *m_objectives;
    RoadmapNeedsForm *m_needs;
    RoadmapStandardsModel *m_standardsModel;
    QTableView *m_standards;
    RoadmapReviewPanel *m_review;
};

} // namespace Comite
