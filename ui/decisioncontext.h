#pragma once
// What the committee decides on, beside the decision dialog's choice: the
// team's request from the roadmap presented at the session (budget by line,
// total, period, team) and the sponsors' arbitration grid for the product
// (means by group and overall, who has not scored yet).

#include "domain/roadmap.h"
#include "domain/session.h"

#include <QTextBrowser>

namespace Comite {

class Workspace;

class DecisionContext : public QTextBrowser
{
    Q_OBJECT
public:
    DecisionContext(Workspace &workspace, const Session &session, qint64 productId, QWidget *parent = nullptr);

    // The roadmap the team presents at the session (none when not drafted).
    const std::optional<Roadmap> &roadmap() const { return m_roadmap; }
    qint64 requestTotal() const { return m_roadmap ? m_roadmap->requestTotal() : 0; }

    static std::optional<Roadmap> presentedRoadmap(Workspace &workspace, qint64 productId, QDate sessionDate);

private:
    QString requestHtml() const;
    QString gridHtml(const Session &session, qint64 productId) const;

    std::optional<Roadmap> m_roadmap;
};

} // namespace Comite
