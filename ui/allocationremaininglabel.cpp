#include "allocationremaininglabel.h"

#include "domain/committeeschedule.h"
#include "domain/displayformat.h"
#include "errorreport.h"
#include "storage/allocationrepository.h"

namespace Comite {

AllocationRemainingLabel::AllocationRemainingLabel(Workspace &workspace, QWidget *parent)
    : QLabel(parent), m_workspace(workspace)
{
    setAccessibleName(tr("Funding pools left"));
    hide();
    connect(&workspace, &Workspace::sessionChanged, this, &AllocationRemainingLabel::refresh);
    connect(&workspace, &Workspace::allocationChanged, this, &AllocationRemainingLabel::refresh);
    connect(&workspace, &Workspace::portfolioReset, this, &AllocationRemainingLabel::refresh);
}

void AllocationRemainingLabel::setSession(qint64 sessionId)
{
    m_sessionId = sessionId;
    refresh();
}

void AllocationRemainingLabel::refresh()
{
    const Result<QStringList> lines = attempt([&] {
        QStringList result;
        if (!m_sessionId)
            return result;
        const std::optional<Session> session = m_workspace.sessions().load(m_sessionId);
        if (!session || !session->date().isValid())
            return result;
        const QDate from = session->date();
        AllocationRepository repository(m_workspace.database());
        const QList<FundingPool> pools = repository.poolsOver(from, CommitteeSchedule::decisionPeriodEnd(from));
        if (pools.isEmpty())
            return result;
        const QList<AllocationProblem> problems = repository.problems(pools, m_workspace.products());
        for (qsizetype i = 0; i < pools.size(); ++i) {
            const FundingPool &p = pools[i];
            const AllocationProblem &problem = problems[i];
            const qint64 decided = repository.decidedTotal(p, problem);
            result << tr("Funding pool “%1”: %2 left of %3 after the decisions recorded")
                          .arg(p.name, DisplayFormat::euros(p.amount - decided), DisplayFormat::euros(p.amount));
        }
        return result;
    });
    if (!lines) {
        ErrorReport::note(this, lines.error());
        return;
    }
    setText(lines.value().join(QStringLiteral(" · ")));
    setVisible(!lines.value().isEmpty());
}

} // namespace Comite
