#include "deliberationodt.h"

#include "deliberationodtstyles.h"
#include "odf/odfpackage.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace Comite {

namespace {
using DeliberationOdtStyles::writeText;

// Text at 9 pt: about 0.19 cm a character.
constexpr double cmPerChar = 0.19;
constexpr double cellPaddingCm = 0.25;

QString cm(double value)
{
    return QString::number(value, 'f', 3) + QStringLiteral("cm");
}

QString pictureName(const DocBlock &b)
{
    return QStringLiteral("Pictures/%1.png").arg(b.imageName.isEmpty() ? QStringLiteral("image") : b.imageName);
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Writes the body into a fragment and collects the automatic styles it
// needs (table widths, page breaks), which content.xml lists first.
class BodyWriter
{
public:
    BodyWriter(const DeliberationDocument &doc, QByteArray *body, QByteArray *styles)
        : m_doc(doc), w(body), s(styles)
    {
    }

    void write()
    {
        bool noticed = !m_doc.draft || m_doc.draftNotice.isEmpty();
        for (const DocBlock &b : m_doc.blocks) {
            switch (b.kind) {
            case DocBlock::Heading:
                heading(b);
                if (!noticed && b.level == 1) {  // under the title
                    paragraph(QStringLiteral("Draft_20_Notice"), m_doc.draftNotice);
                    noticed = true;
                }
                break;
            case DocBlock::Paragraph: paragraph(b.muted ? QStringLiteral("Muted") : QStringLiteral("Text_20_body"), b.text); break;
            case DocBlock::Facts: facts(b); break;
            case DocBlock::Table: table(b); break;
            case DocBlock::List: list(b); break;
            case DocBlock::Image: image(b); break;
            case DocBlock::PageBreak: m_break = true; break;
            }
        }
    }

private:
    // The style to use: `parent` itself, or an automatic child that
    // starts a new page when a page break is pending.
    QString paragraphStyle(const QString &parent)
    {
        if (!m_break)
            return parent;
        m_break = false;
        const QString name = QStringLiteral("Break_%1").arg(parent);
        if (!m_breakStyles.contains(name)) {
            m_breakStyles << name;
            s.writeStartElement(QStringLiteral("style:style"));
            s.writeAttribute(QStringLiteral("style:name"), name);
            s.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
            s.writeAttribute(QStringLiteral("style:parent-style-name"), parent);
            s.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
            s.writeAttribute(QStringLiteral("fo:break-before"), QStringLiteral("page"));
            s.writeEndElement();
        }
        return name;
    }

    void heading(const DocBlock &b)
    {
        const int level = qBound(1, b.level, 4);
        w.writeStartElement(QStringLiteral("text:h"));
        w.writeAttribute(QStringLiteral("text:style-name"), paragraphStyle(QStringLiteral("Heading_20_%1").arg(level)));
        w.writeAttribute(QStringLiteral("text:outline-level"), QString::number(level));
        writeText(w, m_doc.typeset(b.text));
        w.writeEndElement();
    }

    void paragraph(const QString &style, const QString &text)
    {
        w.writeStartElement(QStringLiteral("text:p"));
        w.writeAttribute(QStringLiteral("text:style-name"), paragraphStyle(style));
        writeText(w, m_doc.typeset(text));
        w.writeEndElement();
    }

    // table:table with its automatic table and column styles.
    void startTable(const QList<double> &widths, bool borders)
    {
        const QString name = QStringLiteral("Table%1").arg(++m_tables);
        double total = 0;
        for (double width : widths)
            total += width;
        s.writeStartElement(QStringLiteral("style:style"));
        s.writeAttribute(QStringLiteral("style:name"), name);
        s.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table"));
        s.writeEmptyElement(QStringLiteral("style:table-properties"));
        s.writeAttribute(QStringLiteral("style:width"), cm(total));
        s.writeAttribute(QStringLiteral("table:align"), QStringLiteral("left"));
        s.writeAttribute(QStringLiteral("fo:margin-top"), QStringLiteral("0.1cm"));
        s.writeAttribute(QStringLiteral("fo:margin-bottom"), QStringLiteral("0.3cm"));
        if (m_break) {
            s.writeAttribute(QStringLiteral("fo:break-before"), QStringLiteral("page"));
            m_break = false;
        }
        s.writeEndElement();
        w.writeStartElement(QStringLiteral("table:table"));
        w.writeAttribute(QStringLiteral("table:name"), name);
        w.writeAttribute(QStringLiteral("table:style-name"), name);
        for (int c = 0; c < widths.size(); ++c) {
            const QString column = QStringLiteral("%1.C%2").arg(name).arg(c + 1);
            s.writeStartElement(QStringLiteral("style:style"));
            s.writeAttribute(QStringLiteral("style:name"), column);
            s.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-column"));
            s.writeEmptyElement(QStringLiteral("style:table-column-properties"));
            s.writeAttribute(QStringLiteral("style:column-width"), cm(widths[c]));
            s.writeEndElement();
            w.writeEmptyElement(QStringLiteral("table:table-column"));
            w.writeAttribute(QStringLiteral("table:style-name"), column);
        }
        m_cellStyle = borders ? QStringLiteral("Cell") : QStringLiteral("FieldCell");
    }

    void cell(const QString &text, const QString &paragraph, const QString &cellStyle)
    {
        w.writeStartElement(QStringLiteral("table:table-cell"));
        w.writeAttribute(QStringLiteral("table:style-name"), cellStyle);
        w.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
        w.writeStartElement(QStringLiteral("text:p"));
        w.writeAttribute(QStringLiteral("text:style-name"), paragraph);
        writeText(w, m_doc.typeset(text));
        w.writeEndElement();
        w.writeEndElement();
    }

    void facts(const DocBlock &b)
    {
        int label = 0;
        for (const auto &fact : b.facts)
            label = qMax(label, int(m_doc.factLabel(fact.first).size()));
        const double labelWidth = qBound(3.0, label * cmPerChar * 1.1 + cellPaddingCm, 7.0);
        startTable({labelWidth, DeliberationOdtStyles::textWidthCm - labelWidth}, false);
        for (const auto &[name, value] : b.facts) {
            w.writeStartElement(QStringLiteral("table:table-row"));
            cell(m_doc.factLabel(name), QStringLiteral("Field_20_Label"), m_cellStyle);
            cell(value, QStringLiteral("Field_20_Value"), m_cellStyle);
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    void table(const DocBlock &b)
    {
        startTable(DeliberationOdt::columnWidths(b.headers, b.rows, DeliberationOdtStyles::textWidthCm), true);
        // The header row repeats on every page the table runs over.
        w.writeStartElement(QStringLiteral("table:table-header-rows"));
        w.writeStartElement(QStringLiteral("table:table-row"));
        for (int c = 0; c < b.headers.size(); ++c) {
            cell(b.headers[c], b.numericColumns.contains(c) ? QStringLiteral("Table_20_Heading_20_Number") : QStringLiteral("Table_20_Heading"),
                 QStringLiteral("HeadCell"));
        }
        w.writeEndElement();
        w.writeEndElement();
        for (const QStringList &row : b.rows) {
            w.writeStartElement(QStringLiteral("table:table-row"));
            for (int c = 0; c < b.headers.size(); ++c) {
                cell(row.value(c), b.numericColumns.contains(c) ? QStringLiteral("Table_20_Number") : QStringLiteral("Table_20_Contents"),
                     QStringLiteral("Cell"));
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    void list(const DocBlock &b)
    {
        if (m_break)
            paragraph(QStringLiteral("Standard"), QString());  // carries the page break
        w.writeStartElement(QStringLiteral("text:list"));
        w.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("List_20_Bullet"));
        for (const QString &item : b.items) {
            w.writeStartElement(QStringLiteral("text:list-item"));
            paragraph(QStringLiteral("List_20_Contents"), item);
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    void image(const DocBlock &b)
    {
        const double width = 16.0;
        const double height = b.image.width() > 0 ? width * b.image.height() / b.image.width() : 0;
        w.writeStartElement(QStringLiteral("text:p"));
        w.writeAttribute(QStringLiteral("text:style-name"), paragraphStyle(QStringLiteral("Figure")));
        w.writeStartElement(QStringLiteral("draw:frame"));
        w.writeAttribute(QStringLiteral("draw:name"), b.imageName);
        w.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("as-char"));
        w.writeAttribute(QStringLiteral("svg:width"), cm(width));
        w.writeAttribute(QStringLiteral("svg:height"), cm(height));
        w.writeEmptyElement(QStringLiteral("draw:image"));
        w.writeAttribute(QStringLiteral("xlink:href"), pictureName(b));
        w.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
        w.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
        w.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
        w.writeStartElement(QStringLiteral("svg:title"));
        w.writeCharacters(m_doc.typeset(b.text));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        if (!b.text.isEmpty())
            paragraph(QStringLiteral("Caption"), b.text);
    }

    const DeliberationDocument &m_doc;
    QXmlStreamWriter w;  // the body
    QXmlStreamWriter s;  // its automatic styles
    bool m_break = false;
    int m_tables = 0;
    QString m_cellStyle;
    QStringList m_breakStyles;
};

void cellStyle(QXmlStreamWriter &s, const QString &name, const QString &border, const QString &background)
{
    s.writeStartElement(QStringLiteral("style:style"));
    s.writeAttribute(QStringLiteral("style:name"), name);
    s.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-cell"));
    s.writeEmptyElement(QStringLiteral("style:table-cell-properties"));
    s.writeAttribute(QStringLiteral("fo:padding"), QStringLiteral("0.06cm"));
    s.writeAttribute(QStringLiteral("fo:border"), border);
    if (!background.isEmpty())
        s.writeAttribute(QStringLiteral("fo:background-color"), background);
    s.writeEndElement();
}
} // namespace

QList<double> DeliberationOdt::columnWidths(const QStringList &headers, const QList<QStringList> &rows, double total)
{
    const int columns = int(headers.size());
    QList<double> minimum(columns, 0), weight(columns, 0);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (int c = 0; c < columns; ++c) {
        qsizetype longestWord = 0, longest = 0, sum = 0;
        const auto measure = [&](const QString &text) {
            for (const QString &word : text.split(space, Qt::SkipEmptyParts))
                longestWord = qMax(longestWord, word.size());
            longest = qMax(longest, text.size());
            sum += text.size();
        };
        measure(headers[c]);
        for (const QStringList &row : rows)
            measure(row.value(c));
        minimum[c] = qMin(longestWord, qsizetype(18)) * cmPerChar + cellPaddingCm;
        // Short columns take their full text, long ones a share of what they hold.
        weight[c] = qMin(double(longest), 14.0) + std::sqrt(double(sum) / (rows.size() + 1)) * 2;
    }
    double minimumSum = 0, weightSum = 0;
    for (int c = 0; c < columns; ++c) {
        minimumSum += minimum[c];
        weightSum += weight[c];
    }
    QList<double> widths(columns, total / qMax(1, columns));
    if (minimumSum >= total || weightSum <= 0) {
        for (int c = 0; c < columns && minimumSum > 0; ++c)
            widths[c] = total * minimum[c] / minimumSum;
        return widths;
    }
    // Every column gets at least its longest word; the rest by weight.
    const double rest = total - minimumSum;
    for (int c = 0; c < columns; ++c)
        widths[c] = minimum[c] + rest * weight[c] / weightSum;
    return widths;
}

QByteArray DeliberationOdt::content() const
{
    QByteArray body, automatic;
    BodyWriter(m_doc, &body, &automatic).write();

    QByteArray xml;
    QBuffer buffer(&xml);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter w(&buffer);  // writes through at once: raw parts go in between
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("office:document-content"));
    DeliberationOdtStyles::declareNamespaces(w);
    w.writeStartElement(QStringLiteral("office:automatic-styles"));
    cellStyle(w, QStringLiteral("Cell"), QStringLiteral("0.5pt solid #999999"), {});
    cellStyle(w, QStringLiteral("HeadCell"), QStringLiteral("0.5pt solid #999999"), QStringLiteral("#e8ecf3"));
    cellStyle(w, QStringLiteral("FieldCell"), QStringLiteral("none"), {});
    w.writeCharacters(QString());  // closes the start tag before the raw styles
    buffer.write(automatic);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("office:body"));
    w.writeStartElement(QStringLiteral("office:text"));
    w.writeCharacters(QString());
    buffer.write(body);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

OdfPackage DeliberationOdt::package() const
{
    OdfPackage odt(OdfPackage::textMimeType());
    if (m_doc.stamped.isValid())
        odt.setTimestamp(m_doc.stamped);
    odt.addXml(QStringLiteral("content.xml"), content());
    odt.addXml(QStringLiteral("styles.xml"), DeliberationOdtStyles::styles(m_doc));
    odt.addXml(QStringLiteral("meta.xml"), DeliberationOdtStyles::meta(m_doc));
    for (const DocBlock &b : m_doc.blocks) {
        if (b.kind == DocBlock::Image && !b.image.isNull())
            odt.addFile(pictureName(b), png(b.image), QStringLiteral("image/png"));
    }
    return odt;
}

bool DeliberationOdt::write(const QString &path, QString *error) const
{
    return package().write(path, error);
}

} // namespace Comite
