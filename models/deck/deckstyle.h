#pragma once
// The deck's look in one place: the colours of the French state's design
// system (blue France, red Marianne, greys) and the font of every text, so
// the painter, the chart and the ODP writer agree.

#include <QColor>
#include <QFont>

namespace Comite::DeckStyle {

inline QColor accent() { return QColor(0x00, 0x00, 0x91); }       // bleu France
inline QColor accentLight() { return QColor(0xe3, 0xe3, 0xfd); }
inline QColor red() { return QColor(0xe1, 0x00, 0x0f); }          // rouge Marianne
inline QColor text() { return QColor(0x16, 0x16, 0x16); }
inline QColor muted() { return QColor(0x5a, 0x5a, 0x5a); }
inline QColor rule() { return QColor(0xcc, 0xcc, 0xd6); }
inline QColor band() { return QColor(0xf5, 0xf5, 0xfe); }         // table heading rows, cards
inline QColor good() { return QColor(0x18, 0x75, 0x3c); }
inline QColor partial() { return QColor(0xb3, 0x40, 0x00); }
inline QColor bad() { return QColor(0xce, 0x05, 0x00); }

// A font of `pixelSize` on the 1920×1080 canvas; unhinted so the layout is
// the same on screen, in a PDF and at any scale.
inline QFont font(qreal pixelSize, bool bold = false, bool italic = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(qMax(1, qRound(pixelSize)));
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace Comite::DeckStyle
