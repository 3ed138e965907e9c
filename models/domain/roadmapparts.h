#pragma once
// The parts of a roadmap an edit can change, compared and written back one
// by one (undo writes only the parts its edit changed) and named in change
// events so each view reads again only what it shows.

#include <QFlags>

namespace Comite {

enum class RoadmapPart : quint32 {
    Period = 0x1,       // start, end
    Approval = 0x2,     // the approving session
    Vision = 0x4,       // vision, target population, potential estimate
    Priorities = 0x8,   // priorities and their expected results (with the review values)
    Criteria = 0x10,    // hypotheses, quantitative and qualitative criteria
    Team = 0x20,
    Budget = 0x40,      // budget request
    Support = 0x80,     // support needs
    Blockers = 0x100,
    Standards = 0x200,
    Review = 0x400,     // review notes
};
Q_DECLARE_FLAGS(RoadmapParts, RoadmapPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(RoadmapParts)

constexpr RoadmapParts allRoadmapParts = RoadmapParts(0x7ff);

} // namespace Comite
