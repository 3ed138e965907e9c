#pragma once
// Shows one slide of a committee deck, painted by the deck itself at the
// widget's size (16:9, letterboxed); ←/→, Page Up/Down, Home and End page
// through the deck when it has the focus.

#include <QWidget>

namespace Comite {

class CommitteeDeck;

class DeckSlideView : public QWidget
{
    Q_OBJECT
public:
    explicit DeckSlideView(QWidget *parent = nullptr);

    void setDeck(const CommitteeDeck *deck);
    int current() const { return m_current; }
    void setCurrent(int index);
    int count() const;

    QSize sizeHint() const override { return {640, 360}; }
    QSize minimumSizeHint() const override { return {320, 180}; }

Q_SIGNALS:
    void currentChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    const CommitteeDeck *m_deck = nullptr;
    int m_current = 0;
};

} // namespace Comite
