#include "stagestyle.h"

#include <QCoreApplication>

#include <cmath>

namespace Comite::StageStyle {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StageStyle)
};
} // namespace

QFont scaled(const QFont &base, double factor, bool bold)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x16, 0x18, 0x1d));
    p.setColor(QPalette::WindowText, QColor(0xf2, 0xf2, 0xf2));
    p.setColor(QPalette::Base, QColor(0x22, 0x25, 0x2c));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2e, 0x36));
    p.setColor(QPalette::Text, QColor(0xf2, 0xf2, 0xf2));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xac));
    p.setColor(QPalette::Button, QColor(0x2d, 0x31, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xf2, 0xf2, 0xf2));
    p.setColor(QPalette::Highlight, QColor(0x3a, 0x6e, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x22, 0x25, 0x2c));
    p.setColor(QPalette::ToolTipText, QColor(0xf2, 0xf2, 0xf2));
    return p;
}

QString countdownText(qint64 remainingMs)
{
    // Round towards "more time left" so 0:00 shows only when time is up.
    const qint64 seconds = remainingMs >= 0 ? (remainingMs + 999) / 1000 : (-remainingMs) / 1000;
    const QString text = QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return remainingMs < 0 ? QStringLiteral("−") + text : text;
}

QString driftText(qint64 driftMs)
{
    const int minutes = int((std::abs(driftMs) + 30000) / 60000);
    if (minutes == 0)
        return Tr::tr("On schedule");
    return driftMs > 0 ? Tr::tr("%n min behind schedule", nullptr, minutes)
                       : Tr::tr("%n min ahead of schedule", nullptr, minutes);
}

QColor levelColor(SessionTimer::Level level)
{
    switch (level) {
    case SessionTimer::Level::Normal: return QColor(0xf2, 0xf2, 0xf2);
    case SessionTimer::Level::Warning: return QColor(0xff, 0xb3, 0x00);  // amber
    case SessionTimer::Level::Over: return QColor(0xff, 0x5a, 0x4f);     // red
    }
    return Qt::white;
}

} // namespace Comite::StageStyle
