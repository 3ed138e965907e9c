#include "sessionedits.h"

#include "domain/phasehistory.h"
#include "sessioncommands.h"
#include "editsupport.h"
#include "storage/deliberationrepository.h"

#include <QCoreApplication>
#include <QSet>

namespace Comite::Edit {

using namespace EditSupport;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Edit)
};

std::optional<Session> loaded(Workspace &ws, qint64 sessionId, QString *error)
{
    std::optional<Session> session;
    if (!guarded(error, [&] { session = ws.sessions().load(sessionId); }))
        return std::nullopt;
    if (!session)
        refuse(error, Tr::tr("Session %1 does not exist.").arg(sessionId));
    return session;
}

// Keeps only what refers to the session's products and participants.
void dropStrays(Session &s)
{
    QSet<qint64> products, members;
    for (const SessionProduct &p : std::as_const(s.products))
        products.insert(p.productId);
    for (const Participant &p : std::as_const(s.participants))
        members.insert(p.id);
    s.agenda.removeIf([&](const AgendaItem &i) { return i.productId != 0 && !products.contains(i.productId); });
    s.scores.removeIf([&](const ArbitrationScore &sc) {
        return !products.contains(sc.productId) || !members.contains(sc.participantId);
    });
    s.decisions.removeIf([&](const Decision &d) { return !products.contains(d.productId); });
}

// A final deliberation locks the session's decisions, scores and notes
// (issue 8): true, with the message, when `after` would change them.
bool lockedByDeliberation(Workspace &ws, const Session &before, const Session &after, QString *error)
{
    QString problem;
    if (!guarded(error, [&] { problem = DeliberationRepository(ws.database()).lockProblem(before, after); }))
        return true;
    return !problem.isEmpty() && !refuse(error, problem);
}

SessionProduct productFor(Workspace &ws, qint64 productId)
{
    SessionProduct p{productId, {}, {}};
    if (const auto summary = ws.products().summary(productId)) {
        p.slug = summary->slug;
        p.title = summary->title;
    }
    return p;
}
} // namespace

QStringList sessionProblems(const Session &s)
{
    QStringList problems;
    if (!s.startsAt.isValid())
        problems << Tr::tr("The session needs a date and a time.");
    if (s.plannedMinutes < 0 || s.plannedMinutes > 24 * 60)
        problems << Tr::tr("The planned length must be between 0 and 24 hours.");
    QSet<qint64> products;
    for (const SessionProduct &p : s.products) {
        if (products.contains(p.productId))
            problems << Tr::tr("“%1” is on the session twice.").arg(p.title);
        products.insert(p.productId);
    }
    for (int i = 0; i < s.participants.size(); ++i) {
        if (s.participants[i].name.trimmed().isEmpty())
            problems << Tr::tr("Participant %1 has no name.").arg(i + 1);
    }
    for (int i = 0; i < s.agenda.size(); ++i) {
        const AgendaItem &item = s.agenda[i];
        if (item.title.trimmed().isEmpty())
            problems << Tr::tr("Agenda item %1 has no title.").arg(i + 1);
        if (item.plannedMinutes < 0 || item.plannedMinutes > 600)
            problems << Tr::tr("Agenda item %1: the duration must be between 0 and 600 minutes.").arg(i + 1);
        if (item.productId != 0 && !products.contains(item.productId))
            problems << Tr::tr("Agenda item %1 is about a product that is not on the session.").arg(i + 1);
    }
    for (const ArbitrationScore &score : s.scores) {
        if (!ArbitrationGrid::isValidScore(score.question, score.score))
            problems << Tr::tr("A score must be between 0 and %1, on questions 1 to %2.")
                            .arg(ArbitrationGrid::maxScore)
                            .arg(ArbitrationGrid::questionCount);
    }
    for (const Decision &d : s.decisions) {
        const SessionProduct *p = s.product(d.productId);
        if (!p)
            problems << Tr::tr("A decision is about a product that is not on the session.");
        else
            problems << SessionDecisions::problems(d, p->title);
    }
    problems.removeDuplicates();
    return problems;
}

