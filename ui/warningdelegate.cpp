#include "warningdelegate.h"

namespace Comite {

QColor WarningDelegate::warningColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0xb4, 0x6b) : QColor(0xa3, 0x2a, 0x00);
}

void WarningDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->text.isEmpty())
        return;
    option->text = QStringLiteral("⚠ ") + option->text;
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, warningColor(option->palette));
}

} // namespace Comite
