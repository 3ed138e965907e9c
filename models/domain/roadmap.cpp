#include "roadmap.h"

#include <QCoreApplication>
#include <numeric>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Roadmap)
};

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

qint64 Roadmap::requestTotal() const
{
    return std::accumulate(budgetRequest.cbegin(), budgetRequest.cend(), qint64(0));
}

double Roadmap::teamFte() const
{
    double total = 0;
    for (const TeamMember &m : team)
        total += m.fte();
    return total;
}

QList<ExpectedResult> Roadmap::results() const
{
    QList<ExpectedResult> all;
    for (const RoadmapPriority &p : priorities)
        all << p.results;
    return all;
}

StandardAssessment Roadmap::standard(const QString &key) const
{
    for (const StandardAssessment &s : standards) {
        if (s.standard == key)
            return s;
    }
    return StandardAssessment{key};
}

QString TimeUnits::key(TimeUnit unit)
{
    return unit == TimeUnit::Fte ? QStringLiteral("fte") : QStringLiteral("days-per-week");
}

std::optional<TimeUnit> TimeUnits::fromKey(QStringView key)
{
    if (key == u"fte")
        return TimeUnit::Fte;
    if (key == u"days-per-week")
        return TimeUnit::DaysPerWeek;
    return std::nullopt;
}

QString TimeUnits::label(TimeUnit unit)
{
    return unit == TimeUnit::Fte ? QCoreApplication::translate("TimeUnit", "FTE")
                                 : QCoreApplication::translate("TimeUnit", "days per week");
}

QStringList RoadmapRules::problems(const Roadmap &r, const QList<Roadmap> &others)
{
    QStringList problems;
    if (!r.start.isValid() || !r.end.isValid())
        problems << Tr::tr("The roadmap needs a start and an end date.");
    else if (r.end <= r.start)
        problems << Tr::tr("The roadmap ends on %1, before it starts on %2.").arg(isoDate(r.end), isoDate(r.start));
    else {
        for (const Roadmap &o : others) {
            if (o.id == r.id || o.productId != r.productId)
                continue;
            if (o.start <= r.end && r.start <= o.end) {
                problems << Tr::tr("The period overlaps the roadmap from %1 to %2.").arg(isoDate(o.start), isoDate(o.end));
                break;
            }
        }
    }
    if (r.priorities.size() > maxPriorities)
        problems << Tr::tr("A roadmap holds at most %1 priorities: focus on what the team will be accountable for.")
                        .arg(maxPriorities);
    for (const RoadmapPriority &p : r.priorities) {
        if (p.title.trimmed().isEmpty())
            problems << Tr::tr("Every priority needs a title.");
        for (const ExpectedResult &e : p.results) {
            if (e.text.trimmed().isEmpty())
                problems << Tr::tr("Every expected result needs a text.");
        }
    }
    for (auto it = r.budgetRequest.cbegin(); it != r.budgetRequest.cend(); ++it) {
        if (it.value() < 0)
            problems << Tr::tr("A budget request cannot be negative.");
    }
    for (const TeamMember &m : r.team) {
        if (m.profile.trimmed().isEmpty())
            problems << Tr::tr("Every team member needs a profile.");
        if (m.time < 0 || (m.unit == TimeUnit::DaysPerWeek && m.time > 7))
            problems << Tr::tr("The time of “%1” is out of range.").arg(m.profile);
    }
    for (const SupportNeed &s : r.supportNeeds) {
        if (s.actor.trimmed().isEmpty())
            problems << Tr::tr("Every support need names its actor.");
    }
    problems.removeDuplicates();
    return problems;
}

Roadmap RoadmapRules::blank(qint64 productId, QDate start)
{
    Roadmap r;
    r.productId = productId;
    r.start = start;
    r.end = start.addMonths(periodMonths).addDays(-1);
    r.standards = Standards::unrated();
    return r;
}

Roadmap RoadmapRules::following(const Roadmap &previous, QDate start)
{
    Roadmap r = blank(previous.productId, start);
    r.vision = previous.vision;
    r.targetPopulation = previous.targetPopulation;
    r.potentialEstimate = previous.potentialEstimate;
    r.team = previous.team;
    r.standards.clear();
    for (const QString &key : Standards::keys()) {
        const StandardAssessment before = previous.standard(key);
        r.standards << StandardAssessment{key, before.today, StandardRating::Unrated, StandardRating::Unrated};
    }
    return r;
}

void RoadmapTimeline::sort(QList<Roadmap> &roadmaps)
{
    std::stable_sort(roadmaps.begin(), roadmaps.end(), [](const Roadmap &a, const Roadmap &b) { return a.start < b.start; });
}

int RoadmapTimeline::current(const QList<Roadmap> &roadmaps, QDate today)
{
    int started = -1;
    for (int i = int(roadmaps.size()) - 1; i >= 0; --i) {
        if (roadmaps[i].start > today)
            continue;
        if (roadmaps[i].isApproved())
            return i;
        if (started < 0)
            started = i;
    }
    return started;
}

int RoadmapTimeline::previous(const QList<Roadmap> &roadmaps, QDate today)
{
    const int c = current(roadmaps, today);
    return c > 0 ? c - 1 : -1;
}

int RoadmapTimeline::proposed(const QList<Roadmap> &roadmaps, QDate today)
{
    const int c = current(roadmaps, today);
    return c + 1 < roadmaps.size() ? c + 1 : -1;
}

} // namespace Comite
