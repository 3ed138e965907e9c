#pragma once
// The narrow API widgets (and the command line) call to plan, edit, run and
// close committee sessions. Each function checks the edit, then pushes the
// matching undo command; on a refused edit it returns false with a
// translated message in `error` and changes nothing.

#include "storage/workspace.h"

namespace Comite::Edit {

// A new session from `session` (header, products, participants); when its
// agenda is empty, one is generated from `agendaTemplate`. Returns its id,
// or 0.
qint64 createSession(Workspace &ws, const Session &session, const AgendaTemplate &agendaTemplate,
                     QString *error = nullptr);
bool removeSession(Workspace &ws, qint64 sessionId, QString *error = nullptr);
// Writes `after` over the stored version of the session (same id): the
// general edit the others are built on. `text` names it for undo.
bool changeSession(Workspace &ws, const Session &after, const QString &text, QString *error = nullptr);

// The header: title, start, booked length, place, video link.
bool setSessionHeader(Workspace &ws, const Session &header, QString *error = nullptr);
// The products; a product added gets the agenda items of `agendaTemplate`,
// a product removed loses its items, scores and decision.
bool setSessionProducts(Workspace &ws, qint64 sessionId, const QList<qint64> &productIds,
                        const AgendaTemplate &agendaTemplate, QString *error = nullptr);
bool setParticipants(Workspace &ws, qint64 sessionId, const QList<Participant> &participants,
                     QString *error = nullptr);
bool setAgenda(Workspace &ws, qint64 sessionId, const QList<AgendaItem> &agenda, const QString &text,
               QString *error = nullptr);
// Replaces the agenda by one generated from the template.
bool applyAgendaTemplate(Workspace &ws, qint64 sessionId, const AgendaTemplate &agendaTemplate,
                         QString *error = nullptr);
// The secretary's notes on one agenda item; successive edits of the same
// item undo as one.
bool setAgendaNotes(Workspace &ws, qint64 sessionId, qint64 itemId, const QString &notes, QString *error = nullptr);
// One member's score on one question (none removes it).
bool setScore(Workspace &ws, qint64 sessionId, const ArbitrationScore &score, bool remove = false,
              QString *error = nullptr);
// The decision on decision.productId, replacing any previous one.
bool setDecision(Workspace &ws, qint64 sessionId, const Decision &decision, QString *error = nullptr);
bool removeDecision(Workspace &ws, qint64 sessionId, qint64 productId, QString *error = nullptr);
// Refused while a product has no decision (the message names it) or a
// decision cannot be applied to the product's phase history.
bool closeSession(Workspace &ws, qint64 sessionId, QString *error = nullptr);

// Live running, not undoable (time cannot be taken back): the status goes
// to running when the timer starts, and the time spent on each item is
// recorded as the session moves on.
bool markSessionRunning(Workspace &ws, qint64 sessionId, QString *error = nullptr);
// The session's actual end (the deliberation prints "14 h 02 – 16 h 48"):
// noted when the facilitator's timer finishes, at `at` (the clock's now
// when null). Nothing is noted for a session that never started.
bool markSessionEnded(Workspace &ws, qint64 sessionId, const QDateTime &at = {}, QString *error = nullptr);
bool recordTiming(Workspace &ws, qint64 sessionId, const QList<std::pair<qint64, std::optional<int>>> &actualSeconds,
                  QString *error = nullptr);

// Saved templates (a reusable setting, not part of the undo history).
bool saveAgendaTemplate(Workspace &ws, const AgendaTemplate &agendaTemplate, QString *error = nullptr);
bool removeAgendaTemplate(Workspace &ws, qint64 templateId, QString *error = nullptr);

// Problems with a session's header and lists, translated.
QStringList sessionProblems(const Session &session);

} // namespace Comite::Edit
