#pragma once
// The second half of the committee deck: 02 the next six months
// (priorities and expected results, cost per impact, standards), 03 needs
// and roadmap (team and budget by line, support needs and blockers), then
// the sponsors' arbitration grid, with the session's scores when given.

#include "deckfacts.h"
#include "deckslide.h"

#include <QCoreApplication>

namespace Comite {

class DeckPlanSlides
{
    Q_DECLARE_TR_FUNCTIONS(DeckPlanSlides)
public:
    DeckPlanSlides(const DeckFacts &facts, const QString &footer) : m_f(facts), m_footer(footer) {}
    QList<DeckSlide> build() const;

    // Annualised request / the impact target of the proposed roadmap: the
    // cost per unit of impact the team aims for; null when either is unknown.
    static std::optional<double> projectedCostPerImpact(const Roadmap &proposed, const QList<IndicatorSeries> &indicators);

private:
    DeckSlide prioritiesSlide() const;
    DeckSlide costSlide() const;
    DeckSlide standardsSlide() const;
    DeckSlide teamBudgetSlide() const;
    DeckSlide supportSlide() const;
    DeckSlide gridSlide() const;
    DeckSlide content(const QString &section, const QString &title, const QString &subtitle = {}) const;
    const Roadmap *proposed() const;
    QString period(const Roadmap *r) const;

    const DeckFacts &m_f;
    QString m_footer;
};

} // namespace Comite
