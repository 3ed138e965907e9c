#pragma once
// Text that can be read: the WCAG 2 contrast ratio of two colours (RGAA,
// which French public bodies must meet, asks 4.5:1 for text) and the
// nearest colour to a wanted one that reaches a ratio on a background.

#include <QColor>
#include <QPalette>

namespace Comite::Contrast {

inline constexpr double textMinimum = 4.5;

// WCAG relative luminance, 0 (black) to 1 (white).
double luminance(const QColor &color);
// (lighter + 0.05) / (darker + 0.05): 1 to 21.
double ratio(const QColor &a, const QColor &b);
// `wanted`, darkened or lightened (towards whichever of black and white
// stands out more on `background`) just enough to reach `minimum`.
QColor readable(const QColor &wanted, const QColor &background, double minimum = textMinimum);
// Secondary text (hints, forecasts, passed items): the palette's placeholder
// colour, made readable on both its Base and its Window.
QColor mutedText(const QPalette &palette);

} // namespace Comite::Contrast
