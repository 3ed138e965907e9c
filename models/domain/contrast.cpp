#include "contrast.h"

#include <cmath>

namespace Comite::Contrast {

double luminance(const QColor &color)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readable(const QColor &wanted, const QColor &background, double minimum)
{
    // Blend a colour opaque over the background first (a translucent
    // placeholder is read as what it shows).
    QColor c = wanted.toRgb();
    if (c.alphaF() < 1.0) {
        const QColor bg = background.toRgb();
        const double a = c.alphaF();
        c = QColor::fromRgbF(float(c.redF() * a + bg.redF() * (1 - a)), float(c.greenF() * a + bg.greenF() * (1 - a)),
                             float(c.blueF() * a + bg.blueF() * (1 - a)));
    }
    const QColor target = ratio(Qt::black, background) >= ratio(Qt::white, background) ? QColor(Qt::black) : QColor(Qt::white);
    for (int step = 0; step <= 40 && ratio(c, background) < minimum; ++step) {
        const double t = 0.05;
        c = QColor::fromRgbF(float(c.redF() + (target.redF() - c.redF()) * t), float(c.greenF() + (target.greenF() - c.greenF()) * t),
                             float(c.blueF() + (target.blueF() - c.blueF()) * t));
    }
    return ratio(c, background) >= minimum ? c : target;
}

QColor mutedText(const QPalette &palette)
{
    QColor c = readable(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base));
    c = readable(c, palette.color(QPalette::AlternateBase));
    return readable(c, palette.color(QPalette::Window));
}

} // namespace Comite::Contrast
