#include "preparation.h"

#include "displayformat.h"
#include "roadmapreview.h"

#include <QCoreApplication>
#include <QSet>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Preparation)
};

// Adds the checks about the roadmap presented for the next period.
void checkProposed(QList<ChecklistItem> &items, const Roadmap *r, bool withStandards)
{
    auto add = [&](const char *key, const QString &label, bool done, const QString &detail) {
        items << ChecklistItem{QLatin1String(key), label, done, detail};
    };
    const QString none = Tr::tr("No roadmap for the next six months yet.");
    add("roadmap-drafted", Tr::tr("Roadmap for the next six months drafted"), r,
        r ? Tr::tr("From %1 to %2.").arg(DisplayFormat::date(r->start), DisplayFormat::date(r->end)) : none);
    const int priorities = r ? int(r->priorities.size()) : 0;
    add("priorities", Tr::tr("One to three priorities"), priorities >= 1 && priorities <= RoadmapRules::maxPriorities,
        r ? Tr::tr("%n priority(ies).", nullptr, priorities) : none);
    int quantified = 0;
    if (r) {
        for (const RoadmapPriority &p : r->priorities) {
            if (std::any_of(p.results.cbegin(), p.results.cend(), [](const ExpectedResult &e) { return e.isQuantified(); }))
                ++quantified;
        }
    }
    add("quantified-results", Tr::tr("Each priority has a quantified expected result"), priorities > 0 && quantified == priorities,
        r ? Tr::tr("%1 of %n priority(ies) quantified.", nullptr, priorities).arg(quantified) : none);
    const bool potential = r && !r->vision.trimmed().isEmpty() && !r->targetPopulation.trimmed().isEmpty()
                           && !r->potentialEstimate.trimmed().isEmpty();
    add("vision-potential", Tr::tr("Vision and deployment potential, with how it was estimated"), potential,
        potential ? Tr::tr("Written.") : Tr::tr("Vision, target population or estimation missing."));
    const bool criteria = r && !r->hypotheses.isEmpty() && !r->quantitativeCriteria.isEmpty() && !r->qualitativeCriteria.isEmpty();
    add("hypotheses-criteria", Tr::tr("Hypotheses and success criteria, quantitative and qualitative"), criteria,
        r ? Tr::tr("%1 hypotheses, %2 quantitative and %3 qualitative criteria.")
                .arg(r->hypotheses.size())
                .arg(r->quantitativeCriteria.size())
                .arg(r->qualitativeCriteria.size())
          : none);
    const bool team = r && !r->team.isEmpty();
    add("team", Tr::tr("Team profiles with their time"), team,
        team ? Tr::tr("%1 profiles, %2 FTE.").arg(r->team.size()).arg(QLocale().toString(r->teamFte(), 'f', 1))
             : Tr::tr("No profile listed."));
    const qint64 request = r ? r->requestTotal() : 0;
    add("budget-request", Tr::tr("Budget request filled by line"), request > 0,
        request > 0 ? Tr::tr("%1 requested.").arg(DisplayFormat::euros(request)) : Tr::tr("No amount requested."));
    const bool support = r && (!r->supportNeeds.isEmpty() || !r->blockers.isEmpty());
    add("support-blockers", Tr::tr("Support needed per actor and blockers to lift"), support,
        r ? Tr::tr("%1 support needs, %2 blockers.").arg(r->supportNeeds.size()).arg(r->blockers.size()) : none);
    if (withStandards) {
        int rated = 0;
        if (r) {
            for (const QString &key : Standards::keys())
                rated += r->standard(key).isComplete() ? 1 : 0;
        }
        add("standards", Tr::tr("beta.gouv.fr standards rated six months ago, today and in six months"),
            rated == int(Standards::keys().size()), Tr::tr("%1 of %2 standards rated.").arg(rated).arg(Standards::keys().size()));
    }
}
} // namespace

int Preparation::completeness() const
{
    if (items.isEmpty())
        return 0;
    const auto done = std::count_if(items.cbegin(), items.cend(), [](const ChecklistItem &i) { return i.done; });
    return int(std::lround(100.0 * double(done) / double(items.size())));
}

PreparationCase Preparation::caseFor(std::optional<Phase> phase)
{
    if (!phase)
        return PreparationCase::None;
    switch (*phase) {
    case Phase::Investigation: return PreparationCase::EnteringConstruction;
    case Phase::Construction:
    case Phase::Acceleration:
    case Phase::Consolidation: return PreparationCase::InProgress;
    default: return PreparationCase::None;
    }
}

QString Preparation::caseKey(PreparationCase kind)
{
    switch (kind) {
    case PreparationCase::None: return QStringLiteral("none");
    case PreparationCase::EnteringConstruction: return QStringLiteral("entering-construction");
    case PreparationCase::InProgress: return QStringLiteral("in-progress");
    }
    return {};
}

QString Preparation::caseLabel(PreparationCase kind)
{
    switch (kind) {
    case PreparationCase::None: return Tr::tr("No committee expected");
    case PreparationCase::EnteringConstruction: return Tr::tr("Entering construction");
    case PreparationCase::InProgress: return Tr::tr("In construction or acceleration");
    }
    return {};
}

