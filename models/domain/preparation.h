#pragma once
// How ready a product is for its next committee: the checklist of what the
// committee expects for its case (entering construction, or already in
// construction or acceleration — DESIGN.md §1), each item checked against
// the data, the completeness and the day the pre-read must be sent.

#include "budgetprojection.h"
#include "indicatorseries.h"
#include "phase.h"
#include "roadmap.h"

#include <QDate>

namespace Comite {

enum class PreparationCase {
    None,                 // stopped or out of incubation: no committee expected
    EnteringConstruction, // in investigation, asking to enter construction
    InProgress,           // in construction, acceleration or consolidation
};

struct ChecklistItem {
    QString key;     // stable: "priorities", "north-star"…
    QString label;   // translated: what the committee expects
    bool done = false;
    QString detail;  // translated: what the data says
    bool operator==(const ChecklistItem &) const = default;
};

// What the checklist reads about a product.
struct PreparationFacts {
    std::optional<Phase> phase;
    QString pitch;
    QString description;
    int sponsorCount = 0;
    QList<Roadmap> roadmaps;  // sorted by start
    QList<IndicatorSeries> indicators;
    QMap<QString, MonthSpending> monthly;
    QList<Envelope> envelopes;
    QDate committeeDate;  // the next committee: planned, else due
    QDate today;
};

struct Preparation {
    PreparationCase kind = PreparationCase::None;
    QList<ChecklistItem> items;
    QDate committeeDate;

    // Items done over all items, rounded to the per cent; 0 without items.
    int completeness() const;
    // One week before the committee: when the pre-read must be sent.
    QDate sendBy() const { return committeeDate.isValid() ? committeeDate.addDays(-sendDaysBefore) : QDate(); }
    static constexpr int sendDaysBefore = 7;
    static constexpr int northStarMonths = 6;

    static PreparationCase caseFor(std::optional<Phase> phase);
    static QString caseKey(PreparationCase kind);    // "none", "entering-construction", "in-progress"
    static QString caseLabel(PreparationCase kind);  // translated
    static Preparation evaluate(const PreparationFacts &facts);
    // Distinct months with a North Star measurement among the
    // `northStarMonths` months up to today's; -1 without a North Star.
    static int northStarMonthsCovered(const QList<IndicatorSeries> &indicators, QDate today);
};

} // namespace Comite
