#include "deliberationdocument.h"

#include "domain/displayformat.h"

#include <QCoreApplication>

namespace Comite {

void DeliberationDocument::heading(const QString &text, int level)
{
    DocBlock b;
    b.kind = DocBlock::Heading;
    b.text = text;
    b.level = level;
    b.onlyWith = tagWith;
    b.onlyWithout = tagWithout;
    blocks << b;
}

void DeliberationDocument::paragraph(const QString &text, bool muted)
{
    DocBlock b;
    b.kind = DocBlock::Paragraph;
    b.text = text;
    b.muted = muted;
    b.onlyWith = tagWith;
    b.onlyWithout = tagWithout;
    blocks << b;
}

void DeliberationDocument::facts(const QList<std::pair<QString, QString>> &facts)
{
    if (facts.isEmpty())
        return;
    DocBlock b;
    b.kind = DocBlock::Facts;
    b.facts = facts;
    b.onlyWith = tagWith;
    b.onlyWithout = tagWithout;
    blocks << b;
}

void DeliberationDocument::table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &numericColumns)
{
    DocBlock b;
    b.kind = DocBlock::Table;
    b.headers = headers;
    b.rows = rows;
    b.numericColumns = numericColumns;
    b.onlyWith = tagWith;
    b.onlyWithout = tagWithout;
    blocks << b;
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
    DocBlock b;
    b.kind = DocBlock::List;
    b.items = items;
    b.onlyWith = tagWith;
    b.onlyWithout = tagWithout;
    blocks << b;
}

void DeliberationDocument::image(const QImage &image, const QString &name, const QString &caption)
{
    if (image.isNull())
        return;
    DocBlock b;
    b.kind = DocBlock::Image;
    b.image = image;
    b.imageName = name;
    b.text = caption;
    b.onlyWith = tagWith;
    b.onlyWithout = tagWithout;
    blocks << b;
}

void DeliberationDocument::pageBreak()
{
    DocBlock b;
    b.kind = DocBlock::PageBreak;
    b.onlyWith = tagWith;
    b.onlyWithout = tagWithout;
    blocks << b;
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
