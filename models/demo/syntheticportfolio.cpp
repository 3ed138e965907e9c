#include "syntheticportfolio.h"

#include "domain/phase.h"
#include "storage/bulkinsert.h"
#include "storage/bulkschema.h"
#include "storage/database.h"
#include "storage/portfoliowriter.h"
#include "storage/productrepository.h"
#include "syntheticindicators.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>

namespace Comite::SyntheticPortfolio {

namespace {
const QStringList nouns = {
    QStringLiteral("Dossier"), QStringLiteral("Signal"), QStringLiteral("Aide"), QStringLiteral("Carte"),
    QStringLiteral("Portail"), QStringLiteral("Guichet"), QStringLiteral("Boussole"), QStringLiteral("Passerelle"),
    QStringLiteral("Radar"), QStringLiteral("Atelier"), QStringLiteral("Registre"), QStringLiteral("Relais")};
const QStringList themes = {
    QStringLiteral("emploi"), QStringLiteral("logement"), QStringLiteral("santé"), QStringLiteral("école"),
    QStringLiteral("mobilité"), QStringLiteral("climat"), QStringLiteral("justice"), QStringLiteral("culture"),
    QStringLiteral("agriculture"), QStringLiteral("territoires"), QStringLiteral("sport"), QStringLiteral("eau")};
const QStringList targets = {
    QStringLiteral("aux agents publics"), QStringLiteral("aux collectivités"), QStringLiteral("aux usagers"),
    QStringLiteral("aux entreprises"), QStringLiteral("aux associations")};

QStringList names(std::initializer_list<const char *> columns)
{
    QStringList result;
    for (const char *c : columns)
        result << QLatin1String(c);
    return result;
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

void write(Database &db, const Options &o)
{
    QRandomGenerator rng(o.seed);
    const QDate today = o.today.isValid() ? o.today : QDate::currentDate();
    const QDate origin = today.addMonths(-std::max(1, o.months));
    const int originSpan = std::max<int>(1, int(origin.daysTo(today)) - 30);
    const int orgCount = std::max(5, o.products / 40);
    // A product's second sponsor is `sponsorStep` organisations after its
    // first: never the same one (7 would be, with 7, 14… organisations).
    const int sponsorStep = orgCount % 7 == 0 ? 1 : 7;
    const int incCount = std::max(3, o.products / 80);

    const BulkJournal journal(db);
    db.transaction([&] {
        if (!PortfolioWriter::isEmpty(db)) {
            if (!o.replace)
                throw StorageError(QCoreApplication::translate(
                                       "SyntheticPortfolio",
                                       "“%1” already holds a portfolio (products: %2); use --force to replace it.")
                                       .arg(db.displayName())
                                       .arg(ProductRepository(db).count()));
            PortfolioWriter::clear(db);
        }
        BulkLoad load(db);  // the whole portfolio in one transaction: keep its pages in memory
        // The tables' indexes (on a server, their keys and foreign keys too) are built once, after the rows.
        BulkSchema schema(db, names({"organisations", "incubators", "products", "product_sponsors", "phases", "sessions",
                                     "session_products", "decisions", "indicators", "measurements", "indicator_targets",
                                     "spending"}));
        BulkInsert org(db, QStringLiteral("organisations"), names({"id", "slug", "name", "acronym", "kind"}));
        for (int i = 1; i <= orgCount; ++i)
            org.add({i, QStringLiteral("org-%1").arg(i), QStringLiteral("Administration %1").arg(i), QStringLiteral("ADM%1").arg(i),
                     QStringLiteral("administration-centrale")});
        org.finish();
        BulkInsert inc(db, QStringLiteral("incubators"), names({"id", "slug", "name", "owner_id", "yearly_budget"}));
        for (int i = 1; i <= incCount; ++i)
            inc.add({i, QStringLiteral("incubateur-%1").arg(i), QStringLiteral("Incubateur %1").arg(i), 1 + (i - 1) % orgCount,
                     2000000 + 500000 * i});
        inc.finish();

        // Parents before children: a batch writes the rows its foreign keys
        // point to first.
        BulkInsert product(db, QStringLiteral("products"),
                           names({"id", "slug", "title", "pitch", "incubator_id", "intrapreneur", "coach"}));
        BulkInsert sponsor(db, QStringLiteral("product_sponsors"), names({"product_id", "organisation_id", "position"}), {&product});
        BulkInsert phase(db, QStringLiteral("phases"), names({"product_id", "position", "phase", "start_date", "end_date", "comment"}),
                         {&product});
        BulkInsert session(db, QStringLiteral("sessions"), names({"id", "incubator_id", "starts_at", "status"}));
        BulkInsert member(db, QStringLiteral("session_products"), names({"session_id", "product_id", "position"}),
                          {&product, &session});
        BulkInsert decision(db, QStringLiteral("decisions"), names({"session_id", "product_id", "option", "comment"}),
                            {&product, &session});
        const QVariant noComment = QStringLiteral("");
        const QVariant held = QStringLiteral("held");

        const char *options[] = {"continue", "continue", "continue", "continue-reduced", "provisional", "pivot"};
        qint64 sessionId = 0;
        SyntheticIndicators indicators(db, product, o.seed, today);  // indicators, measurements, spending
        for (int id = 1; id <= o.products; ++id) {
            const QString noun = nouns[rng.bounded(int(nouns.size()))];
            const QString theme = themes[rng.bounded(int(themes.size()))];
            const qint64 incubator = 1 + rng.bounded(incCount);
            product.add({id, QStringLiteral("produit-%1").arg(id), QStringLiteral("%1 %2 %3").arg(noun, theme).arg(id),
                                     QStringLiteral("Permettre %1 d'obtenir un service %2 grâce à %3 afin de simplifier l'action publique.")
                                         .arg(targets[rng.bounded(int(targets.size()))], theme, noun.toLower()),
                                     incubator, QStringLiteral("Intra %1").arg(id), QStringLiteral("Coach %1").arg(1 + id % 25)});
            const int sponsors = 1 + rng.bounded(2);
            for (int s = 0; s < sponsors; ++s)
                sponsor.add({id, 1 + (id + s * sponsorStep) % orgCount, s});

            // Walk the phases from a random start, each lasting a plausible
            // time, stopping at today.
            QDate start = origin.addDays(rng.bounded(originSpan));
            const QDate first = start;
            QList<Phase> path = {Phase::Investigation};
            const int fate = rng.bounded(100);
            if (fate < 25)
                path << Phase::AbandonInvestigation;
            else {
                path << Phase::Construction << Phase::Acceleration << Phase::Consolidation;
                path << (fate < 40 ? Phase::Abandon : fate < 60 ? Phase::Transfere : Phase::Opere);
                if (fate >= 40 && fate < 45)
                    path = {Phase::Investigation, Phase::Construction, Phase::Abandon};
            }
            const int lengths[] = {60, 365, 300, 240, 0};
            int position = 0;
            for (int k = 0; k < path.size() && start <= today; ++k) {
                const bool last = k + 1 == path.size() || Phases::isStop(path[k]);
                const QDate end = last ? QDate() : start.addDays(lengths[std::min(k, 4)] / 2 + rng.bounded(lengths[std::min(k, 4)] + 1));
                const bool ended = end.isValid() && end <= today;
                phase.add({id, position++, Phases::key(path[k]), iso(start),
                           ended ? QVariant(iso(end)) : QVariant(QMetaType(QMetaType::QString)), noComment});
                indicators.notePhase(path[k], start);
                if (!ended)
                    break;
                start = end;
            }
            // A committee roughly every six months while the product runs.
            for (QDate c = first.addMonths(2 + rng.bounded(5)); c <= today && c <= start.addMonths(1);
                 c = c.addMonths(5 + rng.bounded(3))) {
                ++sessionId;
                session.add({sessionId, incubator, iso(c), held});
                member.add({sessionId, id, 0});
                decision.add({sessionId, id, QLatin1String(options[rng.bounded(6)]), noComment});
            }
            indicators.write(id);
        }
        for (BulkInsert *insert : {&product, &sponsor, &phase, &session, &member, &decision})
            insert->finish();
        indicators.finish();
        schema.restore();
        for (const char *table : {"organisations", "incubators", "products", "sessions"})
            db.syncIdSequence(QLatin1String(table));
    });
}

} // namespace Comite::SyntheticPortfolio
