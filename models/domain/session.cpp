#include "session.h"

#include <QCoreApplication>
#include <QLocale>

namespace Comite {

namespace SessionStatuses {

namespace {
struct StatusInfo {
    SessionStatus status;
    const char *key;
    const char *label;
};

constexpr StatusInfo infos[] = {
    {SessionStatus::Planned, "planned", QT_TRANSLATE_NOOP("SessionStatus", "Planned")},
    {SessionStatus::Running, "running", QT_TRANSLATE_NOOP("SessionStatus", "Running")},
    {SessionStatus::Held, "held", QT_TRANSLATE_NOOP("SessionStatus", "Held")},
};
} // namespace

QString key(SessionStatus status)
{
    return QString::fromLatin1(infos[static_cast<int>(status)].key);
}

std::optional<SessionStatus> fromKey(QStringView key)
{
    for (const auto &i : infos) {
        if (key == QLatin1String(i.key))
            return i.status;
    }
    return std::nullopt;
}

QString label(SessionStatus status)
{
    return QCoreApplication::translate("SessionStatus", infos[static_cast<int>(status)].label);
}

} // namespace SessionStatuses

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Session)
};
} // namespace

const SessionProduct *Session::product(qint64 productId) const
{
    for (const SessionProduct &p : products) {
        if (p.productId == productId)
            return &p;
    }
    return nullptr;
}

const Participant *Session::participant(qint64 participantId) const
{
    for (const Participant &p : participants) {
        if (p.id == participantId)
            return &p;
    }
    return nullptr;
}

const Decision *Session::decisionFor(qint64 productId) const
{
    for (const Decision &d : decisions) {
        if (d.productId == productId)
            return &d;
    }
    return nullptr;
}

QList<SessionProduct> Session::undecidedProducts() const
{
    QList<SessionProduct> result;
    for (const SessionProduct &p : products) {
        if (!decisionFor(p.productId))
            result << p;
    }
    return result;
}

QList<Participant> Session::votingMembers() const
{
    QList<Participant> result;
    for (const Participant &p : participants) {
        if (p.voting)
            result << p;
    }
    return result;
}

QString Session::displayTitle() const
{
    if (!title.trimmed().isEmpty())
        return title;
    QStringList names;
    for (const SessionProduct &p : products)
        names << p.title;
    if (names.isEmpty())
        return Tr::tr("Investment committee");
    return Tr::tr("Investment committee: %1").arg(QLocale().createSeparatedList(names));
}

SessionChanges changesBetween(const Session &a, const Session &b)
{
    SessionChanges c;
    if (a.title != b.title || a.startsAt != b.startsAt || a.plannedMinutes != b.plannedMinutes || a.place != b.place
        || a.videoLink != b.videoLink || a.incubatorId != b.incubatorId || a.startedAt != b.startedAt || a.endedAt != b.endedAt)
        c |= SessionChange::Header;
    if (a.products != b.products)
        c |= SessionChange::Products;
    if (a.participants != b.participants)
        c |= SessionChange::Participants;
    if (a.status != b.status)
        c |= SessionChange::Status;
    if (a.scores != b.scores)
        c |= SessionChange::Scores;
    if (a.decisions != b.decisions)
        c |= SessionChange::Decisions;
    if (a.agenda.size() != b.agenda.size()) {
        c |= SessionChange::Agenda;
    } else {
        for (qsizetype i = 0; i < a.agenda.size(); ++i) {
            AgendaItem x = a.agenda[i];
            const AgendaItem &y = b.agenda[i];
            if (x.notes != y.notes)
                c |= SessionChange::Notes;
            if (x.actualSeconds != y.actualSeconds)
                c |= SessionChange::Timing;
            x.notes = y.notes;
            x.actualSeconds = y.actualSeconds;
            if (x != y)
                c |= SessionChange::Agenda;
        }
    }
    return c;
}

namespace SessionRules {

QStringList closingProblems(const Session &session)
{
    QStringList problems;
    if (session.products.isEmpty())
        problems << Tr::tr("The session has no product.");
    for (const SessionProduct &p : session.undecidedProducts())
        problems << Tr::tr("“%1” has no decision yet.").arg(p.title);
    for (const Decision &d : session.decisions) {
        const SessionProduct *p = session.product(d.productId);
        problems << SessionDecisions::problems(d, p ? p->title : QString());
    }
    return problems;
}

} // namespace SessionRules

} // namespace Comite
