#include "deliberationmarkdown.h"

#include <QRegularExpression>

namespace Comite::DeliberationMarkdown {

namespace {
// One table cell: escaped, on one line, pipes escaped.
QString cell(const DeliberationDocument &doc, const QString &text)
{
    QString c = escape(doc.typeset(text.trimmed()));
    c.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return c;
}

// Paragraph text: escaped, a line break kept as a hard break.
QString para(const DeliberationDocument &doc, const QString &text)
{
    QString p = escape(doc.typeset(text.trimmed()));
    p.replace(QLatin1Char('\n'), QStringLiteral("  \n"));
    return p;
}

QString row(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}
} // namespace

QString escape(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|~&");
    QString out;
    out.reserve(text.size() + 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool spaceAfter = i + 1 >= text.size() || text[i + 1].isSpace();
        // A line that would start a list or a quote.
        if (lineStart && ((c == u'-' || c == u'+') && spaceAfter))
            out += u'\\';
        if (special.contains(c))
            out += u'\\';
        out += c;
        if (lineStart && c.isDigit()) {
            qsizetype j = i + 1;
            while (j < text.size() && text[j].isDigit())
                ++j;
            if (j < text.size() && (text[j] == u'.' || text[j] == u')') && (j + 1 >= text.size() || text[j + 1].isSpace())) {
                out += text.mid(i + 1, j - i - 1) + u'\\' + text[j];
                i = j;
            }
        }
        lineStart = c == u'\n' || (lineStart && c == u' ');
    }
    return out;
}

QString imageFileName(const QString &imagePrefix, const DocBlock &block)
{
    return imagePrefix + block.imageName + QStringLiteral(".png");
}

QString render(const DeliberationDocument &doc, const QString &imagePrefix)
{
    QString md;
    for (const DocBlock &b : doc.blocks) {
        switch (b.kind) {
        case DocBlock::Heading:
            md += QString(qBound(1, b.level, 6), u'#') + u' ' + cell(doc, b.text) + QStringLiteral("\n\n");
            if (b.level == 1 && !doc.headerText.isEmpty())
                md += QStringLiteral("_%1_\n\n").arg(cell(doc, doc.headerText));
            if (b.level == 1 && doc.draft && !doc.draftNotice.isEmpty())
                md += QStringLiteral("> **%1**\n\n").arg(cell(doc, doc.draftNotice));
            break;
        case DocBlock::Paragraph:
            md += (b.muted ? QStringLiteral("_%1_") : QStringLiteral("%1")).arg(para(doc, b.text)) + QStringLiteral("\n\n");
            break;
        case DocBlock::Facts:
            for (const auto &[label, value] : b.facts) {
                QString v = para(doc, value);
                v.replace(QStringLiteral("  \n"), QStringLiteral("  \n  "));  // continuation lines stay in the item
                md += QStringLiteral("- **%1** %2\n").arg(cell(doc, doc.factLabel(label)), v);
            }
            md += u'\n';
            break;
        case DocBlock::Table: {
            QStringList headers, rule;
            for (int c = 0; c < b.headers.size(); ++c) {
                headers << cell(doc, b.headers[c]);
                rule << (b.numericColumns.contains(c) ? QStringLiteral("---:") : QStringLiteral("---"));
            }
            md += row(headers) + row(rule);
            for (const QStringList &r : b.rows) {
                QStringList cells;
                for (const QString &c : r)
                    cells << cell(doc, c);
                while (cells.size() < headers.size())
                    cells << QString();
                md += row(cells);
            }
            md += u'\n';
            break;
        }
        case DocBlock::List:
            for (const QString &item : b.items)
                md += QStringLiteral("- ") + para(doc, item) + u'\n';
            md += u'\n';
            break;
        case DocBlock::Image:
            if (!imagePrefix.isNull())
                md += QStringLiteral("![%1](<%2>)\n\n").arg(cell(doc, b.text), imageFileName(imagePrefix, b));
            break;
        case DocBlock::PageBreak:
            break;
        }
    }
    md += QStringLiteral("---\n\n_%1_\n").arg(cell(doc, doc.footerText));
    return md;
}

} // namespace Comite::DeliberationMarkdown
