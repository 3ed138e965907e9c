#include "sessioneditor.h"

#include "agendapage.h"
#include "decisionspage.h"
#include "scoringpage.h"
#include "sessionplanningpage.h"

namespace Comite {

SessionEditor::SessionEditor(Workspace &workspace, qint64 sessionId, QWidget *parent)
    : QTabWidget(parent)
    , m_sessionId(sessionId)
    , m_planning(new SessionPlanningPage(workspace, sessionId, this))
    , m_agenda(new AgendaPage(workspace, sessionId, this))
    , m_scoring(new ScoringPage(workspace, sessionId, this))
    , m_decisions(new DecisionsPage(workspace, sessionId, this))
{
    setDocumentMode(true);
    addTab(m_planning, tr("&Planning"));
    addTab(m_agenda, tr("A&genda"));
    addTab(m_scoring, tr("Sc&ores"));
    addTab(m_decisions, tr("&Decisions"));
    connect(m_planning, &SessionPlanningPage::editRefused, this, &SessionEditor::editRefused);
    connect(m_agenda, &AgendaPage::editRefused, this, &SessionEditor::editRefused);
    connect(m_scoring, &ScoringPage::editRefused, this, &SessionEditor::editRefused);
    connect(m_decisions, &DecisionsPage::editRefused, this, &SessionEditor::editRefused);
}

void SessionEditor::commitPending()
{
    m_agenda->commitNotes();
}

} // namespace Comite
