#include "indicatordelegate.h"

#include "domain/indicatorseries.h"
#include "itemmodels/indicatormodel.h"
#include "warningdelegate.h"

namespace Comite {

QColor IndicatorDelegate::goodColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0x6b, 0xdc, 0x8f) : QColor(0x0b, 0x6b, 0x2e);
}

void IndicatorDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->state & QStyle::State_Selected)
        return;
    if (index.data(IndicatorModel::WarningRole).toBool()) {
        option->palette.setColor(QPalette::Text, WarningDelegate::warningColor(option->palette));
        if (index.column() == IndicatorModel::Fills)
            option->text = QStringLiteral("⚠ ") + option->text;
    } else if (index.column() == IndicatorModel::Trend
               && index.data(IndicatorModel::TrendRole).toInt() == int(IndicatorTrend::Improving)) {
        option->palette.setColor(QPalette::Text, goodColor(option->palette));
    }
}

} // namespace Comite
