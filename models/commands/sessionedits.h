#pragma once
// The narrow API widgets (and the command line) call to plan, edit, run and
// close committee sessions. Each function checks the edit, then pushes the
// matching undo command; a refused edit returns the failure (its message
// translated) and changes nothing.

#include "domain/result.h"
#include "storage/workspace.h"

namespace Comite::Edit {

// A new session from `session` (header, products, participants); when its
// agenda is empty, one is generated from `agendaTemplate`. Returns its id.
Result<qint64> createSession(Workspace &ws, const Session &session, const AgendaTemplate &agendaTemplate);
Result<void> removeSession(Workspace &ws, qint64 sessionId);
// Writes `after` over the stored version of the session (same id): the
// general edit the others are built on. `text` names it for undo.
Result<void> changeSession(Workspace &ws, const Session &after, const QString &text);

// The header: title, start, booked length, place, video link.
Result<void> setSessionHeader(Workspace &ws, const Session &header);
// The products; a product added gets the agenda items of `agendaTemplate`,
// a product removed loses its items, scores and decision.
Result<void> setSessionProducts(Workspace &ws, qint64 sessionId, const QList<qint64> &productIds,
                                const AgendaTemplate &agendaTemplate);
Result<void> setParticipants(Workspace &ws, qint64 sessionId, const QList<Participant> &participants);
Result<void> setAgenda(Workspace &ws, qint64 sessionId, const QList<AgendaItem> &agenda, const QString &text);
// Replaces the agenda by one generated from the template.
Result<void> applyAgendaTemplate(Workspace &ws, qint64 sessionId, const AgendaTemplate &agendaTemplate);
// The secretary's notes on one agenda item; successive edits of the same
// item undo as one.
Result<void> setAgendaNotes(Workspace &ws, qint64 sessionId, qint64 itemId, const QString &notes);
// One member's score on one question (none removes it).
Result<void> setScore(Workspace &ws, qint64 sessionId, const ArbitrationScore &score, bool remove = false);
// The decision on decision.productId, replacing any previous one.
Result<void> setDecision(Workspace &ws, qint64 sessionId, const Decision &decision);
Result<void> removeDecision(Workspace &ws, qint64 sessionId, qint64 productId);
// Refused while a product has no decision (the message names it) or a
// decision cannot be applied to the product's phase history.
Result<void> closeSession(Workspace &ws, qint64 sessionId);

// Live running, not undoable (time cannot be taken back): the status goes
// to running when the timer starts, and the time spent on each item is
// recorded as the session moves on.
Result<void> markSessionRunning(Workspace &ws, qint64 sessionId);
// The session's actual end (the deliberation prints "14 h 02 – 16 h 48"):
// noted when the facilitator's timer finishes, at `at` (the clock's now
// when null). Nothing is noted for a session that never started.
Result<void> markSessionEnded(Workspace &ws, qint64 sessionId, const QDateTime &at = {});
Result<void> recordTiming(Workspace &ws, qint64 sessionId, const QList<std::pair<qint64, std::optional<int>>> &actualSeconds);

// Saved templates (a reusable setting, not part of the undo history).
Result<void> saveAgendaTemplate(Workspace &ws, const AgendaTemplate &agendaTemplate);
Result<void> removeAgendaTemplate(Workspace &ws, qint64 templateId);

// Problems with a session's header and lists, translated.
QStringList sessionProblems(const Session &session);

} // namespace Comite::Edit
