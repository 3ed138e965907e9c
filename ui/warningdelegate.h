#pragma once
// Shows warning text with a warning sign in a colour that stays readable on
// the current palette (light or dark).

#include <QStyledItemDelegate>

namespace Comite {

class WarningDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static QColor warningColor(const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Comite
