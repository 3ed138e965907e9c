#include "portfoliojson.h"

#include "betagouv/betagouvjson.h"
#include "indicatorjson.h"
#include "roadmapjson.h"
#include "domain/phasehistory.h"

#include <QHash>
#include <algorithm>

namespace Comite::PortfolioJson {

namespace {
QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue phaseOrNull(const std::optional<Phase> &phase)
{
    return phase ? QJsonValue(Phases::key(*phase)) : QJsonValue(QJsonValue::Null);
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonArray products(Workspace &ws)
{
    QJsonArray result;
    for (const ProductSummary &s : ws.products().summaries({})) {  // no sponsors, no indicators
        result.append(QJsonObject{
            {QStringLiteral("slug"), s.slug},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("incubator"), stringOrNull(s.incubatorSlug)},
            {QStringLiteral("current_phase"), phaseOrNull(ProductStatus::compute(s.phases, {}, {}).currentPhase)},
        });
    }
    return result;
}

std::optional<QJsonObject> product(Workspace &ws, const QString &slug)
{
    const auto id = ws.products().idForSlug(slug);
    if (!id)
        return std::nullopt;
    const auto summary = ws.products().summary(*id);
    const auto product = ws.products().load(*id);
    if (!summary || !product)
        return std::nullopt;
    const ProductStatus status = summary->status(ws.today());

    QJsonArray phases;
    for (const PhaseRecord &p : product->phases) {
        phases.append(QJsonObject{{QStringLiteral("name"), Phases::key(p.phase)},
                                  {QStringLiteral("start"), dateOrNull(p.start)},
                                  {QStringLiteral("end"), dateOrNull(p.end)},
                                  {QStringLiteral("comment"), p.comment}});
    }
    QJsonArray committees;
    for (const CommitteeReview &c : ws.committees().forProduct(*id)) {
        committees.append(QJsonObject{{QStringLiteral("date"), dateOrNull(c.date)},
                                      {QStringLiteral("decision"), DecisionOptions::key(c.decision)},
                                      {QStringLiteral("comment"), c.comment}});
    }
    QJsonArray links;
    for (const ProductLink &l : product->links)
        links.append(QJsonObject{{QStringLiteral("kind"), l.kind}, {QStringLiteral("url"), l.url}});

    QJsonObject json{
        {QStringLiteral("slug"), product->slug},
        {QStringLiteral("title"), product->title},
        {QStringLiteral("pitch"), product->pitch},
        {QStringLiteral("incubator"), stringOrNull(summary->incubatorSlug)},
        {QStringLiteral("sponsors"), QJsonArray::fromStringList(summary->sponsorSlugs)},
        {QStringLiteral("intrapreneur"), product->intrapreneur},
        {QStringLiteral("coach"), product->coach},
        {QStringLiteral("links"), links},
        {QStringLiteral("description"), product->description},
        {QStringLiteral("phases"), phases},
        {QStringLiteral("current_phase"), phaseOrNull(status.currentPhase)},
        {QStringLiteral("committees"), committees},
        {QStringLiteral("last_committee"), dateOrNull(status.lastCommittee)},
        {QStringLiteral("next_committee_due"), dateOrNull(status.nextCommitteeDue)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(status.warnings())},
    };
    BetagouvJson::addProductKeys(ws.database(), *id, json);  // events, fundings, betagouv
    IndicatorJson::addProductKeys(ws, *id, json);  // indicators, efficiency, missing_mandatory_indicators
    RoadmapJson::addProductKeys(ws, *id, json);  // roadmaps, envelopes, spending, envelope_exhaustion
    return json;
}

QJsonObject summary(Workspace &ws)
{
    // The committee figures only: no sponsors, no indicator facts (the
    // counts never read them).
    return summaryOf(ws, ws.products().summaries({}));
}

QJsonObject summaryOf(Workspace &ws, const QList<ProductSummary> &rows)
{
    const QList<Incubator> incubators = ws.organisations().incubators();
    // Counted by phase number, named once at the end (not a JSON lookup per product).
    const QList<Phase> phases = Phases::all();
    QList<int> phaseCounts(phases.size(), 0);
    QList<QList<int>> durations(phases.size());  // days of each finished phase
    QHash<QString, int> byIncubator;
    for (const Incubator &i : incubators)
        byIncubator.insert(i.slug, 0);
    int withCommittee = 0;
    int overdue = 0;
    int unknown = 0;
    int coIncubated = 0;
    QHash<QString, int> byPrimaryIncubator = byIncubator;
    const QDate today = ws.today();
    for (const ProductSummary &s : rows) {
        for (const auto &[phase, days] : PhaseHistory::finishedDurations(s.phases))
            durations[phases.indexOf(phase)] << days;
        const ProductStatus status = s.status(today);
        if (status.currentPhase)
            ++phaseCounts[phases.indexOf(*status.currentPhase)];
        // A co-incubated product counts under each of its incubators.
        for (const QString &incubator : s.incubatorSlugs())
            ++byIncubator[incubator];
        if (!s.incubatorSlug.isEmpty())
            ++byPrimaryIncubator[s.incubatorSlug];
        if (!s.coIncubatorSlugs.isEmpty())
            ++coIncubated;
        if (status.committeeUnknown)
            ++unknown;
        if (s.committeeCount > 0)
            ++withCommittee;
        if (status.committeeOverdue)
            ++overdue;
    }
    QJsonObject incubatorCounts;
    for (auto it = byIncubator.cbegin(); it != byIncubator.cend(); ++it)
        incubatorCounts.insert(it.key(), it.value());
    // Median days of the finished phases (the 2020 backfill's zero-length
    // investigations left out).
    QJsonObject byPhase;
    QJsonObject medianDays;
    for (int i = 0; i < phases.size(); ++i) {
        byPhase.insert(Phases::key(phases[i]), phaseCounts[i]);
        QList<int> &days = durations[i];
        if (days.isEmpty())
            continue;
        std::sort(days.begin(), days.end());
        medianDays.insert(Phases::key(phases[i]), days.at(days.size() / 2));
    }
    QJsonObject primaryCounts;
    for (auto it = byPrimaryIncubator.cbegin(); it != byPrimaryIncubator.cend(); ++it)
        primaryCounts.insert(it.key(), it.value());

    return QJsonObject{
        {QStringLiteral("products"), int(rows.size())},
        {QStringLiteral("incubators"), int(incubators.size())},
        {QStringLiteral("organisations"), int(ws.organisations().organisations().size())},
        {QStringLiteral("by_phase"), byPhase},
        {QStringLiteral("by_incubator"), incubatorCounts},
        {QStringLiteral("committees"), ws.committees().heldReviewCount()},
        {QStringLiteral("products_with_committee"), withCommittee},
        {QStringLiteral("committee_overdue"), overdue},
        // by_incubator counts a co-incubated product under each incubator;
        // by_incubator_primary under its primary one only.
        {QStringLiteral("coincubated_products"), coIncubated},
        {QStringLiteral("by_incubator_primary"), primaryCounts},
        {QStringLiteral("committee_unknown"), unknown},
        {QStringLiteral("median_phase_days"), medianDays},
    };
}

} // namespace Comite::PortfolioJson
