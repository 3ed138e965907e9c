#pragma once
// The follow-up register as JSON for `comite followups --json` (issue 18):
// one object per item. Its keys are a contract: extend, never rename.

#include "domain/followup.h"

#include <QJsonArray>

namespace Comite::FollowupJson {

// Keys: product, product_title, decision_id, session, decided_at, option,
// kind, position, text, owner, due, status, past_due, history (status, at,
// by, note). Dates ISO, absent ones null.
QJsonArray items(const QList<FollowupItem> &items, QDate today);

} // namespace Comite::FollowupJson
