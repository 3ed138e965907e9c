#include "roadmaprepository.h"

#include "database.h"
#include "sqlvalue.h"

#include <QHash>
#include <QSqlQuery>

namespace Comite {

namespace {
std::optional<double> number(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

const QString itemHypothesis = QStringLiteral("hypothesis");
const QString itemQuantitative = QStringLiteral("quantitative-criterion");
const QString itemQualitative = QStringLiteral("qualitative-criterion");
const QString itemBlocker = QStringLiteral("blocker");
} // namespace

QList<Roadmap> RoadmapRepository::forProduct(qint64 productId) const
{
    return read(QStringLiteral("product_id = ?"), {productId});
}

std::optional<Roadmap> RoadmapRepository::load(qint64 id, RoadmapParts parts) const
{
    const QList<Roadmap> found = read(QStringLiteral("id = ?"), {id}, parts);
    return found.isEmpty() ? std::nullopt : std::optional<Roadmap>(found.first());
}

std::optional<Roadmap> RoadmapRepository::load(qint64 id) const
{
    const QList<Roadmap> found = read(QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

int RoadmapRepository::count() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT count(*) FROM roadmaps"));
    return q.next() ? q.value(0).toInt() : 0;
}

// One query per table for all the roadmaps selected by `where`.
QList<Roadmap> RoadmapRepository::read(const QString &where, const QVariantList &bindings, RoadmapParts parts) const
{
    QList<Roadmap> roadmaps;
    QHash<qint64, int> indexOf;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, product_id, start_date, end_date, session_id, vision, target_population, "
                                           "potential_estimate, review_notes FROM roadmaps WHERE ")
                                + where + QStringLiteral(" ORDER BY start_date, id"),
                            bindings);
    while (q.next()) {
        Roadmap r;
        r.id = q.value(0).toLongLong();
        r.productId = q.value(1).toLongLong();
        r.start = date(q.value(2));
        r.end = date(q.value(3));
        r.sessionId = q.value(4).toLongLong();
        r.vision = q.value(5).toString();
        r.targetPopulation = q.value(6).toString();
        r.potentialEstimate = q.value(7).toString();
        r.reviewNotes = q.value(8).toString();
        indexOf.insert(r.id, int(roadmaps.size()));
        roadmaps << r;
    }
    if (roadmaps.isEmpty())
        return roadmaps;
    const QString selected = QStringLiteral(" IN (SELECT id FROM roadmaps WHERE ") + where + QStringLiteral(")");
    auto each = [&](RoadmapParts wanted, const QString &sql, const std::function<void(Roadmap &, const QSqlQuery &)> &fill) {
        if (!(parts & wanted))
            return;
        QSqlQuery c = m_db.exec(sql.arg(selected), bindings);
        while (c.next()) {
            const int i = indexOf.value(c.value(0).toLongLong(), -1);
            if (i >= 0)
                fill(roadmaps[i], c);
        }
    };
    QHash<qint64, QPair<int, int>> priorityAt;  // priority id → (roadmap index, priority index)
    each(RoadmapPart::Priorities, QStringLiteral("SELECT roadmap_id, id, title, description FROM roadmap_priorities WHERE roadmap_id%1 "
                        "ORDER BY roadmap_id, position, id"),
         [&](Roadmap &r, const QSqlQuery &c) {
             priorityAt.insert(c.value(1).toLongLong(), {indexOf.value(r.id), int(r.priorities.size())});
             r.priorities << RoadmapPriority{c.value(1).toLongLong(), c.value(2).toString(), c.value(3).toString(), {}};
         });
    QSqlQuery results;
    if (parts & RoadmapPart::Priorities)
        results = m_db.exec(
            QStringLiteral("SELECT priority_id, id, text, indicator_id, target_value, target_date, start_value, reached_value, "
                           "explanation FROM roadmap_results WHERE priority_id IN (SELECT id FROM roadmap_priorities "
                           "WHERE roadmap_id%1) ORDER BY priority_id, position, id")
                .arg(selected),
            bindings);
    while (results.next()) {
        const auto at = priorityAt.constFind(results.value(0).toLongLong());
        if (at == priorityAt.cend())
            continue;
        ExpectedResult e;
        e.id = results.value(1).toLongLong();
        e.text = results.value(2).toString();
        e.indicatorId = results.value(3).toLongLong();
        e.target = number(results.value(4));
        e.targetDate = date(results.value(5));
        e.startValue = number(results.value(6));
        e.reachedValue = number(results.value(7));
        e.explanation = results.value(8).toString();
        roadmaps[at->first].priorities[at->second].results << e;
    }
    each(RoadmapPart::Criteria | RoadmapPart::Blockers, QStringLiteral("SELECT roadmap_id, kind, text FROM roadmap_items WHERE roadmap_id%1 ORDER BY roadmap_id, kind, position, id"),
         [](Roadmap &r, const QSqlQuery &c) {
             const QString kind = c.value(1).toString();
             QStringList &list = kind == itemHypothesis    ? r.hypotheses
                                 : kind == itemQuantitative ? r.quantitativeCriteria
                                 : kind == itemQualitative  ? r.qualitativeCriteria
                                                            : r.blockers;
             list << c.value(2).toString();
         });
    each(RoadmapPart::Team, QStringLiteral("SELECT roadmap_id, profile, time_amount, time_unit FROM roadmap_team WHERE roadmap_id%1 "
                        "ORDER BY roadmap_id, position, id"),
         [](Roadmap &r, const QSqlQuery &c) {
             r.team << TeamMember{c.value(1).toString(), c.value(2).toDouble(),
                                  TimeUnits::fromKey(c.value(3).toString()).value_or(TimeUnit::DaysPerWeek)};
         });
    each(RoadmapPart::Budget, QStringLiteral("SELECT roadmap_id, line, amount FROM roadmap_budget WHERE roadmap_id%1"),
         [](Roadmap &r, const QSqlQuery &c) { r.budgetRequest.insert(c.value(1).toString(), c.value(2).toLongLong()); });
    each(RoadmapPart::Support, QStringLiteral("SELECT roadmap_id, actor, need, objective FROM roadmap_support WHERE roadmap_id%1 "
                        "ORDER BY roadmap_id, position, id"),
         [](Roadmap &r, const QSqlQuery &c) {
             r.supportNeeds << SupportNeed{c.value(1).toString(), c.value(2).toString(), c.value(3).toString()};
         });
    QHash<qint64, QHash<QString, StandardAssessment>> standards;
    each(RoadmapPart::Standards, QStringLiteral("SELECT roadmap_id, standard, rated_ago, rated_now, rated_aimed FROM roadmap_standards WHERE roadmap_id%1"),
         [&](Roadmap &r, const QSqlQuery &c) {
             auto rating = [&](int column) {
                 return StandardRatings::fromKey(c.value(column).toString()).value_or(StandardRating::Unrated);
             };
             standards[r.id].insert(c.value(1).toString(), StandardAssessment{c.value(1).toString(), rating(2), rating(3), rating(4)});
         });
    for (Roadmap &r : roadmaps) {
        if (!(parts & RoadmapPart::Standards))
            break;
        const auto rated = standards.value(r.id);
        for (const QString &key : Standards::keys())
            r.standards << rated.value(key, StandardAssessment{key});
    }
    return roadmaps;
}

Roadmap RoadmapRepository::save(const Roadmap &roadmap)
{
    Roadmap stored = roadmap;
    // Stored as read back: the four standards, in order.
    stored.standards.clear();
    for (const QString &key : Standards::keys())
        stored.standards << roadmap.standard(key);
    m_db.transaction([&] {
        const QVariantList fields{stored.productId,
                                  SqlValue::date(stored.start),
                                  SqlValue::date(stored.end),
                                  SqlValue::id(stored.sessionId),
                                  Database::text(stored.vision),
                                  Database::text(stored.targetPopulation),
                                  Database::text(stored.potentialEstimate),
                                  Database::text(stored.reviewNotes)};
        bool exists = false;
        if (stored.id > 0) {
            QSqlQuery q = m_db.exec(QStringLiteral("SELECT 1 FROM roadmaps WHERE id = ?"), {stored.id});
            exists = q.next();
        }
        if (exists) {
            m_db.exec(QStringLiteral("UPDATE roadmaps SET product_id = ?, start_date = ?, end_date = ?, session_id = ?, vision = ?, "
                                     "target_population = ?, potential_estimate = ?, review_notes = ?, version = version + 1 "
                                     "WHERE id = ?"),
                      QVariantList(fields) << stored.id);
        } else {
            stored.id = m_db.insert(QStringLiteral("roadmaps"),
                               {QStringLiteral("product_id"), QStringLiteral("start_date"), QStringLiteral("end_date"),
                                QStringLiteral("session_id"), QStringLiteral("vision"), QStringLiteral("target_population"),
                                QStringLiteral("potential_estimate"), QStringLiteral("review_notes")},
                               fields, stored.id);
        }
        writeChildren(stored);
    });
    return stored;
}

// Replaces every child row; priorities and results keep their ids.
void RoadmapRepository::writeChildren(Roadmap &r)
{
    for (const char *table : {"roadmap_priorities", "roadmap_items", "roadmap_team", "roadmap_budget", "roadmap_support",
                              "roadmap_standards"})
        m_db.exec(QStringLiteral("DELETE FROM %1 WHERE roadmap_id = ?").arg(QLatin1String(table)), {r.id});
    for (int p = 0; p < r.priorities.size(); ++p) {
        RoadmapPriority &priority = r.priorities[p];
        priority.id = m_db.insert(QStringLiteral("roadmap_priorities"),
                             {QStringLiteral("roadmap_id"), QStringLiteral("position"), QStringLiteral("title"),
                              QStringLiteral("description")},
                             {r.id, p, Database::text(priority.title), Database::text(priority.description)}, priority.id);
        for (int e = 0; e < priority.results.size(); ++e) {
            ExpectedResult &x = priority.results[e];
            x.id = m_db.insert(QStringLiteral("roadmap_results"),
                          {QStringLiteral("priority_id"), QStringLiteral("position"), QStringLiteral("text"),
                           QStringLiteral("indicator_id"), QStringLiteral("target_value"), QStringLiteral("target_date"),
                           QStringLiteral("start_value"), QStringLiteral("reached_value"), QStringLiteral("explanation")},
                          {priority.id, e, Database::text(x.text), SqlValue::id(x.indicatorId), SqlValue::number(x.target),
                           SqlValue::date(x.targetDate), SqlValue::number(x.startValue), SqlValue::number(x.reachedValue),
                           Database::text(x.explanation)},
                          x.id);
        }
    }
    QSqlQuery item = m_db.prepare(QStringLiteral("INSERT INTO roadmap_items (roadmap_id, kind, position, text) VALUES (?, ?, ?, ?)"));
    auto items = [&](const QString &kind, const QStringList &texts) {
        for (int i = 0; i < texts.size(); ++i)
            Database::exec(item, {r.id, kind, i, Database::text(texts[i])});
    };
    items(itemHypothesis, r.hypotheses);
    items(itemQuantitative, r.quantitativeCriteria);
    items(itemQualitative, r.qualitativeCriteria);
    items(itemBlocker, r.blockers);
    QSqlQuery team = m_db.prepare(QStringLiteral("INSERT INTO roadmap_team (roadmap_id, position, profile, time_amount, time_unit) "
                                                 "VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < r.team.size(); ++i)
        Database::exec(team, {r.id, i, Database::text(r.team[i].profile), r.team[i].time, TimeUnits::key(r.team[i].unit)});
    QSqlQuery budget = m_db.prepare(QStringLiteral("INSERT INTO roadmap_budget (roadmap_id, line, amount) VALUES (?, ?, ?)"));
    for (auto it = r.budgetRequest.cbegin(); it != r.budgetRequest.cend(); ++it)
        Database::exec(budget, {r.id, it.key(), it.value()});
    QSqlQuery support = m_db.prepare(QStringLiteral("INSERT INTO roadmap_support (roadmap_id, position, actor, need, objective) "
                                                    "VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < r.supportNeeds.size(); ++i) {
        const SupportNeed &s = r.supportNeeds[i];
        Database::exec(support, {r.id, i, Database::text(s.actor), Database::text(s.need), Database::text(s.objective)});
    }
    QSqlQuery standard = m_db.prepare(QStringLiteral("INSERT INTO roadmap_standards (roadmap_id, standard, rated_ago, rated_now, "
                                                     "rated_aimed) VALUES (?, ?, ?, ?, ?)"));
    for (const StandardAssessment &s : std::as_const(r.standards)) {
        if (Standards::isKey(s.standard))
            Database::exec(standard, {r.id, s.standard, Database::text(StandardRatings::key(s.ago)),
                                      Database::text(StandardRatings::key(s.today)), Database::text(StandardRatings::key(s.aimed))});
    }
}

QList<CommitteeSessionRef> RoadmapRepository::sessionsOfProduct(qint64 productId) const
{
    QList<CommitteeSessionRef> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT s.id, s.starts_at, s.status FROM session_products sp JOIN sessions s "
                                           "ON s.id = sp.session_id WHERE sp.product_id = ? ORDER BY s.starts_at, s.id"),
                            {productId});
    while (q.next())
        result << CommitteeSessionRef{q.value(0).toLongLong(), date(q.value(1).toString().left(10)),
                                      q.value(2).toString() == QLatin1String("held")};
    return result;
}

std::optional<CommitteeSessionRef> RoadmapRepository::nextPlannedSession(qint64 productId, QDate today) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT s.id, s.starts_at FROM session_products sp JOIN sessions s ON s.id = sp.session_id "
                                           "WHERE sp.product_id = ? AND s.status <> 'held' AND s.starts_at >= ? "
                                           "ORDER BY s.starts_at, s.id"),
                            {productId, today.toString(Qt::ISODate)});
    if (!q.next())
        return std::nullopt;
    return CommitteeSessionRef{q.value(0).toLongLong(), date(q.value(1).toString().left(10)), false};
}

void RoadmapRepository::remove(qint64 id)
{
    m_db.transaction([&] { m_db.exec(QStringLiteral("DELETE FROM roadmaps WHERE id = ?"), {id}); });
}

} // namespace Comite