int Preparation::northStarMonthsCovered(const QList<IndicatorSeries> &indicators, QDate today)
{
    const auto north = std::find_if(indicators.cbegin(), indicators.cend(),
                                    [](const IndicatorSeries &s) { return s.indicator.northStar; });
    if (north == indicators.cend())
        return -1;
    const QDate from = QDate(today.year(), today.month(), 1).addMonths(-northStarMonths);
    QSet<QString> months;
    for (const Measurement &m : north->between(from, today))
        months.insert(BudgetProjection::monthKey(m.date));
    return int(std::min<qsizetype>(months.size(), northStarMonths));
}

Preparation Preparation::evaluate(const PreparationFacts &f)
{
    Preparation p;
    p.kind = caseFor(f.phase);
    p.committeeDate = f.committeeDate;
    if (p.kind == PreparationCase::None)
        return p;
    auto add = [&](const char *key, const QString &label, bool done, const QString &detail) {
        p.items << ChecklistItem{QLatin1String(key), label, done, detail};
    };
    const int proposedIndex = RoadmapTimeline::proposed(f.roadmaps, f.today);
    const Roadmap *proposed = proposedIndex >= 0 ? &f.roadmaps[proposedIndex] : nullptr;

    if (p.kind == PreparationCase::EnteringConstruction) {
        add("pitch", Tr::tr("Pitch: the problem and the solution"), !f.pitch.trimmed().isEmpty(),
            f.pitch.trimmed().isEmpty() ? Tr::tr("No pitch yet.") : Tr::tr("Written."));
        add("investigation-results", Tr::tr("Investigation results described"), !f.description.trimmed().isEmpty(),
            f.description.trimmed().isEmpty() ? Tr::tr("The product description is empty.") : Tr::tr("Written."));
        add("sponsor", Tr::tr("A sponsor ready to fund construction"), f.sponsorCount > 0,
            Tr::tr("%n sponsor(s).", nullptr, f.sponsorCount));
        const bool impact = std::any_of(f.indicators.cbegin(), f.indicators.cend(), [](const IndicatorSeries &s) {
            return s.indicator.kind == IndicatorKind::Impact;
        });
        add("impact-indicator", Tr::tr("An impact indicator to quantify the impact goals"), impact,
            impact ? Tr::tr("Defined.") : Tr::tr("No impact indicator yet."));
        checkProposed(p.items, proposed, false);
        return p;
    }

    // In construction or acceleration: the review of the period ending.
    const int currentIndex = RoadmapTimeline::current(f.roadmaps, f.today);
    QHash<qint64, IndicatorSeries> byId;
    for (const IndicatorSeries &s : f.indicators)
        byId.insert(s.indicator.id, s);
    const QList<ReviewRow> review =
        currentIndex >= 0 ? RoadmapReview::rows(f.roadmaps[currentIndex], byId, f.today) : QList<ReviewRow>();
    const auto measured = std::count_if(review.cbegin(), review.cend(), [](const ReviewRow &r) { return r.reached.has_value(); });
    add("review-values", Tr::tr("Results of the last six months reviewed (« il y a 6 mois / aujourd'hui »)"),
        !review.isEmpty() && measured == review.size(),
        currentIndex < 0 ? Tr::tr("No roadmap to review.")
                         : Tr::tr("%1 of %n expected result(s) with a value today.", nullptr, int(review.size())).arg(measured));
    const auto unexplained = std::count_if(review.cbegin(), review.cend(), [](const ReviewRow &r) {
        return (r.status == AttainmentStatus::Missed || r.status == AttainmentStatus::Partial)
               && r.expected.explanation.trimmed().isEmpty();
    });
    add("review-explained", Tr::tr("Results not reached are explained"), !review.isEmpty() && unexplained == 0,
        unexplained > 0 ? Tr::tr("%n result(s) below target without an explanation.", nullptr, int(unexplained))
                        : Tr::tr("Nothing left unexplained."));
    const int north = northStarMonthsCovered(f.indicators, f.today);
    add("north-star", Tr::tr("Six months of North Star data"), north >= northStarMonths,
        north < 0 ? Tr::tr("No North Star Metric chosen.") : Tr::tr("%1 of %2 months measured.").arg(north).arg(northStarMonths));
    const QDate recent = f.today.addMonths(-northStarMonths);
    const bool impactMeasured = std::any_of(f.indicators.cbegin(), f.indicators.cend(), [&](const IndicatorSeries &s) {
        return s.indicator.kind == IndicatorKind::Impact && !s.between(recent, f.today).isEmpty();
    });
    add("impact-measured", Tr::tr("Impact measured, not usage alone"), impactMeasured,
        impactMeasured ? Tr::tr("Impact measured in the last six months.") : Tr::tr("No impact measurement in six months."));
    const QString lastMonth = BudgetProjection::monthKey(f.today.addMonths(-1));
    const bool spending = f.monthly.value(lastMonth).actual.has_value();
    add("spending", Tr::tr("Spending recorded up to last month"), spending,
        spending ? Tr::tr("Recorded.") : Tr::tr("No actual spending for %1.").arg(lastMonth));
    const FundingWindow window = BudgetProjection::fundingWindow(f.envelopes, f.today);
    const bool envelope = !window.isEmpty() && (!window.end.isValid() || window.end >= f.today);
    add("envelope", Tr::tr("Current budget envelope recorded"), envelope,
        envelope ? Tr::tr("%1 granted.").arg(DisplayFormat::euros(window.granted)) : Tr::tr("No envelope covers today."));
    checkProposed(p.items, proposed, true);
    return p;
}

} // namespace Comite
