#pragma once
// The committee deck in the product's Preparation tab: the slides made from
// the product's data, paged through with buttons or the arrow keys, rebuilt
// when the product changes, and exported as a 16:9 PDF or an ODP.

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;

namespace Comite {

class CommitteeDeck;
class DeckSlideView;
class Workspace;

class DeckPreview : public QWidget
{
    Q_OBJECT
public:
    DeckPreview(Workspace &workspace, qint64 productId, QWidget *parent = nullptr);
    ~DeckPreview() override;

    const CommitteeDeck *deck() const { return m_deck.get(); }
    DeckSlideView *view() const { return m_view; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *positionLabel() const { return m_position; }

    // Writes the deck to `path` (.pdf or .odp); false with a message.
    bool exportDeck(const QString &path, QString *error = nullptr) const;

private:
    void rebuild();
    void scheduleRebuild();
    void showPosition();
    void chooseFileAndExport();

    Workspace &m_workspace;
    qint64 m_productId;
    std::unique_ptr<CommitteeDeck> m_deck;
    DeckSlideView *m_view;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_export;
    QLabel *m_position;
    bool m_pending = false;
};

} // namespace Comite
