#pragma once
// What a roadmap asks for: the team (profiles and time), the budget
// request by line, the support needed per actor and the blockers the
// committee is asked to lift. Every change is an undoable edit.

#include "storage/workspace.h"

#include <QWidget>

class QTableView;

namespace Comite {

class RoadmapBudgetModel;
class RoadmapSupportModel;
class RoadmapTeamModel;
class RoadmapTextField;

class RoadmapNeedsForm : public QWidget
{
    Q_OBJECT
public:
    RoadmapNeedsForm(Workspace &workspace, QWidget *parent = nullptr);

    void setRoadmapId(qint64 id);
    void commitPending();

    RoadmapTeamModel *teamModel() const { return m_teamModel; }
    RoadmapBudgetModel *budgetModel() const { return m_budgetModel; }
    RoadmapSupportModel *supportModel() const { return m_supportModel; }
    QTableView *teamTable() const { return m_team; }
    QTableView *budgetTable() const { return m_budget; }
    QTableView *supportTable() const { return m_support; }
    RoadmapTextField *blockers() const { return m_blockers; }

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    void load();
    void commitBlockers(const QString &text);

    Workspace &m_workspace;
    qint64 m_roadmapId = 0;
    RoadmapTeamModel *m_teamModel;
    RoadmapBudgetModel *m_budgetModel;
    RoadmapSupportModel *m_supportModel;
    QTableView *m_team;
    QTableView *m_budget;
    QTableView *m_support;
    RoadmapTextField *m_blockers;
    QList<QWidget *> m_buttons;
};

} // namespace Comite
