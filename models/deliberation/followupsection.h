#pragma once
// « Suites du dernier comité »: the follow-up of the last committee as a
// section of the pre-read (HTML for QTextDocument): each action, condition
// and blocker of the last decision, then older items still open, with
// owner, due date and status.

#include "domain/followup.h"

#include <QCoreApplication>

namespace Comite {

class FollowupSection
{
    Q_DECLARE_TR_FUNCTIONS(FollowupSection)
public:
    // The items of the last committee held up to `day` (`excludedSessionId`
    // left out), as an <h2> and a table; a line saying so when there is none.
    static QString html(const QList<FollowupItem> &items, QDate day, qint64 excludedSessionId = 0);
    static QString heading();  // "Follow-up of the last committee"
};

} // namespace Comite
