#include "phasebadgedelegate.h"

#include "domain/phase.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Comite {

PhaseBadgeDelegate::PhaseBadgeDelegate(int keyRole, QObject *parent) : QStyledItemDelegate(parent), m_keyRole(keyRole) {}

void paintPhaseBadge(QPainter *painter, const QRect &rect, const QString &phaseKey, const QString &text, const QFont &font)
{
    const auto phase = Phases::fromKey(phaseKey);
    if (!phase || text.isEmpty())
        return;
    const QFontMetrics fm(font);
    const int pad = fm.height() / 2;
    QRect badge(rect.x(), rect.y(), std::min(rect.width(), fm.horizontalAdvance(text) + 2 * pad + 4), fm.height() + 4);
    badge.moveCenter(QPoint(badge.center().x(), rect.center().y()));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), badge.height() / 2.0, badge.height() / 2.0);
    painter->fillPath(path, Phases::badgeColor(*phase));
    painter->setPen(Phases::badgeTextColor(*phase));
    painter->setFont(font);
    painter->drawText(badge.adjusted(pad - 1, 0, -pad + 1, 0), Qt::AlignCenter,
                      fm.elidedText(text, Qt::ElideRight, badge.width() - 2 * pad + 2));
    painter->restore();
}

void PhaseBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect area = opt.rect.adjusted(4, 2, -4, -2);
    paintPhaseBadge(painter, area, index.data(m_keyRole).toString(), text, opt.font);
}

QSize PhaseBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(widthFor(index.data().toString(), option.font));
    size.setHeight(std::max(size.height(), QFontMetrics(option.font).height() + 10));
    return size;
}

int PhaseBadgeDelegate::widthFor(const QString &text, const QFont &font)
{
    const QFontMetrics fm(font);
    return fm.horizontalAdvance(text) + fm.height() + 16;
}

int PhaseBadgeDelegate::widestPhase(const QFont &font)
{
    int widest = 0;
    for (const Phase phase : Phases::all())
        widest = std::max(widest, widthFor(Phases::label(phase), font));
    return widest;
}

} // namespace Comite
