#include "roomdeckview.h"
#include "errorreport.h"

#include "deck/committeedeck.h"
#include "storage/workspace.h"

#include <QPainter>

namespace Comite {

RoomDeckView::RoomDeckView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Committee deck"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(320, 180);
}

RoomDeckView::~RoomDeckView() = default;

bool RoomDeckView::showProduct(Workspace &workspace, qint64 productId, qint64 sessionId)
{
    if (productId == m_productId && (m_deck || productId == 0))
        return hasDeck();
    m_productId = productId;
    std::shared_ptr<const CommitteeDeck> deck;
    if (productId != 0) {
        const auto built = attempt([&] { return std::make_shared<const CommitteeDeck>(workspace, productId, sessionId); });
        if (built)
            deck = built.value();
        else
            ErrorReport::note(this, built.error());  // the room view goes on without the deck
    }
    setDeck(deck && deck->isValid() ? deck : nullptr);
    return hasDeck();
}

void RoomDeckView::setDeck(std::shared_ptr<const CommitteeDeck> deck)
{
    m_deck = std::move(deck);
    m_painted.clear();
    m_slide = 0;
    update();
    Q_EMIT slideChanged(m_slide);
}

bool RoomDeckView::hasDeck() const
{
    return m_deck && m_deck->slideCount() > 0;
}

int RoomDeckView::slideCount() const
{
    return m_deck ? m_deck->slideCount() : 0;
}

QString RoomDeckView::slideTitle() const
{
    return hasDeck() ? m_deck->slideTitle(m_slide) : QString();
}

void RoomDeckView::setSlide(int index)
{
    if (!hasDeck())
        return;
    index = std::clamp(index, 0, slideCount() - 1);
    if (index == m_slide)
        return;
    m_slide = index;
    update();
    Q_EMIT slideChanged(index);
}

void RoomDeckView::nextSlide()
{
    setSlide(m_slide + 1);
}

void RoomDeckView::previousSlide()
{
    setSlide(m_slide - 1);
}

QRect RoomDeckView::slideRect() const
{
    // 16:9 centred, with a line under it for the slide number.
    const QRect area = rect().adjusted(0, 0, 0, -fontMetrics().height() - 4);
    QSize size(16, 9);
    size.scale(area.size(), Qt::KeepAspectRatio);
    return QRect(area.center() - QPoint(size.width() / 2, size.height() / 2), size);
}

QPixmap RoomDeckView::slidePixmap(int index)
{
    const QRect target = slideRect();
    if (!hasDeck() || target.isEmpty())
        return {};
    auto it = m_painted.constFind(index);
    if (it != m_painted.cend() && it->deviceIndependentSize().toSize() == target.size())
        return *it;
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(target.size() * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    m_deck->paintSlide(index, painter, QRectF(QPointF(0, 0), QSizeF(target.size())));
    painter.end();
    m_painted.insert(index, pixmap);
    return pixmap;
}

void RoomDeckView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_painted.clear();
}

void RoomDeckView::paintEvent(QPaintEvent *)
{
    if (!hasDeck())
        return;
    QPainter painter(this);
    const QRect target = slideRect();
    painter.drawPixmap(target.topLeft(), slidePixmap(m_slide));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(target.left(), target.bottom() + 4, target.width(), fontMetrics().height()),
                     Qt::AlignRight | Qt::AlignVCenter,
                     tr("Slide %1 of %2 — PgDn/PgUp").arg(m_slide + 1).arg(slideCount()));
}

} // namespace Comite
