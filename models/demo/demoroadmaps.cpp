#include "demoroadmaps.h"

#include "domain/roadmap.h"
#include "storage/database.h"
#include "storage/enveloperepository.h"
#include "storage/indicatorrepository.h"
#include "storage/productrepository.h"
#include "storage/roadmaprepository.h"
#include "storage/sessionrepository.h"
#include "storage/spendingrepository.h"

#include <QJsonArray>

#include <cmath>

namespace Comite::DemoRoadmaps {

namespace {

// A held committee of the product and what its decision granted, if any.
struct Committee {
    qint64 sessionId = 0;
    QDate date;
    qint64 decisionId = 0;
    std::optional<qint64> amount;
    QDate periodStart;
    QDate periodEnd;
};

QList<Committee> heldCommittees(SessionRepository &sessions, qint64 productId)
{
    QList<Committee> result;
    for (const qint64 id : sessions.sessionsOfProduct(productId)) {
        const std::optional<Session> session = sessions.load(id);
        if (!session || session->status != SessionStatus::Held)
            continue;
        Committee c{id, session->startsAt.date()};
        if (const Decision *d = session->decisionFor(productId))
            c = Committee{id, c.date, d->id, d->amount, d->periodStart, d->periodEnd};
        // A committee recorded twice on one day (history and full session):
        // the full session, the later one, stands for both.
        if (!result.isEmpty() && result.last().date == c.date)
            result.removeLast();
        result << c;
    }
    return result;
}

// A round target: two significant figures, one decimal for small values.
double roundTarget(double value)
{
    if (std::abs(value) < 10)
        return std::round(value * 10) / 10;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::abs(value))) - 1);
    return std::round(value / magnitude) * magnitude;
}

// The last measurement on or before `day`, else the first one after it.
std::optional<double> valueOn(const QList<Measurement> &measurements, QDate day)
{
    std::optional<double> result;
    for (const Measurement &m : measurements) {
        if (m.date > day)
            return result ? result : std::optional<double>(m.value);
        result = m.value;
    }
    return result;
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &v : value.toArray())
        result << v.toString();
    return result;
}

Roadmap roadmapFrom(const QJsonObject &product, const QJsonObject &period, qint64 productId, QDate start, QDate end,
                    qint64 sessionId, IndicatorRepository &indicators)
{
    Roadmap r;
    r.productId = productId;
    r.start = start;
    r.end = end;
    r.sessionId = sessionId;
    r.vision = product.value(QLatin1String("vision")).toString();
    r.targetPopulation = product.value(QLatin1String("target_population")).toString();
    r.potentialEstimate = product.value(QLatin1String("potential_estimate")).toString();
    for (const QJsonValue &pv : period.value(QLatin1String("priorities")).toArray()) {
        const QJsonObject po = pv.toObject();
        RoadmapPriority priority;
        priority.title = po.value(QLatin1String("title")).toString();
        priority.description = po.value(QLatin1String("description")).toString();
        for (const QJsonValue &rv : po.value(QLatin1String("results")).toArray()) {
            const QJsonObject ro = rv.toObject();
            ExpectedResult result;
            result.text = ro.value(QLatin1String("text")).toString();
            result.explanation = ro.value(QLatin1String("explanation")).toString();
            const QString name = ro.value(QLatin1String("indicator")).toString();
            if (const auto id = name.isEmpty() ? std::nullopt : indicators.idForName(productId, name)) {
                result.indicatorId = *id;
                // Targets are set against where the indicator stood when the
                // period began, so the review reads like a real one.
                if (const auto startValue = valueOn(indicators.measurements(*id), start))
                    result.target = roundTarget(*startValue * ro.value(QLatin1String("target_ratio")).toDouble(1.2));
            }
            priority.results << result;
        }
        r.priorities << priority;
    }
    r.hypotheses = strings(period.value(QLatin1String("hypotheses")));
    r.quantitativeCriteria = strings(period.value(QLatin1String("quantitative_criteria")));
    r.qualitativeCriteria = strings(period.value(QLatin1String("qualitative_criteria")));
    for (const QJsonValue &tv : period.value(QLatin1String("team")).toArray()) {
        const QJsonObject to = tv.toObject();
        r.team << TeamMember{to.value(QLatin1String("profile")).toString(), to.value(QLatin1String("time")).toDouble(),
                             TimeUnits::fromKey(to.value(QLatin1String("unit")).toString()).value_or(TimeUnit::DaysPerWeek)};
    }
    const QJsonObject budget = period.value(QLatin1String("budget")).toObject();
    for (auto it = budget.constBegin(); it != budget.constEnd(); ++it) {
        if (const qint64 euros = qint64(it.value().toDouble()); euros > 0)
            r.budgetRequest.insert(it.key(), euros);
    }
    for (const QJsonValue &sv : period.value(QLatin1String("support_needs")).toArray()) {
        const QJsonObject so = sv.toObject();
        r.supportNeeds << SupportNeed{so.value(QLatin1String("actor")).toString(), so.value(QLatin1String("need")).toString(),
                                      so.value(QLatin1String("objective")).toString()};
    }
    r.blockers = strings(period.value(QLatin1String("blockers")));
    r.reviewNotes = period.value(QLatin1String("review_notes")).toString();
    return r;
}

