#pragma once
// The committee deck's « Suites du dernier comité » slide: the actions,
// conditions and blockers of the product's last committee (older items
// still open after them), each with owner, due date and status.

#include "deckfacts.h"
#include "deckslide.h"

#include <QCoreApplication>

namespace Comite {

class FollowupSlide
{
    Q_DECLARE_TR_FUNCTIONS(FollowupSlide)
public:
    static constexpr int maxRows = 9;  // beyond, one row says how many more
    // True when the last committee left something to follow up.
    static bool applies(const DeckFacts &facts);
    static DeckSlide build(const DeckFacts &facts, const QString &footer);
};

} // namespace Comite
