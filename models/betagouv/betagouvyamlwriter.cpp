#include "betagouvyamlwriter.h"

#include "betagouvfrontmatter.h"

#include <QRegularExpression>

namespace Comite {

namespace {
// A plain scalar that every YAML reader (yaml-cpp, Ruby's, JavaScript's)
// reads back as this very string.
bool isPlainSafe(const QString &value)
{
    if (value.isEmpty() || value != value.trimmed())
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(value.front()))
        return false;
    if (value.contains(QLatin1String(": ")) || value.contains(QLatin1String(" #")) || value.endsWith(u':'))
        return false;
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control || c == u'\t' || c == QChar(0xfeff))
            return false;
    }
    // Words YAML 1.1 reads as booleans or null, and what reads as a number,
    // a date or a time ("12", "1.5", "1_000", "0x1F", "2024-01-01", "1:20").
    static const QRegularExpression special(
        QStringLiteral("^(?:true|false|yes|no|on|off|y|n|null|~|\\.(?:inf|nan)|[-+.]?\\d[\\d_.,:eE+-]*|"
                       "[-+]?0[xob][0-9a-f_]+|\\d{4}-\\d\\d?-\\d\\d?(?:[Tt ].*)?)$"),
        QRegularExpression::CaseInsensitiveOption);
    return !special.match(value).hasMatch();
}

QByteArray singleQuoted(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\'', QLatin1String("''"));
    return "'" + quoted.toUtf8() + "'";
}

QByteArray doubleQuoted(const QString &value)
{
    QByteArray out = "\"";
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c.category() == QChar::Other_Control)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toLatin1();
            else
                out += QString(c).toUtf8();
        }
    }
    return out + "\"";
}

// Top-level key lines start at column 0 with something other than a list
// dash, a comment or a blank.
bool isTopLevelKey(QByteArrayView line)
{
    if (line.isEmpty())
        return false;
    const char c = line.front();
    return c != ' ' && c != '\t' && c != '#' && c != '-' && c != '\r' && line.contains(':');
}

bool isKeyLine(QByteArrayView line, QByteArrayView key)
{
    return line.startsWith(key) && line.sliced(key.size()).trimmed().startsWith(':');
}

bool isBlankOrComment(QByteArrayView line)
{
    const QByteArrayView t = line.trimmed();
    return t.isEmpty() || t.startsWith('#');
}
} // namespace

QByteArray BetagouvYamlWriter::inlineScalar(const QString &value)
{
    if (value.contains(u'\n'))
        return {};
    return isPlainSafe(value) ? value.toUtf8() : singleQuoted(value);
}

QByteArray BetagouvYamlWriter::keyValue(int indent, QByteArrayView key, const QString &value, QByteArrayView lineEnd)
{
    const QByteArray head = QByteArray(indent, ' ') + key.toByteArray() + ":";
    if (!value.contains(u'\n'))
        return head + ' ' + inlineScalar(value) + lineEnd.toByteArray();
    // Several lines: a literal block, unless its first line starts with a
    // blank (which a block would take for indentation).
    if (value.front().isSpace() || value.contains(u'\r'))
        return head + ' ' + doubleQuoted(value) + lineEnd.toByteArray();
    QByteArray out = head + " |-" + lineEnd.toByteArray();
    const QByteArray pad(indent + 2, ' ');
    for (const QString &line : value.split(u'\n'))
        out += (line.isEmpty() ? QByteArray() : pad + line.toUtf8()) + lineEnd.toByteArray();
    return out;
}

QByteArray BetagouvYamlWriter::phaseItem(const PhaseRecord &p, int indent, QByteArrayView lineEnd)
{
    const QByteArray dash = QByteArray(indent, ' ') + "- ";
    const QByteArray pad(indent + 2, ' ');
    const QByteArray eol = lineEnd.toByteArray();
    QByteArray out = dash + "name: " + Phases::key(p.phase).toUtf8() + eol;
    out += pad + "start: " + p.start.toString(Qt::ISODate).toUtf8() + eol;
    if (p.end.isValid())
        out += pad + "end: " + p.end.toString(Qt::ISODate).toUtf8() + eol;
    if (!p.comment.isEmpty())
        out += keyValue(indent + 2, "comment", p.comment, lineEnd);
    return out;
}

QByteArray BetagouvYamlWriter::eventItem(const BetagouvEvent &e, int indent, QByteArrayView lineEnd)
{
    const QByteArray pad(indent + 2, ' ');
    const QByteArray eol = lineEnd.toByteArray();
    QByteArray out = QByteArray(indent, ' ') + "- name: " + inlineScalar(e.kind) + eol;
    out += pad + "date: " + e.date.toString(Qt::ISODate).toUtf8() + eol;
    if (!e.comment.isEmpty())
        out += keyValue(indent + 2, "comment", e.comment, lineEnd);
    return out;
}

