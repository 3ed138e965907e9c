#pragma once
// The committee sessions of the demo portfolio (the "sessions" key of
// resources/demo/portfolio.json): one past session, held, with its timed
// agenda, notes, scores and decisions, and one planned session. A past
// session takes over the committees the products' own "committees" recorded
// on its date, keeping their decision and comment.

#include <QDate>
#include <QJsonArray>

namespace Comite {

class Database;

namespace DemoSessions {
// Writes the sessions (and saved agenda templates) inside the caller's
// transaction, after the products. `today` dates them as the demo does.
void write(Database &db, QDate today, const QJsonArray &sessions, const QJsonArray &agendaTemplates = {});
}

} // namespace Comite
