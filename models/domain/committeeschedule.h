#pragma once
// The committee rules of the incubators' doctrine, in one place: when a
// product's next investment committee is due, how long a phase may last
// before it overruns, and how long a committee's decision covers.

#include "phase.h"

#include <QDate>
#include <optional>

namespace Comite::CommitteeSchedule {

// A product comes back to committee every 6 calendar months…
constexpr int intervalMonths = 6;
// …and at the latest 30 days before its envelope runs out.
constexpr int envelopeMarginDays = 30;
// A decision funds the period up to the next committee: 6 months from the
// committee's day, its last day included.
constexpr int decisionPeriodMonths = intervalMonths;
// Investigation lasts at most 9 weeks; construction and acceleration at
// most 12 months each (beyond that, the phase overruns).
constexpr int investigationWeeks = 9;
constexpr int constructionMonths = 12;
constexpr int accelerationMonths = 12;

// `intervalMonths` after the last committee; with none, after the first
// phase started. Null when neither is known.
QDate dueDate(QDate lastCommittee, QDate firstPhaseStart);
bool isOverdue(QDate due, QDate today, std::optional<Phase> current);
// The earlier of `due` and `envelopeMarginDays` before `envelopeExhaustion`;
// either may be null.
QDate withEnvelope(QDate due, QDate envelopeExhaustion);
// The last day of the period a decision taken on `committeeDay` funds.
QDate decisionPeriodEnd(QDate committeeDay);
// A provisional decision (1–2 months pending proof) plans the next committee
// at the end of its period, whatever its own envelope's margin: the earlier
// of `due` (the interval) and `provisionalEnd` (null when the last decision
// is not provisional).
QDate withProvisional(QDate due, QDate provisionalEnd);
// (Phases::overrunLimit applies the phase lengths above.)

} // namespace Comite::CommitteeSchedule