qint64 createSession(Workspace &ws, const Session &session, const AgendaTemplate &agendaTemplate, QString *error)
{
    Session fresh = session;
    fresh.id = 0;
    if (!guarded(error, [&] {
            for (SessionProduct &p : fresh.products) {
                if (p.slug.isEmpty())
                    p = productFor(ws, p.productId);
            }
        }))
        return 0;
    if (fresh.agenda.isEmpty())
        fresh.agenda = SessionAgenda::generate(agendaTemplate, fresh.products);
    const QStringList problems = sessionProblems(fresh);
    if (!problems.isEmpty()) {
        refuse(error, problems.join(QLatin1Char('\n')));
        return 0;
    }
    auto *command = new AddRemoveSession(ws, AddRemoveSession::Add, fresh);
    if (!push(ws, command, error))
        return 0;
    return command->sessionId();
}

bool removeSession(Workspace &ws, qint64 sessionId, QString *error)
{
    const auto session = loaded(ws, sessionId, error);
    if (!session)
        return false;
    DeliberationVersion deliberation;
    if (!guarded(error, [&] { deliberation = DeliberationRepository(ws.database()).current(sessionId); }))
        return false;
    if (deliberation.isFinal())
        return refuse(error, DeliberationRepository::lockedMessage(*session, deliberation.number));
    return push(ws, new AddRemoveSession(ws, AddRemoveSession::Remove, *session), error);
}

// `after` edits `before` as it was read: the command writes the difference
// between the two, so what others stored since is left alone.
bool changeSessionFrom(Workspace &ws, const Session &before, const Session &after, const QString &text, QString *error)
{
    Session next = after;
    dropStrays(next);
    const QStringList problems = sessionProblems(next);
    if (!problems.isEmpty())
        return refuse(error, problems.join(QLatin1Char('\n')));
    if (changesBetween(before, next) == SessionChanges())
        return true;
    if (lockedByDeliberation(ws, before, next, error))
        return false;
    return push(ws, new SaveSession(ws, text, before, next), error);
}

bool changeSession(Workspace &ws, const Session &after, const QString &text, QString *error)
{
    const auto before = loaded(ws, after.id, error);
    return before && changeSessionFrom(ws, *before, after, text, error);
}

bool setSessionHeader(Workspace &ws, const Session &header, QString *error)
{
    const auto session = loaded(ws, header.id, error);
    if (!session)
        return false;
    Session next = *session;
    next.title = header.title;
    next.startsAt = header.startsAt;
    next.plannedMinutes = header.plannedMinutes;
    next.place = header.place;
    next.videoLink = header.videoLink;
    next.incubatorId = header.incubatorId;
    return changeSession(ws, next, Tr::tr("Edit session"), error);
}

bool setSessionProducts(Workspace &ws, qint64 sessionId, const QList<qint64> &productIds,
                        const AgendaTemplate &agendaTemplate, QString *error)
{
    const auto session = loaded(ws, sessionId, error);
    if (!session)
        return false;
    Session next = *session;
    next.products.clear();
    QList<SessionProduct> added;
    if (!guarded(error, [&] {
            for (qint64 id : productIds) {
                const SessionProduct *existing = session->product(id);
                next.products << (existing ? *existing : productFor(ws, id));
                if (!existing)
                    added << next.products.last();
            }
        }))
        return false;
    // New products get the template's product items, after the last
    // product item already there.
    AgendaTemplate productItems = agendaTemplate;
    productItems.items.removeIf([](const AgendaTemplateItem &i) { return i.scope == AgendaScope::Session; });
    qsizetype at = next.agenda.size();
    while (at > 0 && next.agenda[at - 1].productId == 0)
        --at;
    if (at == 0) {
        while (at < next.agenda.size() && next.agenda[at].productId == 0
               && (next.agenda[at].kind == AgendaItemKind::Introduction || next.agenda[at].kind == AgendaItemKind::Objectives))
            ++at;
    }
    const QList<AgendaItem> generated = SessionAgenda::generate(productItems, added);
    for (qsizetype i = 0; i < generated.size(); ++i)
        next.agenda.insert(at + i, generated[i]);
    return changeSession(ws, next, Tr::tr("Change the session's products"), error);
}

