#include "deckslideview.h"

#include "domain/contrast.h"
#include "deck/committeedeck.h"

#include <QKeyEvent>
#include <QPainter>

namespace Comite {

DeckSlideView::DeckSlideView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Slide preview"));
}

int DeckSlideView::count() const
{
    return m_deck ? m_deck->slideCount() : 0;
}

void DeckSlideView::setDeck(const CommitteeDeck *deck)
{
    m_deck = deck;
    m_current = qBound(0, m_current, qMax(0, count() - 1));
    update();
    Q_EMIT currentChanged(m_current);
}

void DeckSlideView::setCurrent(int index)
{
    index = qBound(0, index, qMax(0, count() - 1));
    if (index == m_current)
        return;
    m_current = index;
    update();
    Q_EMIT currentChanged(m_current);
}

void DeckSlideView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QRectF area = QRectF(rect()).adjusted(6, 6, -6, -6);
    if (!m_deck || count() == 0) {
        p.setPen(Contrast::mutedText(palette()));
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("No deck to show."));
        return;
    }
    // A thin frame around the slide so a white slide stands out of a light window.
    const qreal scale = qMin(area.width() / 16.0, area.height() / 9.0);
    const QRectF slide(area.center().x() - 8 * scale, area.center().y() - 4.5 * scale, 16 * scale, 9 * scale);
    p.setPen(QPen(palette().color(hasFocus() ? QPalette::Highlight : QPalette::Mid), hasFocus() ? 3 : 1));
    p.drawRect(slide.adjusted(-2, -2, 1, 1));
    m_deck->paintSlide(m_current, p, slide);
}

void DeckSlideView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        setCurrent(m_current + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        setCurrent(m_current - 1);
        break;
    case Qt::Key_Home:
        setCurrent(0);
        break;
    case Qt::Key_End:
        setCurrent(count() - 1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace Comite
