#include "readablepalette.h"

#include "domain/contrast.h"

#include <QApplication>

namespace Comite::ReadablePalette {

QPalette adjusted(QPalette palette)
{
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setCurrentColorGroup(group);
        // The selection's background moves, not its text: the text keeps
        // the colour the theme chose for it.
        const QColor highlighted = palette.color(group, QPalette::HighlightedText);
        palette.setColor(group, QPalette::Highlight, Contrast::readable(palette.color(group, QPalette::Highlight), highlighted));
        palette.setColor(group, QPalette::PlaceholderText, Contrast::mutedText(palette));
        for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText, QPalette::ToolTipText}) {
            const auto background = role == QPalette::Text ? QPalette::Base
                : role == QPalette::WindowText             ? QPalette::Window
                : role == QPalette::ButtonText             ? QPalette::Button
                                                           : QPalette::ToolTipBase;
            palette.setColor(group, role, Contrast::readable(palette.color(group, role), palette.color(group, background)));
        }
    }
    palette.setCurrentColorGroup(QPalette::Active);
    return palette;
}

void apply()
{
    QApplication::setPalette(adjusted(QApplication::palette()));
}

} // namespace Comite::ReadablePalette
