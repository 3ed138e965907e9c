#pragma once
// The committee deck of one product, made from the data (the official
// « trame » of the investment committee): title, the committee's objective,
// the reason for being, 01 the last six months, 02 the next six months,
// 03 needs and roadmap, then the sponsors' arbitration grid. Figures as of
// the session's date (today without a session). Slides paint themselves
// with QPainter at any size (preview, room view) and export to a 16:9 PDF
// and an ODP. Needs a QGuiApplication (fonts).

#include "deckfacts.h"
#include "deckslide.h"

#include <QCoreApplication>

class QPainter;

namespace Comite {

class CommitteeDeck
{
    Q_DECLARE_TR_FUNCTIONS(CommitteeDeck)
public:
    CommitteeDeck() = default;
    // The deck of `productId` for `sessionId` (0: no session, figures as
    // of today). Throws StorageError; an empty deck with error() when the
    // product or session does not exist.
    CommitteeDeck(Workspace &ws, qint64 productId, qint64 sessionId = 0);
    explicit CommitteeDeck(const DeckFacts &facts);

    bool isValid() const { return !m_slides.isEmpty(); }
    QString error() const { return m_error; }

    int slideCount() const { return int(m_slides.size()); }
    QString slideTitle(int index) const;
    // Paints slide `index` letterboxed (16:9) into `target`, any size.
    void paintSlide(int index, QPainter &painter, const QRectF &target) const;

    const QList<DeckSlide> &slides() const { return m_slides; }
    const std::optional<DeckFacts> &facts() const { return m_facts; }
    // "deck-velo-pour-tous-2026-12-15.pdf" (or .odp).
    QString suggestedFileName(const QString &suffix = QStringLiteral("pdf")) const;

    // Exports, written atomically; false with a message naming the file.
    bool writePdf(const QString &path, QString *error = nullptr) const;
    bool writeOdp(const QString &path, QString *error = nullptr) const;

private:
    std::optional<DeckFacts> m_facts;
    QList<DeckSlide> m_slides;
    QString m_error;
};

} // namespace Comite
