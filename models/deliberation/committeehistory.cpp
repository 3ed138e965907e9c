#include "committeehistory.h"

#include "storage/deliberationrepository.h"
#include "storage/workspace.h"

#include <QSqlQuery>

namespace Comite {

namespace {
struct Committee {
    Session session;
    const Decision *decision = nullptr;
    bool imported = false;
    DeliberationVersion version;
};
} // namespace

std::optional<DeliberationDocument> CommitteeHistory::build(Workspace &ws, qint64 productId, const QLocale &locale)
{
    const auto product = ws.products().load(productId);
    const auto summary = ws.products().summary(productId);
    if (!product || !summary)
        return std::nullopt;
    DeliberationRepository deliberations(ws.database());
    QList<Committee> committees;
    for (qint64 id : ws.sessions().sessionsOfProduct(productId)) {
        auto session = ws.sessions().load(id);
        if (!session || session->status != SessionStatus::Held)
            continue;
        Committee c;
        c.session = std::move(*session);
        QSqlQuery q = ws.database().exec(QStringLiteral("SELECT origin FROM sessions WHERE id = ?"), {id});
        c.imported = q.next() && q.value(0).toString() == QLatin1String("betagouv");
        c.version = deliberations.current(id);
        committees << c;
    }
    std::sort(committees.begin(), committees.end(),
              [](const Committee &a, const Committee &b) { return a.session.startsAt < b.session.startsAt; });
    for (Committee &c : committees)
        c.decision = c.session.decisionFor(productId);

    DeliberationDocument doc;
    doc.locale = locale;
    doc.title = tr("Committee history — %1").arg(product->title);
    doc.headerText = summary->incubatorName.isEmpty() ? product->title : tr("%1 — %2").arg(summary->incubatorName, product->title);
    doc.footerText = tr("Committee history of %1, drawn up on %2").arg(product->title, doc.date(ws.today()));
    doc.heading(doc.title, 1);
    const ProductStatus status = summary->status(ws.today());
    QList<std::pair<QString, QString>> facts;
    facts << std::pair(tr("Product"), product->title) << std::pair(tr("Identifier"), product->slug);
    if (!summary->incubatorName.isEmpty())
        facts << std::pair(tr("Incubator"), summary->incubatorName);
    if (!summary->sponsorNames.isEmpty())
        facts << std::pair(tr("Sponsors"), summary->sponsorNames.join(QStringLiteral(", ")));
    facts << std::pair(tr("Current phase"), status.currentPhase ? Phases::label(*status.currentPhase) : QStringLiteral("—"));
    qint64 granted = 0;
    for (const Committee &c : std::as_const(committees))
        granted += c.decision && c.decision->amount ? *c.decision->amount : 0;
    facts << std::pair(tr("Committees"), locale.toString(committees.size()))
          << std::pair(tr("Total granted"), doc.money(granted));
    doc.facts(facts);
    if (!product->pitch.trimmed().isEmpty())
        doc.paragraph(product->pitch);

    doc.heading(tr("Committees"), 2);
    QList<QStringList> rows;
    for (const Committee &c : std::as_const(committees)) {
        const Decision *d = c.decision;
        rows << QStringList{doc.date(c.session.date()), c.imported ? tr("beta.gouv.fr") : tr("Comité"),
                            d ? DecisionOptions::label(d->option) : tr("no decision"), d ? doc.money(d->amount) : QStringLiteral("—"),
                            d ? doc.period(d->periodStart, d->periodEnd) : QStringLiteral("—"),
                            d && d->phaseChange ? Phases::label(*d->phaseChange) : QStringLiteral("—")};
    }
    doc.tableOr({tr("Date"), tr("Source"), tr("Decision"), tr("Amount"), tr("Period"), tr("Phase change")}, rows,
                tr("No committee yet."), {3});

    for (const Committee &c : std::as_const(committees)) {
        const Decision *d = c.decision;
        doc.heading(tr("%1 — %2").arg(doc.date(c.session.date()), c.session.displayTitle()), 3);
        QList<std::pair<QString, QString>> details;
        details << std::pair(tr("Source"), c.imported ? tr("imported from beta.gouv.fr") : tr("held in Comité"));
        if (c.version.id > 0)  // a deliberation was made final at least once
            details << std::pair(tr("Deliberation"), DeliberationRules::footerText(c.version));
        if (d) {
            details << std::pair(tr("Decision"), DecisionOptions::label(d->option));
            if (d->amount)
                details << std::pair(tr("Amount"), doc.money(d->amount));
            if (d->periodStart.isValid() || d->periodEnd.isValid())
                details << std::pair(tr("Period"), doc.period(d->periodStart, d->periodEnd));
            if (d->phaseChange)
                details << std::pair(tr("Phase change"), Phases::label(*d->phaseChange));
            if (!d->conditions.trimmed().isEmpty())
                details << std::pair(tr("Conditions"), d->conditions.trimmed());
        }
        doc.facts(details);
        if (d && !d->comment.trimmed().isEmpty())
            doc.paragraph(d->comment.trimmed());
        if (d && !d->objectives.isEmpty()) {
            QStringList objectives;
            for (const DecisionObjective &o : d->objectives)
                objectives << tr("%1 — %2").arg(o.text, ObjectiveStatuses::label(o.status));
            doc.list(objectives);
        }
    }
    return doc;
}

} // namespace Comite
