#include "followupsection.h"

#include "domain/displayformat.h"
#include "domain/markup.h"

namespace Comite {

namespace {
QString statusColor(const FollowupItem &i, QDate day)
{
    if (i.isPastDue(day))
        return QStringLiteral("#b3261e");
    switch (i.status) {
    case FollowupStatus::Done: return QStringLiteral("#1b7a3a");
    case FollowupStatus::Dropped: return QStringLiteral("#555555");
    case FollowupStatus::Open: break;
    }
    return QStringLiteral("#8a5a00");
}
} // namespace

QString FollowupSection::heading()
{
    return tr("Follow-up of the last committee");
}

QString FollowupSection::html(const QList<FollowupItem> &all, QDate day, qint64 excludedSessionId)
{
    const QList<FollowupItem> items = Followups::ofLastCommittee(all, day, excludedSessionId);
    QString h = QStringLiteral("<h2>%1</h2>").arg(escapeHtml(heading()));
    if (items.isEmpty())
        return h + QStringLiteral("<p class='muted'>%1</p>").arg(escapeHtml(tr("No action, condition or blocker to follow up.")));
    const QDate last = items.first().decidedOn;
    h += QStringLiteral("<p>%1</p>").arg(escapeHtml(tr("What the committee of %1 asked for, and where it stands.").arg(DisplayFormat::date(last))));
    h += QStringLiteral("<table class='grid' width='100%' cellspacing='0' cellpadding='4'><tr>");
    for (const QString &c : {tr("Kind"), tr("Item"), tr("Owner"), tr("Due"), tr("Status")})
        h += QStringLiteral("<th>%1</th>").arg(escapeHtml(c));
    h += QStringLiteral("</tr>");
    for (const FollowupItem &i : items) {
        QString kind = FollowupKinds::label(i.key.kind);
        if (i.decidedOn != last)
            kind += QStringLiteral(" (%1)").arg(DisplayFormat::date(i.decidedOn));
        QString status = FollowupStatuses::label(i.status);
        if (i.isPastDue(day))
            status = tr("%1, past due").arg(status);
        h += QStringLiteral("<tr><td>%1</td><td width='46%'>%2</td><td>%3</td><td>%4</td><td><b><font color='%5'>%6</font></b></td></tr>")
                 .arg(escapeHtml(kind), escapeHtml(i.text), escapeHtml(i.owner),
                      escapeHtml(i.due.isValid() ? DisplayFormat::date(i.due) : QStringLiteral("—")), statusColor(i, day),
                      escapeHtml(status));
    }
    return h + QStringLiteral("</table>");
}

} // namespace Comite
