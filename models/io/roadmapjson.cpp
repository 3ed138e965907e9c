#include "roadmapjson.h"

#include "domain/roadmapreview.h"
#include "storage/roadmapdossier.h"
#include "storage/workspace.h"

#include <QJsonArray>

namespace Comite::RoadmapJson {

namespace {
QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue numberOrNull(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue ratingOrNull(StandardRating r)
{
    return r == StandardRating::Unrated ? QJsonValue(QJsonValue::Null) : QJsonValue(StandardRatings::key(r));
}

QJsonObject result(const ReviewRow &row, const Roadmap &roadmap, const QHash<qint64, IndicatorSeries> &indicators)
{
    const ExpectedResult &e = row.expected;
    const auto series = indicators.constFind(e.indicatorId);
    return QJsonObject{
        {QStringLiteral("text"), e.text},
        {QStringLiteral("indicator"), series != indicators.cend() ? QJsonValue(series->indicator.name) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("target"), numberOrNull(e.target)},
        {QStringLiteral("target_date"), e.target ? dateOrNull(e.targetDate.isValid() ? e.targetDate : roadmap.end)
                                                 : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("six_months_ago"), numberOrNull(row.start)},
        {QStringLiteral("today"), numberOrNull(row.reached)},
        {QStringLiteral("attainment_percent"),
         row.attainment ? QJsonValue(qRound(*row.attainment * 100.0)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), RoadmapReview::statusKey(row.status)},
        {QStringLiteral("explanation"), e.explanation},
    };
}
} // namespace

QJsonObject roadmap(const RoadmapDossier &dossier, const Roadmap &r)
{
    const QHash<qint64, IndicatorSeries> indicators = dossier.indicatorsById();
    const QList<ReviewRow> rows = RoadmapReview::rows(r, indicators, dossier.today);
    QJsonArray priorities;
    for (int p = 0; p < r.priorities.size(); ++p) {
        QJsonArray results;
        for (const ReviewRow &row : rows) {
            if (row.priority == p)
                results.append(result(row, r, indicators));
        }
        priorities.append(QJsonObject{{QStringLiteral("title"), r.priorities[p].title},
                                      {QStringLiteral("description"), r.priorities[p].description},
                                      {QStringLiteral("expected_results"), results}});
    }
    QJsonArray team;
    for (const TeamMember &m : r.team)
        team.append(QJsonObject{{QStringLiteral("profile"), m.profile},
                                {QStringLiteral("time"), m.time},
                                {QStringLiteral("unit"), TimeUnits::key(m.unit)}});
    QJsonObject budget;
    for (auto it = r.budgetRequest.cbegin(); it != r.budgetRequest.cend(); ++it)
        budget.insert(it.key(), it.value());
    QJsonArray support;
    for (const SupportNeed &s : r.supportNeeds)
        support.append(QJsonObject{{QStringLiteral("actor"), s.actor},
                                   {QStringLiteral("need"), s.need},
                                   {QStringLiteral("objective"), s.objective}});
    QJsonArray standards;
    for (const QString &key : Standards::keys()) {
        const StandardAssessment s = r.standard(key);
        standards.append(QJsonObject{{QStringLiteral("standard"), key},
                                     {QStringLiteral("six_months_ago"), ratingOrNull(s.ago)},
                                     {QStringLiteral("today"), ratingOrNull(s.today)},
                                     {QStringLiteral("in_six_months"), ratingOrNull(s.aimed)}});
    }
    QDate approvedOn;
    for (const CommitteeSessionRef &s : dossier.sessions) {
        if (s.id == r.sessionId)
            approvedOn = s.date;
    }
    return QJsonObject{
        {QStringLiteral("start"), dateOrNull(r.start)},
        {QStringLiteral("end"), dateOrNull(r.end)},
        {QStringLiteral("approved_on"), dateOrNull(approvedOn)},
        {QStringLiteral("vision"), r.vision},
        {QStringLiteral("deployment_potential"),
         QJsonObject{{QStringLiteral("target_population"), r.targetPopulation},
                     {QStringLiteral("estimation"), r.potentialEstimate}}},
        {QStringLiteral("priorities"), priorities},
        {QStringLiteral("hypotheses"), QJsonArray::fromStringList(r.hypotheses)},
        {QStringLiteral("success_criteria"),
         QJsonObject{{QStringLiteral("quantitative"), QJsonArray::fromStringList(r.quantitativeCriteria)},
                     {QStringLiteral("qualitative"), QJsonArray::fromStringList(r.qualitativeCriteria)}}},
        {QStringLiteral("team"), team},
        {QStringLiteral("budget_request"), budget},
        {QStringLiteral("support_needs"), support},
        {QStringLiteral("blockers"), QJsonArray::fromStringList(r.blockers)},
        {QStringLiteral("standards"), standards},
        {QStringLiteral("review_notes"), r.reviewNotes},
    };
}

void addProductKeys(const RoadmapDossier &d, QJsonObject &product)
{
    QJsonArray roadmaps;
    for (const Roadmap &r : d.roadmaps)
        roadmaps.append(roadmap(d, r));
    QJsonArray envelopes;
    for (const Envelope &e : d.envelopes)
        envelopes.append(QJsonObject{{QStringLiteral("start"), dateOrNull(e.start)},
                                     {QStringLiteral("end"), dateOrNull(e.end)},
                                     {QStringLiteral("amount"), e.amount},
                                     {QStringLiteral("source"), EnvelopeSources::key(e.source)},
                                     {QStringLiteral("label"), e.label}});
    QJsonArray spending;
    for (const SpendingEntry &s : d.spending)
        spending.append(QJsonObject{{QStringLiteral("month"), s.month},
                                    {QStringLiteral("line"), s.line},
                                    {QStringLiteral("amount"), s.amount},
                                    {QStringLiteral("forecast"), s.forecast}});
    const Preparation preparation = d.preparation();
    QJsonArray items;
    for (const ChecklistItem &i : preparation.items)
        items.append(QJsonObject{{QStringLiteral("key"), i.key}, {QStringLiteral("done"), i.done}, {QStringLiteral("detail"), i.detail}});
    product.insert(QStringLiteral("roadmaps"), roadmaps);
    product.insert(QStringLiteral("envelopes"), envelopes);
    product.insert(QStringLiteral("spending"), spending);
    product.insert(QStringLiteral("envelope_exhaustion"), dateOrNull(d.budget.exhaustion));
    product.insert(QStringLiteral("burn_rate"), qRound64(d.budget.burnRate));
    product.insert(QStringLiteral("preparation"),
                   QJsonObject{{QStringLiteral("case"), Preparation::caseKey(preparation.kind)},
                               {QStringLiteral("completeness"), preparation.completeness()},
                               {QStringLiteral("committee_date"), dateOrNull(preparation.committeeDate)},
                               {QStringLiteral("send_by"), dateOrNull(preparation.sendBy())},
                               {QStringLiteral("items"), items}});
}

void addProductKeys(Workspace &ws, qint64 productId, QJsonObject &product)
{
    if (const auto dossier = RoadmapDossier::load(ws, productId))
        addProductKeys(*dossier, product);
}

} // namespace Comite::RoadmapJson
