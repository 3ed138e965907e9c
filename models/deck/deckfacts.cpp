#include "deckfacts.h"

#include "storage/envelopeprojectionreader.h"
#include "storage/workspace.h"

#include <QCoreApplication>

namespace Comite {

namespace {
struct DeckFactsText {
    Q_DECLARE_TR_FUNCTIONS(DeckFacts)
};
} // namespace

QDate DeckFacts::committeeDate() const
{
    if (session)
        return session->date();
    return dossier.committeeDate();
}

void DeckFacts::cutAt(RoadmapDossier &d, QDate day)
{
    d.today = day;
    for (IndicatorSeries &s : d.indicators)
        s.measurements.removeIf([day](const Measurement &m) { return m.date > day; });
    // Actual spending of later months was not known on the day; forecasts stay.
    const QString month = BudgetProjection::monthKey(day);
    d.spending.removeIf([&month](const SpendingEntry &e) { return !e.forecast && e.month > month; });
    d.monthly = EnvelopeProjectionReader::monthly(d.spending);
    d.envelopes.removeIf([day](const Envelope &e) { return e.start.isValid() && e.start > day.addMonths(1); });
    d.sessions.removeIf([day](const CommitteeSessionRef &s) { return s.date > day && s.held; });
    // A follow-up item shows the status it had on the day: a later "done"
    // or "dropped" was not known then.
    for (FollowupItem &item : d.followups) {
        item.history.removeIf([day](const FollowupChange &c) { return c.changedAt.toLocalTime().date() > day; });
        item.status = item.history.isEmpty() ? FollowupStatus::Open : item.history.last().status;
    }
    d.status = d.summary.status(day);
    // The status's phase from the phase history as of the day.
    d.status.currentPhase = ProductStatus::compute(d.summary.phases, QDate(), day).currentPhase;
    d.budget = BudgetProjection::compute(d.envelopes, d.monthly, day);
}

std::optional<DeckFacts> DeckFacts::load(Workspace &ws, qint64 productId, qint64 sessionId, QString *error)
{
    auto dossier = RoadmapDossier::load(ws, productId);
    if (!dossier) {
        if (error)
            *error = DeckFactsText::tr("No product with id %1.").arg(productId);
        return std::nullopt;
    }
    DeckFacts f;
    if (sessionId > 0) {
        f.session = ws.sessions().load(sessionId);
        if (!f.session) {
            if (error)
                *error = DeckFactsText::tr("No session with id %1.").arg(sessionId);
            return std::nullopt;
        }
        if (!f.session->product(productId)) {
            if (error)
                *error = DeckFactsText::tr("Session %1 (%2) does not present %3.")
                             .arg(sessionId)
                             .arg(f.session->displayTitle(), dossier->product.title);
            return std::nullopt;
        }
        cutAt(*dossier, f.session->date());
        dossier->plannedSession = CommitteeSessionRef{f.session->id, f.session->date(), f.session->status == SessionStatus::Held};
    }
    f.dossier = std::move(*dossier);
    f.incubatorName = f.dossier.summary.incubatorName;
    QList<QDate> committees;
    for (const CommitteeSessionRef &s : f.dossier.sessions) {
        if (s.held && s.date < f.asOf())
            committees << s.date;
    }
    QMap<QString, qint64> actual;
    for (auto it = f.dossier.monthly.cbegin(); it != f.dossier.monthly.cend(); ++it) {
        if (it->actual)
            actual.insert(it.key(), *it->actual);
    }
    f.efficiency = EfficiencyFigures::compute(actual, f.dossier.indicators, committees, f.asOf());
    return f;
}

} // namespace Comite
