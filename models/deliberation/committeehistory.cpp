#include "committeehistory.h"

#include "domain/budgetenvelope.h"
#include "storage/deliberationrepository.h"
#include "storage/workspace.h"

namespace Comite {

namespace {
struct Committee {
    Session session;
    const Decision *decision = nullptr;
    bool imported = false;
    DeliberationVersion version;
    std::optional<qint64> granted;     // the decision's amount, else its envelopes'
    std::optional<Phase> phaseChange;  // the decision's, else the phase that started then
};

// What each committee granted and changed: an imported committee often
// has no amount or phase on its decision, but its envelopes (linked to the
// decision, or starting before the next committee) and the product's
// phase history say it.
void completeFromRecords(QList<Committee> &committees, const QList<Envelope> &envelopes, const QList<PhaseRecord> &phases)
{
    for (int i = 0; i < committees.size(); ++i) {
        Committee &c = committees[i];
        const QDate from = c.session.date();
        const QDate until = i + 1 < committees.size() ? committees[i + 1].session.date() : QDate();
        const auto within = [&](QDate day) { return day.isValid() && day >= from && (!until.isValid() || day < until); };
        const Decision *d = c.decision;
        if (d && d->amount) {
            c.granted = d->amount;
        } else {
            qint64 sum = 0;
            bool any = false;
            for (const Envelope &e : envelopes) {
                if ((d && d->id > 0 && e.decisionId == d->id) || (e.decisionId == 0 && within(e.start))) {
                    sum += e.amount;
                    any = true;
                }
            }
            if (any)
                c.granted = sum;
        }
        if (d && d->phaseChange) {
            c.phaseChange = d->phaseChange;
        } else {
            for (int p = 1; p < phases.size(); ++p) {  // the first phase is the start, not a change
                if (within(phases[p].start))
                    c.phaseChange = phases[p].phase;
            }
        }
    }
}
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
        c.imported = ws.committees().isImported(id);
        c.version = deliberations.current(id);
        committees << c;
    }
    std::sort(committees.begin(), committees.end(),
              [](const Committee &a, const Committee &b) { return a.session.startsAt < b.session.startsAt; });
    for (Committee &c : committees)
        c.decision = c.session.decisionFor(productId);
    completeFromRecords(committees, ws.envelopes().forProduct(productId), product->phases);

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
        granted += c.granted.value_or(0);
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
                            d ? DecisionOptions::label(d->option) : tr("no decision"), doc.money(c.granted),
                            d ? doc.period(d->periodStart, d->periodEnd) : QStringLiteral("—"),
                            c.phaseChange ? Phases::label(*c.phaseChange) : tr("none")};
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
            if (c.granted)
                details << std::pair(tr("Amount"), doc.money(c.granted));
            if (d->periodStart.isValid() || d->periodEnd.isValid())
                details << std::pair(tr("Period"), doc.period(d->periodStart, d->periodEnd));
            if (c.phaseChange)
                details << std::pair(tr("Phase change"), Phases::label(*c.phaseChange));
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
