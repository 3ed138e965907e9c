#pragma once
// Lays out the committee deck's slides from a product's facts, in the
// order of the official template: title, the committee's objective, the
// reason for being, then 01 the review of the last six months; the rest
// comes from DeckPlanSlides. Every figure is as of the facts' date.

#include "deckfacts.h"
#include "deckslide.h"

#include <QCoreApplication>

namespace Comite {

class DeckBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DeckBuilder)
public:
    explicit DeckBuilder(const DeckFacts &facts) : m_f(facts) {}
    QList<DeckSlide> build() const;

    // "Vélo pour tous — investment committee of 15 December 2026".
    QString footer() const;
    // The first paragraph of a Markdown description, without its markup,
    // cut at a word near `limit` characters.
    static QString firstParagraph(const QString &markdown, int limit = 420);
    // "12 400 users", or "not measured".
    static QString value(std::optional<double> v, const QString &unit = {});

private:
    DeckSlide titleSlide() const;
    DeckSlide objectiveSlide() const;
    DeckSlide reasonSlide() const;
    DeckSlide attainmentSlide() const;
    DeckSlide northStarSlide() const;
    DeckSlide matrixSlide() const;
    QList<DeckMetric> mainIndicators(int count) const;
    DeckSlide content(const QString &section, const QString &title, const QString &subtitle = {}) const;

    const DeckFacts &m_f;
};

} // namespace Comite