QByteArray BetagouvYamlWriter::listBlock(QByteArrayView key, const QList<QByteArray> &items, QByteArrayView lineEnd)
{
    if (items.isEmpty())
        return {};
    return key.toByteArray() + ":" + lineEnd.toByteArray() + items.join();
}

QByteArray BetagouvYamlWriter::phasesBlock(const QList<PhaseRecord> &phases, QByteArrayView lineEnd)
{
    QList<QByteArray> items;
    for (const PhaseRecord &p : phases)
        items << phaseItem(p, 2, lineEnd);
    return listBlock("phases", items, lineEnd);
}

QByteArray BetagouvYamlWriter::eventsBlock(const QList<BetagouvEvent> &events, QByteArrayView lineEnd)
{
    QList<QByteArray> items;
    for (const BetagouvEvent &e : events)
        items << eventItem(e, 2, lineEnd);
    return listBlock("events", items, lineEnd);
}

QByteArray BetagouvYamlWriter::stringListBlock(QByteArrayView key, const QStringList &items, QByteArrayView lineEnd)
{
    QList<QByteArray> lines;
    for (const QString &item : items)
        lines << "  - " + inlineScalar(item) + lineEnd.toByteArray();
    return listBlock(key, lines, lineEnd);
}

namespace {
// The lines of a front matter and where the top-level `key` block lies.
struct BlockLines {
    QList<std::pair<qsizetype, qsizetype>> lines;  // [begin, end) offsets, line ends included
    int first = -1;                                // the key's line, -1 when absent
    int last = -1;                                 // one past the block
    QByteArrayView text(const QByteArray &content, int i) const
    {
        return QByteArrayView(content.constData() + lines[i].first, lines[i].second - lines[i].first);
    }
};

BlockLines findBlock(const QByteArray &content, const BetagouvFrontMatter &fm, QByteArrayView key)
{
    BlockLines b;
    for (qsizetype at = fm.yamlBegin(); at < fm.yamlEnd();) {
        const qsizetype newline = content.indexOf('\n', at);
        const qsizetype end = newline < 0 || newline >= fm.yamlEnd() ? fm.yamlEnd() : newline + 1;
        b.lines.append({at, end});
        at = end;
    }
    for (int i = 0; i < b.lines.size() && b.first < 0; ++i) {
        if (isTopLevelKey(b.text(content, i)) && isKeyLine(b.text(content, i), key))
            b.first = i;
    }
    if (b.first < 0)
        return b;
    b.last = b.first + 1;
    while (b.last < b.lines.size() && !isTopLevelKey(b.text(content, b.last)))
        ++b.last;
    // Blank and comment lines before the next key stay where they are.
    while (b.last - 1 > b.first && isBlankOrComment(b.text(content, b.last - 1)))
        --b.last;
    return b;
}
} // namespace

BetagouvYamlWriter::ListItems BetagouvYamlWriter::listItems(const QByteArray &content, QByteArrayView key)
{
    ListItems result;
    const BetagouvFrontMatter fm = BetagouvFrontMatter::split(content);
    if (!fm.isValid())
        return result;
    const BlockLines b = findBlock(content, fm, key);
    if (b.first < 0 || b.text(content, b.first).sliced(key.size()).trimmed() != ":")
        return result;  // absent, or a value on the key's line
    for (int i = b.first + 1; i < b.last; ++i) {
        const QByteArrayView line = b.text(content, i);
        const QByteArrayView item = line.trimmed();
        const int column = int(line.indexOf('-'));
        const bool starts = (item.startsWith("- ") || item == "-") && column >= 0
                            && line.first(column).trimmed().isEmpty();
        if (starts && (result.items.isEmpty() || column == result.indent)) {
            if (result.items.isEmpty())
                result.indent = column;
            result.items << line.toByteArray();
        } else if (!result.items.isEmpty()) {
            result.items.last() += line.toByteArray();
        } else if (!isBlankOrComment(line)) {
            return {};  // not a list
        }
    }
    return result;
}

QByteArray BetagouvYamlWriter::replaceBlock(const QByteArray &content, QByteArrayView key, const QByteArray &block)
{
    const BetagouvFrontMatter fm = BetagouvFrontMatter::split(content);
    if (!fm.isValid())
        return content;
    const BlockLines b = findBlock(content, fm, key);
    if (b.first < 0) {
        if (block.isEmpty())
            return content;
        return content.left(fm.yamlEnd()) + block + content.mid(fm.yamlEnd());
    }
    const qsizetype begin = b.lines[b.first].first;
    const qsizetype end = b.lines[b.last - 1].second;
    return content.left(begin) + block + content.mid(end);
}

} // namespace Comite
