#include "demosessions.h"

#include "storage/committeerepository.h"
#include "storage/database.h"
#include "storage/organisationrepository.h"
#include "storage/productrepository.h"
#include "storage/sessionrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Comite::DemoSessions {

namespace {
// The demo's dates are month offsets from today (demoportfolio.cpp).
QDate monthsFrom(QDate today, double months)
{
    return today.addDays(qRound(months * 30.4375));
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QList<Participant> participants(const QJsonArray &list)
{
    QList<Participant> result;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        Participant p;
        p.name = str(o, "name");
        p.organisation = str(o, "organisation");
        p.role = ParticipantRoles::fromKey(str(o, "role")).value_or(ParticipantRole::Other);
        p.present = o.value(QLatin1String("present")).toBool(true);
        p.excused = !p.present && o.value(QLatin1String("excused")).toBool();
        p.civility = Civilities::fromKey(str(o, "civility"));
        p.voting = o.value(QLatin1String("voting")).toBool(ParticipantRoles::votesByDefault(p.role));
        result << p;
    }
    return result;
}

QList<AgendaItem> agenda(const QJsonArray &list, const QHash<QString, qint64> &productIds)
{
    QList<AgendaItem> result;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        AgendaItem item;
        item.productId = productIds.value(str(o, "product"));
        item.kind = AgendaItemKinds::fromKey(str(o, "kind")).value_or(AgendaItemKind::Other);
        item.title = str(o, "title");
        item.plannedMinutes = o.value(QLatin1String("minutes")).toInt();
        if (o.contains(QLatin1String("actual_seconds")))
            item.actualSeconds = o.value(QLatin1String("actual_seconds")).toInt();
        item.teamLeaves = o.value(QLatin1String("team_leaves")).toBool();
        item.notes = str(o, "notes");
        result << item;
    }
    return result;
}

Decision decision(const QJsonObject &o, qint64 productId, QDate date)
{
    Decision d;
    d.productId = productId;
    d.option = DecisionOptions::fromKey(str(o, "decision")).value_or(DecisionOption::Continue);
    d.comment = str(o, "comment");
    if (o.contains(QLatin1String("amount")))
        d.amount = qint64(o.value(QLatin1String("amount")).toDouble());
    if (o.contains(QLatin1String("period_months"))) {
        d.periodStart = date.addDays(o.value(QLatin1String("period_starts_in_days")).toInt());
        d.periodEnd = d.periodStart.addMonths(o.value(QLatin1String("period_months")).toInt()).addDays(-1);
    }
    if (o.contains(QLatin1String("phase_change")))
        d.phaseChange = Phases::fromKey(str(o, "phase_change"));
    for (const QJsonValue &v : o.value(QLatin1String("objectives")).toArray()) {
        d.objectives << DecisionObjective{v[QLatin1String("text")].toString(),
                                          ObjectiveStatuses::fromKey(v[QLatin1String("status")].toString())
                                              .value_or(ObjectiveStatus::Validated),
                                          v[QLatin1String("comment")].toString()};
    }
    for (const QJsonValue &v : o.value(QLatin1String("blockers")).toArray())
        d.blockers << DecisionBlocker{v[QLatin1String("text")].toString(), v[QLatin1String("owner")].toString()};
    d.conditions = str(o, "conditions");
    d.roadmapOpinion = str(o, "roadmap_opinion");
    // The vote: {"kind": "unanimous"} or {"kind": "counted", "for": 2, "against": 0, "abstaining": 1}.
    const QJsonObject vote = o.value(QLatin1String("vote")).toObject();
    d.vote.kind = DecisionVote::kindFromKey(str(vote, "kind"));
    d.vote.votesFor = vote.value(QLatin1String("for")).toInt();
    d.vote.votesAgainst = vote.value(QLatin1String("against")).toInt();
    d.vote.abstaining = vote.value(QLatin1String("abstaining")).toInt();
    for (const QJsonValue &v : o.value(QLatin1String("actions")).toArray()) {
        d.actions << DecisionAction{v[QLatin1String("text")].toString(), v[QLatin1String("owner")].toString(),
                                    date.addDays(v[QLatin1String("due_in_days")].toInt())};
    }
    if (o.contains(QLatin1String("procurement_informed_in_days")))
        d.procurementInformedOn = date.addDays(o.value(QLatin1String("procurement_informed_in_days")).toInt());
    return d;
}

