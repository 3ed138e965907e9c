#include "programmefactsreader.h"

#include "database.h"
#include "heldsessions.h"
#include "rowscan.h"

#include <QSqlQuery>

#include <algorithm>

namespace Comite::ProgrammeFactsReader {

namespace {
QDate isoDate(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
} // namespace

std::optional<std::pair<qint64, QString>> incubator(Database &db, const QString &slug)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, name FROM incubators WHERE slug = ?"), {slug});
    if (!q.next())
        return std::nullopt;
    return std::pair{q.value(0).toLongLong(), q.value(1).toString()};
}

ProgrammeFacts read(Database &db, QDate today, std::optional<qint64> incubatorId)
{
    ProgrammeFacts facts;
    QHash<qint64, int> rowOf;
    {
        QString sql = QStringLiteral("SELECT p.id, p.slug, p.title FROM products p");
        QVariantList bindings;
        if (incubatorId) {
            sql += QStringLiteral(" WHERE p.incubator_id = ? OR EXISTS (SELECT 1 FROM product_incubators pi "
                                  "WHERE pi.product_id = p.id AND pi.incubator_id = ?)");
            bindings << *incubatorId << *incubatorId;
        }
        QSqlQuery q = db.exec(sql + QStringLiteral(" ORDER BY p.id"), bindings);
        while (q.next()) {
            ProgrammeProduct p;
            p.id = q.value(0).toLongLong();
            p.slug = q.value(1).toString();
            p.title = q.value(2).toString();
            rowOf.insert(p.id, int(facts.products.size()));
            facts.products << p;
        }
    }
    {
        QSqlQuery q = db.exec(QStringLiteral("SELECT product_id, phase, start_date, end_date, restart FROM phases "
                                             "ORDER BY product_id, position, id"));
        while (q.next()) {
            const auto row = rowOf.constFind(q.value(0).toLongLong());
            if (row == rowOf.cend())
                continue;
            PhaseRecord p;
            p.phase = Phases::fromKey(q.value(1).toString()).value_or(Phase::Investigation);
            p.start = isoDate(q.value(2));
            p.end = isoDate(q.value(3));
            p.restart = q.value(4).toBool();
            facts.products[*row].phases << p;
        }
    }
    {
        // The held sessions read once and joined here, the committees put
        // in date order per product: a sort of every agenda row by date in
        // SQL spilled to temporary files at 100,000 products (×40 from 10k).
        const HeldSessions held(db);
        RowScan agenda(db, QStringLiteral("SELECT session_id, product_id FROM session_products"));
        while (agenda.next()) {
            const HeldSessions::Session *session = held.find(agenda.integer(0));
            if (!session)
                continue;
            if (const auto row = rowOf.constFind(agenda.integer(1)); row != rowOf.cend())
                facts.products[*row].committees << session->day;
        }
        for (ProgrammeProduct &p : facts.products) {
            if (!std::is_sorted(p.committees.cbegin(), p.committees.cend()))
                std::sort(p.committees.begin(), p.committees.end());
        }
    }

    // Roadmaps whose period is over, with their quantified results only.
    const QString day = today.toString(Qt::ISODate);
    {
        QSqlQuery q = db.exec(
            QStringLiteral("SELECT r.id, r.product_id, r.start_date, r.end_date, r.session_id, rp.id, rp.title, "
                           "rr.id, rr.text, rr.indicator_id, rr.target_value, rr.target_date, rr.start_value, rr.reached_value "
                           "FROM roadmaps r JOIN roadmap_priorities rp ON rp.roadmap_id = r.id "
                           "JOIN roadmap_results rr ON rr.priority_id = rp.id "
                           "WHERE r.end_date <= ? AND rr.target_value IS NOT NULL "
                           "ORDER BY r.id, rp.position, rp.id, rr.position, rr.id"),
            {day});
        while (q.next()) {
            const qint64 productId = q.value(1).toLongLong();
            if (!rowOf.contains(productId))
                continue;
            const qint64 roadmapId = q.value(0).toLongLong();
            if (facts.roadmaps.isEmpty() || facts.roadmaps.last().id != roadmapId) {
                Roadmap r;
                r.id = roadmapId;
                r.productId = productId;
                r.start = isoDate(q.value(2));
                r.end = isoDate(q.value(3));
                r.sessionId = q.value(4).toLongLong();
                facts.roadmaps << r;
            }
            Roadmap &r = facts.roadmaps.last();
            const qint64 priorityId = q.value(5).toLongLong();
            if (r.priorities.isEmpty() || r.priorities.last().id != priorityId) {
                RoadmapPriority p;
                p.id = priorityId;
                p.title = q.value(6).toString();
                r.priorities << p;
            }
            ExpectedResult e;
            e.id = q.value(7).toLongLong();
            e.text = q.value(8).toString();
            e.indicatorId = q.value(9).toLongLong();
            e.target = optionalDouble(q.value(10));
            e.targetDate = isoDate(q.value(11));
            e.startValue = optionalDouble(q.value(12));
            e.reachedValue = optionalDouble(q.value(13));
            r.priorities.last().results << e;
        }
    }
    {
        const QString followed = QStringLiteral("SELECT rr.indicator_id FROM roadmap_results rr "
                                                "JOIN roadmap_priorities rp ON rp.id = rr.priority_id "
                                                "JOIN roadmaps r ON r.id = rp.roadmap_id "
                                                "WHERE r.end_date <= ? AND rr.target_value IS NOT NULL "
                                                "AND rr.indicator_id IS NOT NULL");
        QSqlQuery q = db.exec(QStringLiteral("SELECT i.id, i.product_id, i.direction FROM indicators i WHERE i.id IN (")
                                  + followed + u')',
                              {day});
        while (q.next()) {
            IndicatorSeries &s = facts.indicators[q.value(0).toLongLong()];
            s.indicator.id = q.value(0).toLongLong();
            s.indicator.productId = q.value(1).toLongLong();
            s.indicator.direction = IndicatorDirections::fromKey(q.value(2).toString()).value_or(IndicatorDirection::HigherIsBetter);
        }
        q = db.exec(QStringLiteral("SELECT m.indicator_id, m.measured_on, m.value FROM measurements m WHERE m.indicator_id IN (")
                        + followed + QStringLiteral(") ORDER BY m.indicator_id, m.measured_on"),
                    {day});
        while (q.next()) {
            const auto s = facts.indicators.find(q.value(0).toLongLong());
            if (s == facts.indicators.end())
                continue;
            Measurement m;
            m.indicatorId = s->indicator.id;
            m.date = isoDate(q.value(1));
            m.value = q.value(2).toDouble();
            s->measurements << m;
        }
    }
    return facts;
}

} // namespace Comite::ProgrammeFactsReader