bool setParticipants(Workspace &ws, qint64 sessionId, const QList<Participant> &participants, QString *error)
{
    const auto session = loaded(ws, sessionId, error);
    if (!session)
        return false;
    Session next = *session;
    next.participants = participants;
    return changeSession(ws, next, Tr::tr("Change participants"), error);
}

bool setAgenda(Workspace &ws, qint64 sessionId, const QList<AgendaItem> &agenda, const QString &text, QString *error)
{
    const auto session = loaded(ws, sessionId, error);
    if (!session)
        return false;
    Session next = *session;
    next.agenda = agenda;
    return changeSession(ws, next, text, error);
}

bool applyAgendaTemplate(Workspace &ws, qint64 sessionId, const AgendaTemplate &agendaTemplate, QString *error)
{
    const auto session = loaded(ws, sessionId, error);
    if (!session)
        return false;
    Session next = *session;
    next.agenda = SessionAgenda::generate(agendaTemplate, next.products);
    return changeSession(ws, next, Tr::tr("Apply the agenda template “%1”").arg(agendaTemplate.name), error);
}

bool setAgendaNotes(Workspace &ws, qint64 sessionId, qint64 itemId, const QString &notes, QString *error)
{
    const auto session = loaded(ws, sessionId, error);
    if (!session)
        return false;
    Session next = *session;
    auto it = std::find_if(next.agenda.begin(), next.agenda.end(), [&](const AgendaItem &i) { return i.id == itemId; });
    if (it == next.agenda.end())
        return refuse(error, Tr::tr("This agenda item no longer exists."));
    if (it->notes == notes)
        return true;
    it->notes = notes;
    if (lockedByDeliberation(ws, *session, next, error))
        return false;
    return push(ws, new SaveSession(ws, Tr::tr("Notes on “%1”").arg(it->title), *session, next, itemId), error);
}

bool setScore(Workspace &ws, qint64 sessionId, const ArbitrationScore &score, bool remove, QString *error)
{
    const auto session = loaded(ws, sessionId, error);
    if (!session)
        return false;
    if (!remove && !ArbitrationGrid::isValidScore(score.question, score.score))
        return refuse(error, Tr::tr("A score must be between 0 and %1.").arg(ArbitrationGrid::maxScore));
    const Participant *member = session->participant(score.participantId);
    if (!member || !member->voting)
        return refuse(error, Tr::tr("Only voting members score the grid."));
    Session next = *session;
    auto it = std::find_if(next.scores.begin(), next.scores.end(), [&](const ArbitrationScore &s) {
        return s.productId == score.productId && s.participantId == score.participantId && s.question == score.question;
    });
    if (remove) {
        if (it == next.scores.end())
            return true;
        next.scores.erase(it);
    } else if (it != next.scores.end()) {
        *it = score;
    } else {
        next.scores << score;
    }
    // From the version just read: members score at the same time.
    return changeSessionFrom(ws, *session, next, Tr::tr("Score of %1").arg(member->name), error);
}

bool setDecision(Workspace &ws, qint64 sessionId, const Decision &decision, QString *error)
{
    const auto session = loaded(ws, sessionId, error);
    if (!session)
        return false;
    const SessionProduct *product = session->product(decision.productId);
    if (!product)
        return refuse(error, Tr::tr("This product is not on the session."));
    Session next = *session;
    auto it = std::find_if(next.decisions.begin(), next.decisions.end(),
                           [&](const Decision &d) { return d.productId == decision.productId; });
    Decision d = decision;
    if (it != next.decisions.end()) {
        d.id = it->id;
        *it = d;
    } else {
        d.id = 0;
        next.decisions << d;
    }
    return changeSession(ws, next, Tr::tr("Decision on “%1”").arg(product->title), error);
}

