#pragma once
// Writes the committee deck as an OpenDocument presentation (ODP) that
// LibreOffice Impress opens and edits: one draw:page per slide on a 16:9
// page, text in real text frames, tables as real ODF tables, cards and
// bands as shapes, charts as embedded PNG pictures. The frames sit where
// the painter draws them, with the same fitted text sizes.

#include "deckslide.h"

#include <QCoreApplication>

class QXmlStreamWriter;

namespace Comite {

class DeckOdpStyles;

class DeckOdpWriter
{
    Q_DECLARE_TR_FUNCTIONS(DeckOdpWriter)
public:
    DeckOdpWriter(const QList<DeckSlide> &slides, const QString &title) : m_slides(slides), m_title(title) {}
    // Writes the file atomically; false with a message naming the file.
    bool write(const QString &path, QString *error = nullptr) const;
    // content.xml, and the pictures it refers to (path → PNG bytes).
    QByteArray content(QList<std::pair<QString, QByteArray>> *pictures) const;
    static QByteArray styles();

private:
    void writeSlide(QXmlStreamWriter &w, DeckOdpStyles &styles, int index, QList<std::pair<QString, QByteArray>> *pictures) const;

    const QList<DeckSlide> &m_slides;
    QString m_title;
};

} // namespace Comite
