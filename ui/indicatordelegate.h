#pragma once
// Draws the indicators table's text in colours that read on the current
// palette: warnings (missing mandatory indicators, worsening trends) in
// the warning colour, improving trends in green.

#include <QStyledItemDelegate>

namespace Comite {

class IndicatorDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static QColor goodColor(const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Comite
