#include "syntheticportfolio.h"

#include "domain/phase.h"
#include "storage/portfoliowriter.h"
#include "syntheticindicators.h"
#include "storage/database.h"

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

int productCount(Database &db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT count(*) FROM products"));
    return q.next() ? q.value(0).toInt() : 0;
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
    const int incCount = std::max(3, o.products / 80);

    db.transaction([&] {
        if (!PortfolioWriter::isEmpty(db)) {
            if (!o.replace)
                throw StorageError(QCoreApplication::translate(
                                       "SyntheticPortfolio",
                                       "“%1” already holds a portfolio (products: %2); use --force to replace it.")
                                       .arg(db.displayName())
                                       .arg(productCount(db)));
            PortfolioWriter::clear(db);
        }
        QSqlQuery org = db.prepare(QStringLiteral("INSERT INTO organisations (id, slug, name, acronym, kind) VALUES (?, ?, ?, ?, ?)"));
        for (int i = 1; i <= orgCount; ++i)
            Database::exec(org, {i, QStringLiteral("org-%1").arg(i), QStringLiteral("Administration %1").arg(i),
                                 QStringLiteral("ADM%1").arg(i), QStringLiteral("administration-centrale")});
        QSqlQuery inc = db.prepare(QStringLiteral("INSERT INTO incubators (id, slug, name, owner_id, yearly_budget) VALUES (?, ?, ?, ?, ?)"));
        for (int i = 1; i <= incCount; ++i)
            Database::exec(inc, {i, QStringLiteral("incubateur-%1").arg(i), QStringLiteral("Incubateur %1").arg(i),
                                 1 + (i - 1) % orgCount, 2000000 + 500000 * i});

        QSqlQuery product = db.prepare(QStringLiteral("INSERT INTO products (id, slug, title, pitch, incubator_id, intrapreneur, coach) "
                                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery sponsor = db.prepare(QStringLiteral("INSERT INTO product_sponsors (product_id, organisation_id, position) VALUES (?, ?, ?)"));
        QSqlQuery phase = db.prepare(QStringLiteral("INSERT INTO phases (product_id, position, phase, start_date, end_date, comment) "
                                                    "VALUES (?, ?, ?, ?, ?, '')"));
        QSqlQuery session = db.prepare(QStringLiteral("INSERT INTO sessions (id, incubator_id, starts_at, status) VALUES (?, ?, ?, 'held')"));
        QSqlQuery member = db.prepare(QStringLiteral("INSERT INTO session_products (session_id, product_id, position) VALUES (?, ?, 0)"));
        QSqlQuery decision = db.prepare(QStringLiteral("INSERT INTO decisions (session_id, product_id, option, comment) VALUES (?, ?, ?, '')"));

        const char *options[] = {"continue", "continue", "continue", "continue-reduced", "provisional", "pivot"};
        qint64 sessionId = 0;
        SyntheticIndicators indicators(db, o.seed, today);  // indicators, measurements, spending
        for (int id = 1; id <= o.products; ++id) {
            const QString noun = nouns[rng.bounded(int(nouns.size()))];
            const QString theme = themes[rng.bounded(int(themes.size()))];
            const qint64 incubator = 1 + rng.bounded(incCount);
            Database::exec(product, {id, QStringLiteral("produit-%1").arg(id), QStringLiteral("%1 %2 %3").arg(noun, theme).arg(id),
                                     QStringLiteral("Permettre %1 d'obtenir un service %2 grâce à %3 afin de simplifier l'action publique.")
                                         .arg(targets[rng.bounded(int(targets.size()))], theme, noun.toLower()),
                                     incubator, QStringLiteral("Intra %1").arg(id), QStringLiteral("Coach %1").arg(1 + id % 25)});
            const int sponsors = 1 + rng.bounded(2);
            for (int s = 0; s < sponsors; ++s)
                Database::exec(sponsor, {id, 1 + (id + s * 7) % orgCount, s});

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
                Database::exec(phase, {id, position++, Phases::key(path[k]), iso(start),
                                       ended ? QVariant(iso(end)) : QVariant(QMetaType(QMetaType::QString))});
                indicators.notePhase(path[k], start);
                if (!ended)
                    break;
                start = end;
            }
            // A committee roughly every six months while the product runs.
            for (QDate c = first.addMonths(2 + rng.bounded(5)); c <= today && c <= start.addMonths(1);
                 c = c.addMonths(5 + rng.bounded(3))) {
                ++sessionId;
                Database::exec(session, {sessionId, incubator, iso(c)});
                Database::exec(member, {sessionId, id});
                Database::exec(decision, {sessionId, id, QLatin1String(options[rng.bounded(6)])});
            }
            indicators.write(id);
        }
        for (const char *table : {"organisations", "incubators", "products", "sessions"})
            db.syncIdSequence(QLatin1String(table));
        indicators.finish();
    });
}

} // namespace Comite::SyntheticPortfolio
