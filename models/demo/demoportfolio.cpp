#include "demoportfolio.h"

#include "storage/portfoliowriter.h"
#include "demosessions.h"
#include "demoindicators.h"
#include "demoroadmaps.h"
#include "storage/committeerepository.h"
#include "storage/database.h"
#include "storage/organisationrepository.h"
#include "storage/productrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Comite::DemoPortfolio {

namespace {
QDate monthsFrom(QDate today, double months)
{
    return today.addDays(qRound(months * 30.4375));
}


QJsonObject readJson(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(QCoreApplication::translate("DemoPortfolio", "The demo portfolio is missing from this build."));
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

void write(Database &db, QDate today, bool replace)
{
    const QJsonObject root = readJson(QStringLiteral(":/demo/portfolio.json"));

    db.transaction([&] {
        if (!PortfolioWriter::isEmpty(db)) {
            if (!replace)
                throw StorageError(QCoreApplication::translate(
                    "DemoPortfolio", "The database already holds a portfolio; use --force to replace it."));
            PortfolioWriter::clear(db);
        }
        OrganisationRepository orgs(db);
        ProductRepository products(db);
        CommitteeRepository committees(db);
        QHash<QString, qint64> orgId, incId;
        for (const QJsonValue &v : root.value(QStringLiteral("organisations")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString slug = o.value(QStringLiteral("slug")).toString();
            orgId[slug] = orgs.insert(Organisation{0, slug, o.value(QStringLiteral("name")).toString(),
                                                   o.value(QStringLiteral("acronym")).toString(),
                                                   o.value(QStringLiteral("kind")).toString()});
        }
        for (const QJsonValue &v : root.value(QStringLiteral("incubators")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString slug = o.value(QStringLiteral("slug")).toString();
            Incubator inc{0, slug, o.value(QStringLiteral("name")).toString(),
                          orgId.value(o.value(QStringLiteral("owner")).toString()), {}};
            inc.yearlyBudget = qint64(o.value(QStringLiteral("yearly_budget")).toDouble());
            incId[slug] = orgs.insert(inc);
        }
        for (const QJsonValue &v : root.value(QStringLiteral("products")).toArray()) {
            const QJsonObject o = v.toObject();
            Product p;
            p.slug = o.value(QStringLiteral("slug")).toString();
            p.title = o.value(QStringLiteral("title")).toString();
            p.pitch = o.value(QStringLiteral("pitch")).toString();
            p.incubatorId = incId.value(o.value(QStringLiteral("incubator")).toString());
            for (const QJsonValue &s : o.value(QStringLiteral("sponsors")).toArray())
                p.sponsorIds << orgId.value(s.toString());
            p.intrapreneur = o.value(QStringLiteral("intrapreneur")).toString();
            p.coach = o.value(QStringLiteral("coach")).toString();
            p.description = o.value(QStringLiteral("description")).toString();
            for (const QJsonValue &l : o.value(QStringLiteral("links")).toArray())
                p.links << ProductLink{l[QStringLiteral("kind")].toString(), l[QStringLiteral("url")].toString()};
            const QJsonArray phases = o.value(QStringLiteral("phases")).toArray();
            for (int i = 0; i < phases.size(); ++i) {
                const QJsonObject ph = phases[i].toObject();
                PhaseRecord r;
                r.phase = Phases::fromKey(ph.value(QStringLiteral("phase")).toString()).value_or(Phase::Investigation);
                r.start = monthsFrom(today, ph.value(QStringLiteral("start")).toDouble());
                r.comment = ph.value(QStringLiteral("comment")).toString();
                if (i + 1 < phases.size())
                    r.end = monthsFrom(today, phases[i + 1][QStringLiteral("start")].toDouble());
                p.phases << r;
            }
            p.id = products.insert(p);
            for (const QJsonValue &c : o.value(QStringLiteral("committees")).toArray()) {
                CommitteeReview review;
                review.productId = p.id;
                review.date = monthsFrom(today, c[QStringLiteral("at")].toDouble());
                review.decision = DecisionOptions::fromKey(c[QStringLiteral("decision")].toString())
                                      .value_or(DecisionOption::Recorded);
                review.comment = c[QStringLiteral("comment")].toString();
                committees.record(review, p.incubatorId);
            }
            DemoIndicators::write(db, today, p.id, o);  // "indicators", "spending"
        }
        DemoSessions::write(db, today, root.value(QStringLiteral("sessions")).toArray(),
                            root.value(QStringLiteral("agenda_templates")).toArray());
        DemoRoadmaps::write(db, readJson(QStringLiteral(":/demo/roadmaps.json")));  // after the sessions that approve them
    });
}

} // namespace Comite::DemoPortfolio