// The ratings of the standards: [six months ago, today, aimed for]; the
// previous roadmap's "today" is the current one's "six months ago".
QList<StandardAssessment> standards(const QJsonObject &product, bool previous)
{
    QList<StandardAssessment> result;
    const QJsonObject all = product.value(QLatin1String("standards")).toObject();
    for (const QString &key : Standards::keys()) {
        const QJsonArray r = all.value(key).toArray();
        auto rating = [&](int i) { return StandardRatings::fromKey(r.at(i).toString()).value_or(StandardRating::Unrated); };
        result << (previous ? StandardAssessment{key, rating(0), rating(0), rating(1)}
                            : StandardAssessment{key, rating(0), rating(1), rating(2)});
    }
    return result;
}

// What the product spends over [start, end]: actual spending, else the
// forecast, else the last month known.
qint64 spendingOver(const QList<SpendingEntry> &entries, QDate start, QDate end)
{
    QMap<QString, qint64> actual, forecast;
    for (const SpendingEntry &e : entries)
        (e.forecast ? forecast : actual)[e.month] += e.amount;
    qint64 total = 0, last = 0;
    for (QDate month(start.year(), start.month(), 1); month <= end; month = month.addMonths(1)) {
        const QString key = month.toString(QStringLiteral("yyyy-MM"));
        if (actual.contains(key))
            last = actual.value(key);
        else if (forecast.contains(key))
            last = forecast.value(key);
        total += last;
    }
    return total;
}

qint64 roundAmount(double euros)
{
    return qint64(std::llround(euros / 10000.0)) * 10000;
}

} // namespace

void write(Database &db, const QJsonObject &texts)
{
    ProductRepository products(db);
    RoadmapRepository roadmaps(db);
    EnvelopeRepository envelopes(db);
    IndicatorRepository indicators(db);
    SpendingRepository spending(db);
    SessionRepository sessions(db);
    const QJsonObject all = texts.value(QLatin1String("products")).toObject();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        const std::optional<qint64> productId = products.idForSlug(it.key());
        if (!productId)
            continue;
        const QJsonObject product = it.value().toObject();
        const QList<Committee> held = heldCommittees(sessions, *productId);
        if (held.isEmpty())
            continue;
        const Committee &last = held.last();
        const Committee *before = held.size() > 1 ? &held.at(held.size() - 2) : nullptr;

        // The current period is the one the last committee granted, else the
        // six months after it; the previous one ends the day before.
        const QDate currentStart = last.periodStart.isValid() ? last.periodStart : last.date;
        const QDate currentEnd = last.periodEnd.isValid() ? last.periodEnd : currentStart.addMonths(6).addDays(-1);
        const QDate previousEnd = currentStart.addDays(-1);
        QDate previousStart = before ? before->date : currentStart.addMonths(-6);
        if (previousStart.addMonths(8) < previousEnd)
            previousStart = currentStart.addMonths(-6);  // a long gap: the last six months

        Roadmap previous = roadmapFrom(product, product.value(QLatin1String("previous")).toObject(), *productId,
                                       previousStart, previousEnd, before ? before->sessionId : 0, indicators);
        previous.standards = standards(product, true);
        Roadmap current = roadmapFrom(product, product.value(QLatin1String("current")).toObject(), *productId,
                                      currentStart, currentEnd, last.sessionId, indicators);
        current.standards = standards(product, false);
        roadmaps.save(previous);
        roadmaps.save(current);

        // Each period is funded by an envelope sized on its spending; a
        // factor below 1 shows money running out before the period ends.
        const QList<SpendingEntry> entries = spending.forProduct(*productId);
        const double factor = product.value(QLatin1String("envelope_factor")).toDouble(1.0);
        Envelope past{0, *productId, previousStart, previousEnd,
                      roundAmount(spendingOver(entries, previousStart, previousEnd) * 1.02), EnvelopeSource::Sponsor,
                      {}, before ? before->decisionId : 0};
        Envelope now{0, *productId, currentStart, currentEnd,
                     last.amount ? *last.amount : roundAmount(spendingOver(entries, currentStart, currentEnd) * factor),
                     EnvelopeSource::Sponsor, {}, last.decisionId};
        if (past.amount > 0)
            envelopes.insert(past);
        if (now.amount > 0)
            envelopes.insert(now);
        if (const qint64 fast = qint64(product.value(QLatin1String("fast")).toDouble()); fast > 0) {
            envelopes.insert(Envelope{0, *productId, currentStart, currentEnd, fast, EnvelopeSource::Fast,
                                      QStringLiteral("FAST"), 0});
        }
    }
}

} // namespace Comite::DemoRoadmaps
