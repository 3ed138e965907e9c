#pragma once
// The objectives of a roadmap: vision, deployment potential, at most three
// priorities with their expected results (tree), hypotheses and success
// criteria. Every change is saved as an undoable edit.

#include "storage/workspace.h"

#include <QWidget>

class QPushButton;
class QTreeView;

namespace Comite {

class PriorityTreeModel;
class RoadmapTextField;

class RoadmapObjectivesForm : public QWidget
{
    Q_OBJECT
public:
    RoadmapObjectivesForm(Workspace &workspace, QWidget *parent = nullptr);

    void setRoadmapId(qint64 id);
    void commitPending();

    PriorityTreeModel *priorityModel() const { return m_model; }
    QTreeView *priorityTree() const { return m_tree; }
    RoadmapTextField *vision() const { return m_vision; }
    RoadmapTextField *hypotheses() const { return m_hypotheses; }
    QPushButton *addPriorityButton() const { return m_addPriority; }
    QPushButton *addResultButton() const { return m_addResult; }

public Q_SLOTS:
    void addPriority();
    void addResult();
    void removeSelected();

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    void load();
    void updateButtons();
    void commitText(const QString &key, const QString &text);
    QList<RoadmapTextField *> fields() const;

    Workspace &m_workspace;
    qint64 m_roadmapId = 0;
    RoadmapTextField *m_vision;
    RoadmapTextField *m_population;
    RoadmapTextField *m_estimate;
    PriorityTreeModel *m_model;
    QTreeView *m_tree;
    QPushButton *m_addPriority;
    QPushButton *m_addResult;
    QPushButton *m_remove;
    RoadmapTextField *m_hypotheses;
    RoadmapTextField *m_quantitative;
    RoadmapTextField *m_qualitative;
};

} // namespace Comite
