#pragma once
// The current product's committee deck on the room view: one slide at a
// time, letterboxed 16:9 at any size, the slide number under it. The deck
// is built when the product changes; turning a slide only repaints (the
// slides already painted at this size are kept, so going back is instant).

#include <QHash>
#include <QPixmap>
#include <QWidget>
#include <memory>

namespace Comite {

class CommitteeDeck;
class Workspace;

class RoomDeckView : public QWidget
{
    Q_OBJECT
public:
    explicit RoomDeckView(QWidget *parent = nullptr);
    ~RoomDeckView() override;

    // The deck of `productId` for the session (none for 0); false when the
    // product has no deck (the view then stays empty).
    bool showProduct(Workspace &workspace, qint64 productId, qint64 sessionId);
    void setDeck(std::shared_ptr<const CommitteeDeck> deck);
    bool hasDeck() const;
    std::shared_ptr<const CommitteeDeck> committeeDeck() const { return m_deck; }
    int slideCount() const;
    int currentSlide() const { return m_slide; }
    QString slideTitle() const;
    // The slide as it is on screen (painted once per size).
    QPixmap slidePixmap(int index);

public Q_SLOTS:
    void setSlide(int index);
    void nextSlide();
    void previousSlide();

Q_SIGNALS:
    void slideChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    QSize sizeHint() const override { return {960, 540}; }

private:
    QRect slideRect() const;

    std::shared_ptr<const CommitteeDeck> m_deck;
    qint64 m_productId = 0;
    int m_slide = 0;
    QHash<int, QPixmap> m_painted;
};

} // namespace Comite
