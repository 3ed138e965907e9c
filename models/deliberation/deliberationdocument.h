#pragma once
// A written document as the deliberation exports see it, independent of
// the format: headings, paragraphs, "label: value" facts, tables, lists
// and images, with a page header and a footer (version and status). Text
// is plain — user text as typed —; each format's writer escapes it, so a
// product named "<script>" reads as text everywhere.

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace Comite {

struct DocBlock {
    enum Kind { Heading, Paragraph, Facts, Table, List, Image, PageBreak };
    Kind kind = Paragraph;
    int level = 1;        // headings: 1 (document), 2 (part), 3 (section)
    QString text;         // heading or paragraph text; image caption
    bool muted = false;   // "none recorded" and other placeholders
    QList<std::pair<QString, QString>> facts;  // label, value
    QStringList headers;  // table
    QList<QStringList> rows;
    QList<int> numericColumns;  // right-aligned
    QStringList items;    // list
    QImage image;
    QString imageName;    // a file-name-safe name: "north-star-velo-pour-tous"
    // Optional sections (DeliberationSection flags): the block is shown only
    // when `onlyWith` is kept, or only when `onlyWithout` is left out. A
    // frozen record keeps every variant; each export picks its own.
    int onlyWith = 0;
    int onlyWithout = 0;
};

class DeliberationDocument
{
public:
    QString title;       // the document's title (first heading)
    QString headerText;  // top of every PDF page
    QString footerText;  // version and status, on every export
    QLocale locale;      // French typography when French
    QString author;      // metadata: the secretary who draws it up
    QString subject;     // metadata: "Committee of 3 September 2026"
    bool draft = false;  // DRAFT watermark or notice in every format
    QString draftNotice; // the notice a draft opens with
    QDateTime stamped;   // metadata date: the version's date, so a re-export is identical

    QList<DocBlock> blocks;
    // The tags the next blocks get (DocBlock::onlyWith / onlyWithout).
    int tagWith = 0;
    int tagWithout = 0;

    // The document without the blocks of the `omitted` sections.
    DeliberationDocument without(int omitted) const;

    void heading(const QString &text, int level);
    void paragraph(const QString &text, bool muted = false);
    // Adds nothing when `facts` is empty.
    void facts(const QList<std::pair<QString, QString>> &facts);
    void table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &numericColumns = {});
    void list(const QStringList &items);
    void image(const QImage &image, const QString &name, const QString &caption);
    void pageBreak();
    // A table, or `none` as a muted paragraph when there are no rows.
    void tableOr(const QStringList &headers, const QList<QStringList> &rows, const QString &none,
                 const QList<int> &numericColumns = {});

    // Values in the document's language: « 24 novembre 2026 », « 1 500 000 € »,
    // "from … to …"; "—" when unknown.
    QString date(QDate day) const;
    QString money(std::optional<qint64> euros) const;
    QString period(QDate start, QDate end) const;

    // "Amount:" / « Montant : » (a non-breaking space before the colon in French).
    QString factLabel(const QString &label) const { return label + (isFrench() ? QStringLiteral("\u00a0:") : QStringLiteral(":")); }
    bool isFrench() const { return locale.language() == QLocale::French; }
    // The text as it is printed: French spacing on a French document.
    QString typeset(const QString &text) const;

private:
    // A new block of `kind` at the end, with the current tags.
    DocBlock &append(DocBlock::Kind kind);
};

} // namespace Comite
