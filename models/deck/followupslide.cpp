#include "followupslide.h"

#include "deckstyle.h"
#include "deliberation/followupsection.h"
#include "domain/displayformat.h"

namespace Comite {

bool FollowupSlide::applies(const DeckFacts &f)
{
    return !Followups::ofLastCommittee(f.dossier.followups, f.asOf(), f.session ? f.session->id : 0).isEmpty();
}

DeckSlide FollowupSlide::build(const DeckFacts &f, const QString &footer)
{
    const QList<FollowupItem> items =
        Followups::ofLastCommittee(f.dossier.followups, f.asOf(), f.session ? f.session->id : 0);
    DeckSlide s;
    s.section = QStringLiteral("01");
    s.title = FollowupSection::heading();
    s.subtitle = items.isEmpty() ? tr("What the last committee asked for")
                                 : tr("What the committee of %1 asked for, and where it stands")
                                       .arg(DisplayFormat::longDate(items.first().decidedOn));
    s.footer = footer;
    DeckBlock table;
    table.kind = DeckBlock::Table;
    table.frame = DeckCanvas::contentRect();
    table.pixelSize = 28;
    table.table.headers = {tr("Kind"), tr("Item"), tr("Owner"), tr("Due"), tr("Status")};
    table.table.widths = {0.17, 0.43, 0.14, 0.12, 0.14};
    table.table.empty = tr("No action, condition or blocker to follow up.");
    const QDate day = f.asOf();
    for (int n = 0; n < items.size(); ++n) {
        if (n == maxRows && items.size() > maxRows + 1) {
            table.table.rows << QList<DeckCell>{DeckCell(tr("… and %n more item(s) in the follow-up register", nullptr,
                                                            int(items.size()) - maxRows))};
            break;
        }
        const FollowupItem &i = items.at(n);
        QColor color = i.status == FollowupStatus::Done ? DeckStyle::good()
                       : i.status == FollowupStatus::Dropped ? DeckStyle::muted()
                                                             : DeckStyle::partial();
        QString status = FollowupStatuses::label(i.status);
        if (i.isPastDue(day)) {
            color = DeckStyle::bad();
            status = tr("%1, past due").arg(status);
        }
        table.table.rows << QList<DeckCell>{DeckCell(FollowupKinds::label(i.key.kind)), DeckCell(i.text), DeckCell(i.owner),
                                            DeckCell(i.due.isValid() ? DisplayFormat::date(i.due) : QStringLiteral("—")),
                                            DeckCell(status, color, true)};
    }
    s.blocks << table;
    return s;
}

} // namespace Comite