// The committee recorded for the product on `date` (from its "committees"):
// its decision and comment, and removes it so the full session replaces it.
void takeOverRecorded(Database &db, qint64 productId, QDate date, Decision &d)
{
    CommitteeRepository committees(db);
    for (const CommitteeReview &recorded : committees.forProduct(productId)) {
        if (recorded.date != date)
            continue;
        d.option = recorded.decision;
        d.comment = recorded.comment;
        committees.removeRecorded(recorded.sessionId);
        return;
    }
}
} // namespace

void write(Database &db, QDate today, const QJsonArray &sessions, const QJsonArray &agendaTemplates)
{
    ProductRepository products(db);
    SessionRepository repository(db);
    OrganisationRepository organisations(db);
    db.transaction([&] {
        for (const QJsonValue &v : agendaTemplates) {
            const QJsonObject o = v.toObject();
            AgendaTemplate t;
            t.name = str(o, "name");
            for (const QJsonValue &i : o.value(QLatin1String("items")).toArray()) {
                t.items << AgendaTemplateItem{i[QLatin1String("scope")].toString() == QLatin1String("session")
                                                  ? AgendaScope::Session
                                                  : AgendaScope::Product,
                                              AgendaItemKinds::fromKey(i[QLatin1String("kind")].toString())
                                                  .value_or(AgendaItemKind::Other),
                                              i[QLatin1String("title")].toString(), i[QLatin1String("minutes")].toInt(),
                                              i[QLatin1String("team_leaves")].toBool()};
            }
            repository.saveTemplate(t);
        }
        for (const QJsonValue &v : sessions) {
            const QJsonObject o = v.toObject();
            Session s;
            const QDate date = monthsFrom(today, o.value(QLatin1String("at")).toDouble());
            s.startsAt = QDateTime(date, QTime::fromString(str(o, "time"), QStringLiteral("HH:mm")));
            // The actual start and end of a held session, as the facilitator noted them.
            if (o.contains(QLatin1String("started")))
                s.startedAt = QDateTime(date, QTime::fromString(str(o, "started"), QStringLiteral("HH:mm")));
            if (o.contains(QLatin1String("ended")))
                s.endedAt = QDateTime(date, QTime::fromString(str(o, "ended"), QStringLiteral("HH:mm")));
            s.title = str(o, "title");
            s.plannedMinutes = o.value(QLatin1String("planned_minutes")).toInt();
            s.place = str(o, "place");
            s.videoLink = str(o, "video_link");
            s.status = SessionStatuses::fromKey(str(o, "status")).value_or(SessionStatus::Planned);
            if (const std::optional<Incubator> incubator = organisations.incubatorBySlug(str(o, "incubator")))
                s.incubatorId = incubator->id;
            QHash<QString, qint64> productIds;
            for (const QJsonValue &slug : o.value(QLatin1String("products")).toArray()) {
                const auto id = products.idForSlug(slug.toString());
                if (!id)
                    throw StorageError(QCoreApplication::translate("DemoPortfolio", "The demo session names an unknown product “%1”.")
                                           .arg(slug.toString()));
                productIds.insert(slug.toString(), *id);
                s.products << SessionProduct{*id, slug.toString(), {}};
            }
            s.participants = participants(o.value(QLatin1String("participants")).toArray());
            s.agenda = agenda(o.value(QLatin1String("agenda")).toArray(), productIds);
            repository.insert(s);  // participants get their ids

            QHash<QString, qint64> memberIds;
            for (const Participant &p : std::as_const(s.participants))
                memberIds.insert(p.name, p.id);
            const QJsonObject scores = o.value(QLatin1String("scores")).toObject();
            for (auto product = scores.begin(); product != scores.end(); ++product) {
                const QJsonObject byMember = product.value().toObject();
                for (auto member = byMember.begin(); member != byMember.end(); ++member) {
                    const QJsonArray values = member.value().toArray();
                    for (int q = 0; q < values.size(); ++q) {
                        const QJsonValue value = values[q];
                        ArbitrationScore score{productIds.value(product.key()), memberIds.value(member.key()), q + 1,
                                               value.isObject() ? value[QLatin1String("score")].toInt() : value.toInt(),
                                               value.isObject() ? value[QLatin1String("comment")].toString() : QString()};
                        s.scores << score;
                    }
                }
            }
            const QJsonObject decisions = o.value(QLatin1String("decisions")).toObject();
            for (const SessionProduct &p : std::as_const(s.products)) {
                if (!decisions.contains(p.slug))
                    continue;
                Decision d = decision(decisions.value(p.slug).toObject(), p.productId, date);
                if (s.status == SessionStatus::Held)
                    takeOverRecorded(db, p.productId, date, d);
                s.decisions << d;
            }
            repository.save(s);
        }
    });
}

} // namespace Comite::DemoSessions