bool removeDecision(Workspace &ws, qint64 sessionId, qint64 productId, QString *error)
{
    const auto session = loaded(ws, sessionId, error);
    if (!session)
        return false;
    Session next = *session;
    next.decisions.removeIf([&](const Decision &d) { return d.productId == productId; });
    const SessionProduct *product = session->product(productId);
    return changeSession(ws, next, Tr::tr("Remove the decision on “%1”").arg(product ? product->title : QString()), error);
}

bool closeSession(Workspace &ws, qint64 sessionId, QString *error)
{
    const auto session = loaded(ws, sessionId, error);
    if (!session)
        return false;
    if (session->status == SessionStatus::Held)
        return true;
    QStringList problems = SessionRules::closingProblems(*session);
    if (!problems.isEmpty())
        return refuse(error, Tr::tr("The session cannot be closed:\n%1").arg(problems.join(QLatin1Char('\n'))));
    QList<CloseSession::PhaseEdit> edits;
    if (!guarded(error, [&] {
            for (const Decision &d : session->decisions) {
                const auto product = ws.products().load(d.productId);
                if (!product)
                    continue;
                QStringList found;
                const QString comment = d.comment.isEmpty() ? DecisionOptions::label(d.option) : d.comment;
                const QList<PhaseRecord> after = SessionDecisions::phasesAfter(product->phases, d, session->date(), comment, &found);
                for (const QString &f : std::as_const(found))
                    problems << QStringLiteral("“%1”: %2").arg(product->title, f);
                if (after != product->phases)
                    edits << CloseSession::PhaseEdit{d.productId, product->phases, after};
            }
        }))
        return false;
    if (!problems.isEmpty())
        return refuse(error, Tr::tr("The session cannot be closed:\n%1").arg(problems.join(QLatin1Char('\n'))));
    if (!push(ws, new CloseSession(ws, *session, edits), error))
        return false;
    // Closed the day it ran without the facilitator's timer finishing: the
    // session ends now. A later day does not guess the end.
    const QDateTime now = ws.clock().now();
    if (session->startedAt.isValid() && !session->endedAt.isValid() && session->startedAt.date() == now.date())
        return markSessionEnded(ws, sessionId, now, error);
    return true;
}

bool markSessionRunning(Workspace &ws, qint64 sessionId, QString *error)
{
    const auto session = loaded(ws, sessionId, error);
    if (!session)
        return false;
    if (session->status != SessionStatus::Planned)
        return true;
    if (!guarded(error, [&] {
            ws.sessions().setStatus(sessionId, SessionStatus::Running);
            ws.sessions().noteActualStart(sessionId, ws.clock().now());  // the actual start, for the deliberation
        }))
        return false;
    ws.notifySessionChanged(sessionId, SessionChange::Status);
    return true;
}

bool markSessionEnded(Workspace &ws, qint64 sessionId, const QDateTime &at, QString *error)
{
    const auto session = loaded(ws, sessionId, error);
    if (!session)
        return false;
    const QDateTime end = at.isValid() ? at : ws.clock().now();
    if (!session->startedAt.isValid() || end <= session->startedAt || session->endedAt == end)
        return true;
    if (!guarded(error, [&] { ws.sessions().noteActualEnd(sessionId, end); }))
        return false;
    ws.notifySessionChanged(sessionId, SessionChange::Timing);
    return true;
}

bool recordTiming(Workspace &ws, qint64 sessionId, const QList<std::pair<qint64, std::optional<int>>> &actualSeconds,
                  QString *error)
{
    if (!guarded(error, [&] { ws.sessions().recordTiming(actualSeconds); }))
        return false;
    ws.notifySessionChanged(sessionId, SessionChange::Timing);
    return true;
}

bool saveAgendaTemplate(Workspace &ws, const AgendaTemplate &agendaTemplate, QString *error)
{
    const QStringList problems = SessionAgenda::templateProblems(agendaTemplate);
    if (!problems.isEmpty())
        return refuse(error, problems.join(QLatin1Char('\n')));
    return guarded(error, [&] { ws.sessions().saveTemplate(agendaTemplate); });
}

bool removeAgendaTemplate(Workspace &ws, qint64 templateId, QString *error)
{
    return guarded(error, [&] { ws.sessions().removeTemplate(templateId); });
}

} // namespace Comite::Edit
