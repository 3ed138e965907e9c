#pragma once
// The automatic styles of the deck's ODP, made on demand and shared: one
// per distinct look (a text frame, a filled shape, a paragraph with its
// font, a table cell, a column width), named gr1, P1, ce1… and written into
// content.xml before the slides that use them.

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

namespace Comite {

class DeckOdpStyles
{
public:
    // Canvas pixels (1920 wide) to centimetres of a 28 cm wide slide, and
    // text pixels to points.
    static QString cm(qreal px);
    static QString pt(qreal px);

    // A text frame: no fill, no line, text from the top (or centred).
    QString frame(bool middle = false, const QColor &fill = {});
    // A filled shape with no outline.
    QString fill(const QColor &color);
    // A line of `color`, `px` wide.
    QString line(const QColor &color, qreal px);
    // A paragraph of `px` text with its look; `indent` a hanging indent in
    // canvas pixels (bullets).
    QString paragraph(qreal px, bool bold, bool italic, const QColor &color, Qt::Alignment align = Qt::AlignLeft,
                      qreal spaceBefore = 0, qreal indent = 0);
    // A span of another colour inside a paragraph (the bullet).
    QString span(const QColor &color);
    QString cell(const QColor &background, qreal paddingPx);
    QString column(qreal widthPx);
    QString table(qreal widthPx);

    // Every style made so far, as the XML of office:automatic-styles' children.
    QString xml() const { return m_xml.join(QString()); }

private:
    QString named(const QString &prefix, const QString &key, const QString &xml);
    QHash<QString, QString> m_names;  // key → name
    QList<QString> m_xml;             // in creation order, as written
    QHash<QString, int> m_counts;
};

} // namespace Comite
