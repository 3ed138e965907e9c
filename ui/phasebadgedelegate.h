#pragma once
// Draws a phase as a coloured, rounded badge that always carries its name
// (never colour alone), readable in light and dark palettes.

#include <QStyledItemDelegate>

namespace Comite {

class PhaseBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `keyRole` holds the phase key ("construction"…) in the model.
    explicit PhaseBadgeDelegate(int keyRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The width a cell needs to show the badge of `text` whole.
    static int widthFor(const QString &text, const QFont &font);
    // The width that shows every phase's badge whole.
    static int widestPhase(const QFont &font);

private:
    int m_keyRole;
};

// Paints a phase badge; shared by the delegate and the product header.
void paintPhaseBadge(QPainter *painter, const QRect &rect, const QString &phaseKey, const QString &text,
                     const QFont &font);

} // namespace Comite
