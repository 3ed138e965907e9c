#pragma once
// The application's palette made readable (WCAG 4.5:1, RGAA): the
// selection's colour dark enough for its text (Fusion's light blue under
// white text reads at 3.5:1) and placeholders that can be read. Applied
// once at start, to the system palette the style gives.

#include <QPalette>

namespace Comite::ReadablePalette {

QPalette adjusted(QPalette palette);
// Sets QApplication's palette to adjusted(its own).
void apply();

} // namespace Comite::ReadablePalette
