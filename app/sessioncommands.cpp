#include "sessioncommands.h"

#include "commandsupport.h"
#include "commands/sessionedits.h"
#include "domain/displayformat.h"
#include "deliberation/agendapdf.h"

#include <QJsonArray>
#include <QLocale>

namespace Comite::CommandLine::SessionCommands {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString startText(const QDateTime &start)
{
    return start.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QJsonValue slugOrNull(const Session &s, qint64 productId)
{
    const SessionProduct *p = s.product(productId);
    return p ? QJsonValue(p->slug) : QJsonValue(QJsonValue::Null);
}

QJsonObject decisionJson(const Session &s, const Decision &d)
{
    QJsonArray objectives, blockers, actions;
    for (const DecisionObjective &o : d.objectives)
        objectives.append(QJsonObject{{"text", o.text}, {"status", ObjectiveStatuses::key(o.status)}, {"comment", o.comment}});
    for (const DecisionBlocker &b : d.blockers)
        blockers.append(QJsonObject{{"text", b.text}, {"owner", b.owner}});
    for (const DecisionAction &a : d.actions)
        actions.append(QJsonObject{{"text", a.text}, {"owner", a.owner}, {"due", dateOrNull(a.due)}});
    return QJsonObject{
        {"product", slugOrNull(s, d.productId)},
        {"option", DecisionOptions::key(d.option)},
        {"comment", d.comment},
        {"amount", d.amount ? QJsonValue(double(*d.amount)) : QJsonValue(QJsonValue::Null)},
        {"period_start", dateOrNull(d.periodStart)},
        {"period_end", dateOrNull(d.periodEnd)},
        {"phase_change", d.phaseChange ? QJsonValue(Phases::key(*d.phaseChange)) : QJsonValue(QJsonValue::Null)},
        {"objectives", objectives},
        {"blockers", blockers},
        {"conditions", d.conditions},
        {"roadmap_opinion", d.roadmapOpinion},
        {"actions", actions},
        {"procurement_informed", d.procurementInformedOn.isValid()},
        {"procurement_informed_on", dateOrNull(d.procurementInformedOn)},
        {"vote", d.vote.isRecorded() ? QJsonValue(QJsonObject{{"kind", d.vote.key()},
                                                              {"for", d.vote.votesFor},
                                                              {"against", d.vote.votesAgainst},
                                                              {"abstaining", d.vote.abstaining}})
                                     : QJsonValue(QJsonValue::Null)},
    };
}

// Parses the one positional argument as a session id; 0 when it is not one.
qint64 sessionId(const Command &c)
{
    bool ok = false;
    const qint64 id = c.parser.positionalArguments().value(0).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QString hhmm(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void printSession(const Session &s)
{
    const QLocale locale;
    out() << s.displayTitle() << " (" << s.id << ")\n"
          << locale.toString(s.startsAt.date(), QLocale::LongFormat) << ' ' << SessionAgenda::timeText(s.startsAt.time())
          << " · " << SessionStatuses::label(s.status) << '\n';
    if (!s.place.isEmpty())
        out() << s.place << '\n';
    if (!s.videoLink.isEmpty())
        out() << s.videoLink << '\n';
    out() << '\n' << Tr::tr("Participants:") << '\n';
    for (const Participant &p : s.participants)
        out() << "  " << p.name << (p.organisation.isEmpty() ? QString() : QStringLiteral(" (") + p.organisation + u')')
              << " — " << ParticipantRoles::label(p.role) << (p.present ? QString() : Tr::tr(" — absent")) << '\n';
    out() << '\n' << Tr::tr("Agenda:") << '\n';
    const QList<QDateTime> starts = SessionAgenda::plannedStarts(s.startsAt, s.agenda);
    for (int i = 0; i < s.agenda.size(); ++i) {
        const AgendaItem &item = s.agenda[i];
        const SessionProduct *p = s.product(item.productId);
        out() << "  " << SessionAgenda::timeText(starts[i].time()) << "  " << item.title
              << (p ? QStringLiteral(" — ") + p->title : QString()) << "  " << Tr::tr("%n min", nullptr, item.plannedMinutes)
              << (item.actualSeconds ? QStringLiteral(" (%1)").arg(hhmm(*item.actualSeconds)) : QString()) << '\n';
    }
    out() << '\n' << Tr::tr("Decisions:") << '\n';
    for (const SessionProduct &p : s.products) {
        const Decision *d = s.decisionFor(p.productId);
        out() << "  " << p.title << ": " << (d ? DecisionOptions::label(d->option) : Tr::tr("not decided yet"));
        if (d && d->amount)
            out() << " — " << DisplayFormat::euros(*d->amount);
        out() << '\n';
    }
    out().flush();
}

int sessionsCommand(const QStringList &args)
{
    Command c;
    if (const QString e = c.parse(args, 0); !e.isEmpty())
        return usageError(e);
    return withWorkspace(c, [&](Workspace &ws) {
        const QList<SessionSummary> list = ws.sessions().summaries();
        if (c.json()) {
            QJsonArray array;
            for (const SessionSummary &s : list) {
                array.append(QJsonObject{{"id", double(s.id)},
                                         {"date", s.startsAt.date().toString(Qt::ISODate)},
                                         {"starts_at", startText(s.startsAt)},
                                         {"status", SessionStatuses::key(s.status)},
                                         {"title", s.title},
                                         {"products", QJsonArray::fromStringList(s.productSlugs)}});
            }
            printJson(QJsonDocument(array));
            return Success;
        }
        const QLocale locale;
        for (const SessionSummary &s : list) {
            out() << qSetFieldWidth(5) << Qt::right << s.id << qSetFieldWidth(0) << Qt::left << "  "
                  << SessionAgenda::dateTimeText(s.startsAt, locale) << "  " << SessionStatuses::label(s.status) << "  "
                  << s.productTitles.join(QStringLiteral(", ")) << '\n';
        }
        out().flush();
        return Success;
    }, OpenMode::ReadOnly);
}
} // namespace

QJsonObject sessionJson(const Session &s)
{
    QJsonArray products, participants, agenda, scores, decisions, notes;
    for (const SessionProduct &p : s.products)
        products.append(QJsonObject{{"slug", p.slug}, {"title", p.title}});
    for (const Participant &p : s.participants)
        participants.append(QJsonObject{{"name", p.name}, {"organisation", p.organisation},
                                        {"role", ParticipantRoles::key(p.role)}, {"present", p.present}, {"voting", p.voting},
                                        {"excused", !p.present && p.excused},
                                        {"attendance", p.present ? "present" : (p.excused ? "excused" : "absent")},
                                        {"civility", Civilities::key(p.civility)}});
    const QList<QDateTime> starts = SessionAgenda::plannedStarts(s.startsAt, s.agenda);
    for (int i = 0; i < s.agenda.size(); ++i) {
        const AgendaItem &item = s.agenda[i];
        agenda.append(QJsonObject{{"product", slugOrNull(s, item.productId)},
                                  {"kind", AgendaItemKinds::key(item.kind)},
                                  {"title", item.title},
                                  {"planned_start", startText(starts[i])},
                                  {"planned_minutes", item.plannedMinutes},
                                  {"actual_seconds", item.actualSeconds ? QJsonValue(*item.actualSeconds) : QJsonValue(QJsonValue::Null)},
                                  {"team_leaves", item.teamLeaves},
                                  {"notes", item.notes}});
        if (!item.notes.trimmed().isEmpty())
            notes.append(QJsonObject{{"product", slugOrNull(s, item.productId)}, {"item", item.title}, {"text", item.notes}});
    }
    for (const ArbitrationScore &sc : s.scores) {
        const Participant *member = s.participant(sc.participantId);
        scores.append(QJsonObject{{"product", slugOrNull(s, sc.productId)},
                                  {"member", member ? member->name : QString()},
                                  {"question", sc.question},
                                  {"score", sc.score},
                                  {"comment", sc.comment}});
    }
    for (const Decision &d : s.decisions)
        decisions.append(decisionJson(s, d));
    return QJsonObject{
        {"id", double(s.id)},
        {"title", s.title},
        {"date", s.date().toString(Qt::ISODate)},
        {"starts_at", startText(s.startsAt)},
        {"status", SessionStatuses::key(s.status)},
        {"place", s.place},
        {"video_link", s.videoLink},
        {"planned_minutes", s.plannedMinutes},
        {"agenda_minutes", s.agendaMinutes()},
        {"planned_end", startText(s.plannedEnd())},
        {"over_length", s.isOverLength()},
        {"started_at", s.startedAt.isValid() ? QJsonValue(startText(s.startedAt)) : QJsonValue(QJsonValue::Null)},
        {"ended_at", s.endedAt.isValid() ? QJsonValue(startText(s.endedAt)) : QJsonValue(QJsonValue::Null)},
        {"products", products},
        {"participants", participants},
        {"agenda", agenda},
        {"scores", scores},
        {"decisions", decisions},
        {"notes", notes},
    };
}

namespace {
// Runs `work` on the session the first argument names, in the database
// opened with `mode`: a usage error when the argument is not a session
// number, a failure when there is no such session.
int onSession(const Command &c, OpenMode mode, const std::function<int(Workspace &, const Session &)> &work)
{
    const qint64 id = sessionId(c);
    if (id == 0)
        return usageError(Tr::tr("A session is named by its number, not “%1”.").arg(c.parser.positionalArguments().value(0)));
    return withWorkspace(c, [&](Workspace &ws) {
        const auto s = ws.sessions().load(id);
        if (!s)
            return failure(Tr::tr("No session %1 in %2.").arg(id).arg(ws.database().location()));
        return work(ws, *s);
    }, mode);
}
} // namespace

int sessions(const QStringList &arguments)
{
    return sessionsCommand(arguments);
}

int session(const QStringList &args)
{
    Command c;
    c.parser.addPositionalArgument(QStringLiteral("id"), Tr::tr("The session's number."));
    if (const QString e = c.parse(args, 1); !e.isEmpty())
        return usageError(e);
    return onSession(c, OpenMode::ReadOnly, [&](Workspace &, const Session &s) {
        if (c.json())
            printJson(QJsonDocument(sessionJson(s)));
        else
            printSession(s);
        return Success;
    });
}

int closeSession(const QStringList &args)
{
    Command c;
    c.parser.addPositionalArgument(QStringLiteral("id"), Tr::tr("The session's number."));
    if (const QString e = c.parse(args, 1); !e.isEmpty())
        return usageError(e);
    return onSession(c, OpenMode::MustExist, [&](Workspace &ws, const Session &s) {
        if (s.status == SessionStatus::Held) {
            out() << Tr::tr("Session %1 is already closed.").arg(s.id) << '\n';
            out().flush();
            return Success;
        }
        if (const Result<void> r = Edit::closeSession(ws, s.id); !r)
            return failure(r.error().message);
        out() << Tr::tr("Session %1 closed.").arg(s.id) << '\n';
        out().flush();
        return Success;
    });
}

int agendaPdf(const QStringList &args)
{
    Command c;
    QCommandLineOption output(QStringLiteral("output"), Tr::tr("The PDF file to write."), QStringLiteral("file"));
    c.parser.addOption(output);
    c.parser.addPositionalArgument(QStringLiteral("id"), Tr::tr("The session's number."));
    if (const QString e = c.parse(args, 1); !e.isEmpty())
        return usageError(e);
    if (sessionId(c) != 0 && !c.parser.isSet(output))
        return usageError(Tr::tr("agenda-pdf needs --output FILE."));
    return onSession(c, OpenMode::ReadOnly, [&](Workspace &, const Session &s) {
        QString error;
        if (!AgendaPdf::write(s, c.parser.value(output), &error))
            return failure(error);
        out() << Tr::tr("Agenda written to %1.").arg(c.parser.value(output)) << '\n';
        out().flush();
        return Success;
    });
}

} // namespace Comite::CommandLine::SessionCommands
