#include "deliberationdata.h"

#include "domain/productstatus.h"
#include "storage/deliberationrepository.h"
#include "storage/workspace.h"

namespace Comite {

namespace {
// The phase the product was in when the committee met: the last one
// started before that day (a phase the decision opened starts on it).
std::optional<Phase> phaseOn(const QList<PhaseRecord> &phases, QDate day)
{
    std::optional<Phase> found;
    for (const PhaseRecord &p : phases) {
        if (p.start.isValid() && p.start < day)
            found = p.phase;
    }
    if (!found && !phases.isEmpty())
        found = phases.first().phase;
    return found;
}

const Participant *firstWithRole(const Session &s, ParticipantRole role)
{
    for (const Participant &p : s.participants) {
        if (p.role == role)
            return &p;
    }
    return nullptr;
}
} // namespace

const Participant *DeliberationData::secretary() const
{
    if (const Participant *p = firstWithRole(session, ParticipantRole::Secretary))
        return p;
    return firstWithRole(session, ParticipantRole::IncubatorLead);
}

const Participant *DeliberationData::chair() const
{
    return firstWithRole(session, ParticipantRole::Chair);
}

DeliberationProduct DeliberationData::loadProduct(Workspace &ws, const SessionProduct &ref, const Session &session)
{
    const QDate day = session.date();
    DeliberationProduct d;
    d.ref = ref;
    d.product = ws.products().load(ref.productId).value_or(Product{});
    d.phase = phaseOn(d.product.phases, day);
    d.indicators = ws.indicators().seriesForProduct(ref.productId);
    // What the committee saw: nothing measured after the session's day.
    for (IndicatorSeries &series : d.indicators)
        series.measurements.removeIf([day](const Measurement &m) { return m.date > day; });

    QList<QDate> committees;
    for (const CommitteeReview &r : ws.committees().forProduct(ref.productId)) {
        if (r.date < day)
            committees << r.date;
    }
    const EfficiencyFigures efficiency =
        EfficiencyFigures::compute(ws.spending().actualByMonth(ref.productId), d.indicators, committees, day);
    d.matrix = ImpactMatrixOverview::build(d.indicators, efficiency, day);

    // Spent since the previous committee: its month up to the session's.
    for (const QDate &c : std::as_const(committees)) {
        if (!d.spendingFrom.isValid() || c > d.spendingFrom)
            d.spendingFrom = c;
    }
    const QString from = d.spendingFrom.isValid() ? d.spendingFrom.toString(QStringLiteral("yyyy-MM")) : QString();
    const QString until = day.toString(QStringLiteral("yyyy-MM"));
    for (const SpendingEntry &e : ws.spending().forProduct(ref.productId)) {
        if (e.forecast || e.amount == 0 || e.month < from || e.month >= until)
            continue;
        d.spending << e;
        if (d.spendingFirstMonth.isEmpty() || e.month < d.spendingFirstMonth)
            d.spendingFirstMonth = e.month;
        if (e.month > d.spendingLastMonth)
            d.spendingLastMonth = e.month;
    }
    for (const IndicatorSeries &s : std::as_const(d.indicators)) {
        if (s.indicator.northStar) {
            d.northStar = ChartData::northStar(s, day);
            break;
        }
    }

    // Who pays: the product's sponsor administrations.
    if (!d.product.sponsorIds.isEmpty()) {
        for (const Organisation &o : ws.organisations().organisations()) {
            if (d.product.sponsorIds.contains(o.id))
                d.payers << (o.acronym.isEmpty() || o.acronym == o.name ? o.name : QStringLiteral("%1 (%2)").arg(o.name, o.acronym));
        }
    }

    // The roadmap this session approved is the team's request; the one
    // running before it is the period under review.
    QList<Roadmap> roadmaps = ws.roadmaps().forProduct(ref.productId);
    RoadmapTimeline::sort(roadmaps);
    int requested = -1;
    for (int i = 0; i < roadmaps.size(); ++i) {
        if (roadmaps[i].sessionId == session.id)
            requested = i;
    }
    if (requested < 0)
        requested = RoadmapTimeline::proposed(roadmaps, day.addDays(-1));
    int reviewed = RoadmapTimeline::current(roadmaps, day.addDays(-1));
    if (reviewed == requested)
        reviewed = requested > 0 ? requested - 1 : -1;
    if (requested >= 0)
        d.requested = roadmaps[requested];
    if (reviewed >= 0) {
        d.reviewed = roadmaps[reviewed];
        QHash<qint64, IndicatorSeries> byId;
        for (const IndicatorSeries &s : std::as_const(d.indicators))
            byId.insert(s.indicator.id, s);
        d.review = RoadmapReview::rows(*d.reviewed, byId, day);
    }

    // The next committee: a later session of the product, else when one is due.
    for (const CommitteeSessionRef &r : ws.roadmaps().sessionsOfProduct(ref.productId)) {
        if (r.id != session.id && r.date > day) {
            d.nextCommittee = r.date;
            d.nextCommitteePlanned = true;
            break;
        }
    }
    if (!d.nextCommittee.isValid()) {
        const Decision *decision = session.decisionFor(ref.productId);
        d.nextCommittee = CommitteeSchedule::withEnvelope(CommitteeSchedule::dueDate(day, {}),
                                                          decision ? decision->periodEnd : QDate());
    }
    return d;
}

std::optional<DeliberationData> DeliberationData::load(Workspace &ws, qint64 sessionId)
{
    auto session = ws.sessions().load(sessionId);
    if (!session)
        return std::nullopt;
    DeliberationData data;
    data.session = std::move(*session);
    data.today = ws.today();
    for (const Incubator &i : ws.organisations().incubators()) {
        if (i.id == data.session.incubatorId)
            data.incubator = i.name;
    }
    DeliberationRepository versions(ws.database());
    data.versions = versions.versions(sessionId);
    data.version = DeliberationRules::current(data.versions, sessionId);
    for (const SessionProduct &p : std::as_const(data.session.products))
        data.products << loadProduct(ws, p, data.session);
    return data;
}

} // namespace Comite
