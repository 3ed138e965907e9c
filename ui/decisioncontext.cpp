#include "decisioncontext.h"
#include "errorreport.h"

#include "domain/arbitrationgrid.h"
#include "domain/displayformat.h"
#include "storage/spendingentry.h"
#include "storage/workspace.h"

namespace Comite {

DecisionContext::DecisionContext(Workspace &workspace, const Session &session, qint64 productId, QWidget *parent)
    : QTextBrowser(parent)
{
    setAccessibleName(tr("The team's request and the sponsors' scores"));
    setOpenLinks(false);
    const QDate date = session.date().isValid() ? session.date() : workspace.today();
    const auto roadmap = attempt([&] { return presentedRoadmap(workspace, productId, date); });
    if (roadmap)
        m_roadmap = roadmap.value();
    else
        ErrorReport::note(parent, roadmap.error());  // the dialog goes on without the request
    setHtml(requestHtml() + gridHtml(session, productId));
    setMinimumWidth(fontMetrics().averageCharWidth() * 34);
}

// The roadmap for the period the committee opens: the next one when
// drafted, else the one being carried out.
std::optional<Roadmap> DecisionContext::presentedRoadmap(Workspace &workspace, qint64 productId, QDate sessionDate)
{
    QList<Roadmap> roadmaps = workspace.roadmaps().forProduct(productId);
    RoadmapTimeline::sort(roadmaps);
    int index = RoadmapTimeline::proposed(roadmaps, sessionDate);
    if (index < 0)
        index = RoadmapTimeline::current(roadmaps, sessionDate);
    if (index < 0)
        return std::nullopt;
    return roadmaps[index];
}

QString DecisionContext::requestHtml() const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("The team's request").toHtmlEscaped());
    if (!m_roadmap)
        return html + QStringLiteral("<p>%1</p>").arg(tr("No roadmap for the coming period.").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Period: %1 – %2").arg(DisplayFormat::date(m_roadmap->start), DisplayFormat::date(m_roadmap->end)).toHtmlEscaped());
    html += QStringLiteral("<table cellpadding=\"2\">");
    for (const QString &line : BudgetLines::keys()) {
        const qint64 amount = m_roadmap->budgetRequest.value(line, 0);
        if (amount == 0)
            continue;
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(BudgetLines::label(line).toHtmlEscaped(), DisplayFormat::euros(amount).toHtmlEscaped());
    }
    html += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr></table>")
                .arg(tr("Total").toHtmlEscaped(), DisplayFormat::euros(m_roadmap->requestTotal()).toHtmlEscaped());
    if (m_roadmap->teamFte() > 0)
        html += QStringLiteral("<p>%1</p>").arg(tr("Team: %1 FTE").arg(QLocale().toString(m_roadmap->teamFte(), 'f', 1)).toHtmlEscaped());
    return html;
}

QString DecisionContext::gridHtml(const Session &session, qint64 productId) const
{
    const ArbitrationGrid grid = session.grid(productId);
    const QLocale locale;
    auto mean = [&](const ArbitrationGrid::Stat &s) {
        return s.isEmpty() ? QStringLiteral("–") : locale.toString(s.mean, 'f', 1) + QStringLiteral(" / 5");
    };
    QString html = QStringLiteral("<h3>%1</h3><table cellpadding=\"2\">").arg(tr("The sponsors' grid").toHtmlEscaped());
    for (int g = 0; g < ArbitrationGrid::groupCount; ++g) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(ArbitrationGrid::groupTitle(g).toHtmlEscaped(), mean(grid.group(g)));
    }
    html += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr></table>")
                .arg(tr("Overall").toHtmlEscaped(), mean(grid.overall()));
    // Who has not scored at all, apart from who has left questions out.
    QStringList none;
    QStringList partly;
    for (const Participant &p : grid.missing()) {
        int scored = 0;
        for (int q = 1; q <= ArbitrationGrid::questionCount; ++q)
            scored += grid.score(p.id, q) ? 1 : 0;
        if (scored == 0)
            none << p.name;
        else
            partly << tr("%1 (%2 of %3 questions)").arg(p.name).arg(scored).arg(ArbitrationGrid::questionCount);
    }
    if (!none.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Not scored yet: %1").arg(locale.createSeparatedList(none)).toHtmlEscaped());
    if (!partly.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Scoring incomplete: %1").arg(locale.createSeparatedList(partly)).toHtmlEscaped());
    return html;
}

} // namespace Comite
