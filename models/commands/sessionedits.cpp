#include "sessionedits.h"

#include "domain/phasehistory.h"
#include "sessioncommands.h"
#include "editsupport.h"
#include "storage/deliberationrepository.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSet>

namespace Comite::Edit {

using EditSupport::pushed;
using EditSupport::refusal;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Edit)
};

Result<Session> loaded(Workspace &ws, qint64 sessionId)
{
    const Result<std::optional<Session>> session = attempt([&] { return ws.sessions().load(sessionId); });
    if (!session)
        return session.error();
    if (!session.value())
        return refusal(Tr::tr("Session %1 does not exist.").arg(sessionId));
    return *session.value();
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
// (issue 8): the failure, with the message, when `after` would change them.
Result<void> lockedByDeliberation(Workspace &ws, const Session &before, const Session &after)
{
    const Result<QString> problem = attempt([&] { return DeliberationRepository(ws.database()).lockProblem(before, after); });
    if (!problem)
        return problem.error();
    if (!problem.value().isEmpty())
        return refusal(problem.value());
    return success();
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

Result<qint64> createSession(Workspace &ws, const Session &session, const AgendaTemplate &agendaTemplate)
{
    Session fresh = session;
    fresh.id = 0;
    const Result<void> named = attempt([&] {
        for (SessionProduct &p : fresh.products) {
            if (p.slug.isEmpty())
                p = productFor(ws, p.productId);
        }
    });
    if (!named)
        return named.error();
    if (fresh.agenda.isEmpty())
        fresh.agenda = SessionAgenda::generate(agendaTemplate, fresh.products);
    const QStringList problems = sessionProblems(fresh);
    if (!problems.isEmpty())
        return refusal(problems.join(QLatin1Char('\n')));
    auto *command = new AddRemoveSession(ws, AddRemoveSession::Add, fresh);
    if (const Result<void> r = pushed(ws, command); !r)
        return r.error();
    return command->sessionId();
}

Result<void> removeSession(Workspace &ws, qint64 sessionId)
{
    const Result<Session> session = loaded(ws, sessionId);
    if (!session)
        return session.error();
    const Result<DeliberationVersion> deliberation =
        attempt([&] { return DeliberationRepository(ws.database()).current(sessionId); });

    if (!deliberation)
        return deliberation.error();
    if (deliberation.value().isFinal())
        return refusal(DeliberationRepository::lockedMessage(session.value(), deliberation.value().number));
    return pushed(ws, new AddRemoveSession(ws, AddRemoveSession::Remove, session.value()));
}

// `after` edits `before` as it was read: the command writes the difference
// between the two, so what others stored since is left alone.
Result<void> changeSessionFrom(Workspace &ws, const Session &before, const Session &after, const QString &text)
{
    Session next = after;
    dropStrays(next);
    const QStringList problems = sessionProblems(next);
    if (!problems.isEmpty())
        return refusal(problems.join(QLatin1Char('\n')));
    if (changesBetween(before, next) == SessionChanges())
        return success();
    if (const Result<void> open = lockedByDeliberation(ws, before, next); !open)
        return open;
    return pushed(ws, new SaveSession(ws, text, before, next));
}

Result<void> changeSession(Workspace &ws, const Session &after, const QString &text)
{
    const Result<Session> before = loaded(ws, after.id);
    if (!before)
        return before.error();
    return changeSessionFrom(ws, before.value(), after, text);
}

Result<void> setSessionHeader(Workspace &ws, const Session &header)
{
    const Result<Session> read = loaded(ws, header.id);
    if (!read)
        return read.error();
    Session next = read.value();
    next.title = header.title;
    next.startsAt = header.startsAt;
    next.plannedMinutes = header.plannedMinutes;
    next.place = header.place;
    next.videoLink = header.videoLink;
    next.incubatorId = header.incubatorId;
    return changeSession(ws, next, Tr::tr("Edit session"));
}

Result<void> setSessionProducts(Workspace &ws, qint64 sessionId, const QList<qint64> &productIds,
                                const AgendaTemplate &agendaTemplate)
{
    const Result<Session> read = loaded(ws, sessionId);
    if (!read)
        return read.error();
    const Session &session = read.value();
    Session next = session;
    next.products.clear();
    QList<SessionProduct> added;
    const Result<void> named = attempt([&] {
        for (qint64 id : productIds) {
            const SessionProduct *existing = session.product(id);
            next.products << (existing ? *existing : productFor(ws, id));
            if (!existing)
                added << next.products.last();
        }
    });
    if (!named)
        return named.error();
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
    return changeSession(ws, next, Tr::tr("Change the session's products"));
}

Result<void> setParticipants(Workspace &ws, qint64 sessionId, const QList<Participant> &participants)
{
    const Result<Session> read = loaded(ws, sessionId);
    if (!read)
        return read.error();
    Session next = read.value();
    next.participants = participants;
    return changeSession(ws, next, Tr::tr("Change participants"));
}

Result<void> setAgenda(Workspace &ws, qint64 sessionId, const QList<AgendaItem> &agenda, const QString &text)
{
    const Result<Session> read = loaded(ws, sessionId);
    if (!read)
        return read.error();
    Session next = read.value();
    next.agenda = agenda;
    return changeSession(ws, next, text);
}

Result<void> applyAgendaTemplate(Workspace &ws, qint64 sessionId, const AgendaTemplate &agendaTemplate)
{
    const Result<Session> read = loaded(ws, sessionId);
    if (!read)
        return read.error();
    Session next = read.value();
    next.agenda = SessionAgenda::generate(agendaTemplate, next.products);
    return changeSession(ws, next, Tr::tr("Apply the agenda template “%1”").arg(agendaTemplate.name));
}

Result<void> setAgendaNotes(Workspace &ws, qint64 sessionId, qint64 itemId, const QString &notes)
{
    const Result<Session> read = loaded(ws, sessionId);
    if (!read)
        return read.error();
    const Session &session = read.value();
    Session next = session;
    auto it = std::find_if(next.agenda.begin(), next.agenda.end(), [&](const AgendaItem &i) { return i.id == itemId; });
    if (it == next.agenda.end())
        return refusal(Tr::tr("This agenda item no longer exists."));
    if (it->notes == notes)
        return success();
    it->notes = notes;
    if (const Result<void> open = lockedByDeliberation(ws, session, next); !open)
        return open;
    return pushed(ws, new SaveSession(ws, Tr::tr("Notes on “%1”").arg(it->title), session, next, itemId));
}

Result<void> setScore(Workspace &ws, qint64 sessionId, const ArbitrationScore &score, bool remove)
{
    const Result<Session> read = loaded(ws, sessionId);
    if (!read)
        return read.error();
    const Session &session = read.value();
    if (!remove && !ArbitrationGrid::isValidScore(score.question, score.score))
        return refusal(Tr::tr("A score must be between 0 and %1.").arg(ArbitrationGrid::maxScore));
    const Participant *member = session.participant(score.participantId);
    if (!member || !member->voting)
        return refusal(Tr::tr("Only voting members score the grid."));
    Session next = session;
    auto it = std::find_if(next.scores.begin(), next.scores.end(), [&](const ArbitrationScore &s) {
        return s.productId == score.productId && s.participantId == score.participantId && s.question == score.question;
    });
    if (remove) {
        if (it == next.scores.end())
            return success();
        next.scores.erase(it);
    } else if (it != next.scores.end()) {
        *it = score;
    } else {
        next.scores << score;
    }
    // From the version just read: members score at the same time.
    return changeSessionFrom(ws, session, next, Tr::tr("Score of %1").arg(member->name));
}

Result<void> setDecision(Workspace &ws, qint64 sessionId, const Decision &decision)
{
    const Result<Session> read = loaded(ws, sessionId);
    if (!read)
        return read.error();
    const SessionProduct *product = read.value().product(decision.productId);
    if (!product)
        return refusal(Tr::tr("This product is not on the session."));
    Session next = read.value();
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
    return changeSession(ws, next, Tr::tr("Decision on “%1”").arg(product->title));
}

Result<void> removeDecision(Workspace &ws, qint64 sessionId, qint64 productId)
{
    const Result<Session> read = loaded(ws, sessionId);
    if (!read)
        return read.error();
    Session next = read.value();
    next.decisions.removeIf([&](const Decision &d) { return d.productId == productId; });
    const SessionProduct *product = read.value().product(productId);
    return changeSession(ws, next, Tr::tr("Remove the decision on “%1”").arg(product ? product->title : QString()));
}

Result<void> closeSession(Workspace &ws, qint64 sessionId)
{
    const Result<Session> read = loaded(ws, sessionId);
    if (!read)
        return read.error();
    const Session &session = read.value();
    if (session.status == SessionStatus::Held)
        return success();
    QStringList problems = SessionRules::closingProblems(session);
    if (!problems.isEmpty())
        return refusal(Tr::tr("The session cannot be closed:\n%1").arg(problems.join(QLatin1Char('\n'))));
    QList<CloseSession::PhaseEdit> edits;
    const Result<void> planned = attempt([&] {
        for (const Decision &d : session.decisions) {
            const auto product = ws.products().load(d.productId);
            if (!product)
                continue;
            QStringList found;
            const QString comment = d.comment.isEmpty() ? DecisionOptions::label(d.option) : d.comment;
            const QList<PhaseRecord> after = SessionDecisions::phasesAfter(product->phases, d, session.date(), comment, &found);
            for (const QString &f : std::as_const(found))
                problems << QStringLiteral("“%1”: %2").arg(product->title, f);
            if (after != product->phases)
                edits << CloseSession::PhaseEdit{d.productId, product->phases, after};
        }
    });
    if (!planned)
        return planned.error();
    if (!problems.isEmpty())
        return refusal(Tr::tr("The session cannot be closed:\n%1").arg(problems.join(QLatin1Char('\n'))));
    if (const Result<void> r = pushed(ws, new CloseSession(ws, session, edits)); !r)
        return r;
    // Closed the day it ran without the facilitator's timer finishing: the
    // session ends now. A later day does not guess the end.
    const QDateTime now = ws.clock().now();
    if (session.startedAt.isValid() && !session.endedAt.isValid() && session.startedAt.date() == now.date())
        return markSessionEnded(ws, sessionId, now);
    return success();
}

Result<void> markSessionRunning(Workspace &ws, qint64 sessionId)
{
    const Result<Session> read = loaded(ws, sessionId);
    if (!read)
        return read.error();
    if (read.value().status != SessionStatus::Planned)
        return success();
    const Result<void> written = attempt([&] {
        ws.sessions().setStatus(sessionId, SessionStatus::Running);
        ws.sessions().noteActualStart(sessionId, ws.clock().now());  // the actual start, for the deliberation
    });
    if (!written)
        return written;
    ws.notifySessionChanged(sessionId, SessionChange::Status);
    return success();
}

Result<void> markSessionEnded(Workspace &ws, qint64 sessionId, const QDateTime &at)
{
    const Result<Session> read = loaded(ws, sessionId);
    if (!read)
        return read.error();
    const Session &session = read.value();
    const QDateTime end = at.isValid() ? at : ws.clock().now();
    if (!session.startedAt.isValid() || end <= session.startedAt || session.endedAt == end)
        return success();
    if (const Result<void> written = attempt([&] { ws.sessions().noteActualEnd(sessionId, end); }); !written)
        return written;
    ws.notifySessionChanged(sessionId, SessionChange::Timing);
    return success();
}

Result<void> recordTiming(Workspace &ws, qint64 sessionId, const QList<std::pair<qint64, std::optional<int>>> &actualSeconds)
{
    if (const Result<void> written = attempt([&] { ws.sessions().recordTiming(actualSeconds); }); !written)
        return written;
    ws.notifySessionChanged(sessionId, SessionChange::Timing);
    return success();
}

Result<void> saveAgendaTemplate(Workspace &ws, const AgendaTemplate &agendaTemplate)
{
    const QStringList problems = SessionAgenda::templateProblems(agendaTemplate);
    if (!problems.isEmpty())
        return refusal(problems.join(QLatin1Char('\n')));
    return attempt([&] { ws.sessions().saveTemplate(agendaTemplate); });
}

Result<void> removeAgendaTemplate(Workspace &ws, qint64 templateId)
{
    return attempt([&] { ws.sessions().removeTemplate(templateId); });
}

} // namespace Comite::Edit
