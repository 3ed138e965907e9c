#include "deliberationdocument.h"

#include "domain/displayformat.h"

#include <QCoreApplication>

namespace Comite {

DocBlock &DeliberationDocument::append(DocBlock::Kind kind)
{
    DocBlock b;
    b.kind = kind;
    b.onlyWith = tagWith;
    b.onlyWithout = tagWithout;
    blocks << b;
    return blocks.last();
}

void DeliberationDocument::heading(const QString &text, int level)
{
    DocBlock &b = append(DocBlock::Heading);
    b.text = text;
    b.level = level;
}

void DeliberationDocument::paragraph(const QString &text, bool muted)
{
    DocBlock &b = append(DocBlock::Paragraph);
    b.text = text;
    b.muted = muted;
}

void DeliberationDocument::facts(const QList<std::pair<QString, QString>> &facts)
{
    if (facts.isEmpty())
        return;
    DocBlock &b = append(DocBlock::Facts);
    b.facts = facts;
}

void DeliberationDocument::table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &numericColumns)
{
    DocBlock &b = append(DocBlock::Table);
    b.headers = headers;
    b.rows = rows;
    b.numericColumns = numericColumns;
}

void DeliberationDocument::tableOr(const QStringList &headers, const QList<QStringList> &rows, const QString &none,
                                   const QList<int> &numericColumns)
{
    if (rows.isEmpty())
        paragraph(none, true);
    else
        table(headers, rows, numericColumns);
}

void DeliberationDocument::list(const QStringList &items)
{
    DocBlock &b = append(DocBlock::List);
    b.items = items;
}

void DeliberationDocument::image(const QImage &image, const QString &name, const QString &caption)
{
    if (image.isNull())
        return;
    DocBlock &b = append(DocBlock::Image);
    b.image = image;
    b.imageName = name;
    b.text = caption;
}

void DeliberationDocument::pageBreak()
{
    append(DocBlock::PageBreak);
}

DeliberationDocument DeliberationDocument::without(int omitted) const
{
    DeliberationDocument doc = *this;
    doc.blocks.clear();
    for (const DocBlock &b : blocks) {
        if ((b.onlyWith & omitted) || (b.onlyWithout && !(b.onlyWithout & omitted)))
            continue;
        doc.blocks << b;
    }
    return doc;
}

QString DeliberationDocument::date(QDate day) const
{
    return day.isValid() ? DisplayFormat::longDate(day, locale) : QStringLiteral("—");
}

QString DeliberationDocument::money(std::optional<qint64> euros) const
{
    return euros ? DisplayFormat::euros(*euros, locale) : QStringLiteral("—");
}

QString DeliberationDocument::period(QDate start, QDate end) const
{
    if (!start.isValid() && !end.isValid())
        return QStringLiteral("—");
    if (!end.isValid())
        return QCoreApplication::translate("DeliberationDocument", "from %1").arg(date(start));
    if (!start.isValid())
        return QCoreApplication::translate("DeliberationDocument", "until %1").arg(date(end));
    return QCoreApplication::translate("DeliberationDocument", "from %1 to %2").arg(date(start), date(end));
}

QString DeliberationDocument::typeset(const QString &text) const
{
    return isFrench() ? DisplayFormat::frenchSpacing(text) : text;
}

} // namespace Comite
