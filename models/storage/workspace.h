#pragma once
// An open database with what works on it: the repositories, the undo stack
// shared by every edit, the clock, and the change signals item models and
// views listen to. One per open database.

#include "committeerepository.h"
#include "database.h"
#include "indicatorrepository.h"
#include "domain/clock.h"
#include "organisationrepository.h"
#include "productrepository.h"
#include "roadmaprepository.h"
#include "enveloperepository.h"
#include "spendingrepository.h"
#include "sessionrepository.h"

#include <QObject>
#include <QUndoStack>

namespace Comite {

// What changed on a product, so views refresh only what they show.
enum class ProductChange {
    Identity = 0x1,     // slug, title
    Pitch = 0x2,
    Incubator = 0x4,
    People = 0x8,       // intrapreneur, coach
    Description = 0x10,
    Sponsors = 0x20,
    Links = 0x40,
    Phases = 0x80,
    Committees = 0x100,
    Indicators = 0x10000,  // indicators, measurements, targets (indicatorChanged says which)
    Spending = 0x20000,    // monthly spending
    Roadmaps = 0x100000,   // roadmaps, their review (roadmapcommands.h)
    Envelopes = 0x200000,  // budget envelopes (budgetcommands.h)
};
Q_DECLARE_FLAGS(ProductChanges, ProductChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(ProductChanges)
ProductChange changeOf(ProductField field);

class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(std::unique_ptr<Database> database, const Clock &clock = Clock::system(),
                       QObject *parent = nullptr);
    ~Workspace() override;

    Database &database() { return *m_database; }
    ProductRepository &products() { return m_products; }
    IndicatorRepository &indicators() { return m_indicators; }
    SpendingRepository &spending() { return m_spending; }
    OrganisationRepository &organisations() { return m_organisations; }
    CommitteeRepository &committees() { return m_committees; }
    SessionRepository &sessions() { return m_sessions; }
    RoadmapRepository &roadmaps() { return m_roadmaps; }
    EnvelopeRepository &envelopes() { return m_envelopes; }
    QUndoStack *undoStack() { return &m_undoStack; }
    const Clock &clock() const { return m_clock; }
    QDate today() const { return m_clock.today(); }

    void notifyProductAdded(qint64 id) { Q_EMIT productAdded(id); }
    void notifyProductRemoved(qint64 id) { Q_EMIT productRemoved(id); }
    void notifyProductChanged(qint64 id, ProductChanges changes) { Q_EMIT productChanged(id, changes); }
    // One roadmap of a product changed (added, removed: every part). Also
    // emits productChanged with ProductChange::Roadmaps, for views that
    // show the product's roadmaps as a whole.
    void notifyRoadmapChanged(qint64 productId, qint64 roadmapId, RoadmapParts parts)
    {
        Q_EMIT roadmapChanged(productId, roadmapId, parts);
        Q_EMIT productChanged(productId, ProductChange::Roadmaps);
    }
    // After a bulk change (demo, import): everything must be read again;
    // the undo history no longer applies.
    void notifyPortfolioReset();
    // Someone else changed the shared database: views read everything
    // again; the undo history stays.
    void notifyExternalChange() { Q_EMIT portfolioReset(); }
    // Organisations or incubators were added, edited or removed.
    void notifyReferencesChanged() { Q_EMIT referencesChanged(); }
    // Reports a failed write: through errorOccurred, or to the caller that
    // redirected errors (see redirectErrors).
    void reportError(const QString &message)
    {
        if (m_errorSink)
            *m_errorSink = message;
        else
            Q_EMIT errorOccurred(message);
    }
    // While a caller that returns the failure itself runs a command (the
    // Edit:: functions), errors go to `sink` instead of errorOccurred, so a
    // refused edit is shown once. Returns the previous sink, to restore.
    QString *redirectErrors(QString *sink) { return std::exchange(m_errorSink, sink); }
    // An indicator of a product, its measurements or targets changed (added,
    // edited, removed; `indicatorId` 0: several). Also emits productChanged
    // with ProductChange::Indicators.
    void notifyIndicatorChanged(qint64 productId, qint64 indicatorId)
    {
        Q_EMIT indicatorChanged(productId, indicatorId);
        Q_EMIT productChanged(productId, ProductChange::Indicators);
    }
    // Committee sessions (ui/sessions*, models/commands/session*).
    void notifySessionAdded(qint64 id) { Q_EMIT sessionAdded(id); }
    void notifySessionRemoved(qint64 id) { Q_EMIT sessionRemoved(id); }
    void notifySessionChanged(qint64 id, SessionChanges changes) { Q_EMIT sessionChanged(id, changes); }
    // A funding pool or one of its scenarios changed (allocationcommands.h).
    void notifyAllocationChanged(qint64 poolId) { Q_EMIT allocationChanged(poolId); }
    // The follow-up register (models/commands/followupcommands.h).
    void notifyFollowupChanged(qint64 productId) { Q_EMIT followupChanged(productId); }

Q_SIGNALS:
    void productAdded(qint64 id);
    void productRemoved(qint64 id);
    void productChanged(qint64 id, Comite::ProductChanges changes);
    void portfolioReset();
    void referencesChanged();
    void errorOccurred(const QString &message);
    void indicatorChanged(qint64 productId, qint64 indicatorId);
    void roadmapChanged(qint64 productId, qint64 roadmapId, Comite::RoadmapParts parts);
    void sessionAdded(qint64 id);
    void sessionRemoved(qint64 id);
    void sessionChanged(qint64 id, Comite::SessionChanges changes);
    void allocationChanged(qint64 poolId);
    void followupChanged(qint64 productId);

private:
    std::unique_ptr<Database> m_database;
    const Clock &m_clock;
    ProductRepository m_products;
    IndicatorRepository m_indicators;
    SpendingRepository m_spending;
    OrganisationRepository m_organisations;
    CommitteeRepository m_committees;
    SessionRepository m_sessions;
    RoadmapRepository m_roadmaps;
    EnvelopeRepository m_envelopes;
    QUndoStack m_undoStack;
    QString *m_errorSink = nullptr;
};

} // namespace Comite
