#pragma once
// Everything about one session, page by page: planning (header, products,
// participants), agenda, scores and decisions.

#include "storage/workspace.h"

#include <QTabWidget>

namespace Comite {

class AgendaPage;
class DecisionsPage;
class ScoringPage;
class SessionPlanningPage;

class SessionEditor : public QTabWidget
{
    Q_OBJECT
public:
    SessionEditor(Workspace &workspace, qint64 sessionId, QWidget *parent = nullptr);

    qint64 sessionId() const { return m_sessionId; }
    SessionPlanningPage *planning() const { return m_planning; }
    AgendaPage *agenda() const { return m_agenda; }
    ScoringPage *scoring() const { return m_scoring; }
    DecisionsPage *decisions() const { return m_decisions; }
    // Writes what is being typed (notes) before the editor goes away.
    void commitPending();

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    qint64 m_sessionId;
    SessionPlanningPage *m_planning;
    AgendaPage *m_agenda;
    ScoringPage *m_scoring;
    DecisionsPage *m_decisions;
};

} // namespace Comite
