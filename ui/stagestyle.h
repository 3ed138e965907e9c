#pragma once
// How the live-session screens look and speak (the facilitator's window and
// the room view): a dark palette readable from the back of a room, fonts
// scaled from the base one, the countdown's colour by level and the texts
// of the countdown and of the schedule drift.

#include "domain/sessiontimer.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

namespace Comite::StageStyle {

QPalette darkPalette();
// `base` at `factor` times its point size, bold or not.
QFont scaled(const QFont &base, double factor, bool bold = false);
// The countdown's colour: white, amber near the end, red over time.
QColor levelColor(SessionTimer::Level level);
// Text of a countdown: "12:34", "−01:20" when over time.
QString countdownText(qint64 remainingMs);
// "3 min behind schedule", "2 min ahead of schedule", "On schedule".
QString driftText(qint64 driftMs);

} // namespace Comite::StageStyle
