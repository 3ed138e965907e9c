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
    static const QRegularExpression special(
        QStringLiteral("^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?\\.?\\d.*|\\.(?:inf|nan))$"),
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

QByteArray BetagouvYamlWriter::phasesBlock(const QList<PhaseRecord> &phases, QByteArrayView lineEnd)
{
    if (phases.isEmpty())
        return {};
    QByteArray out = "phases:" + lineEnd.toByteArray();
    for (const PhaseRecord &p : phases) {
        out += "  - name: " + Phases::key(p.phase).toUtf8() + lineEnd.toByteArray();
        out += "    start: " + p.start.toString(Qt::ISODate).toUtf8() + lineEnd.toByteArray();
        if (p.end.isValid())
            out += "    end: " + p.end.toString(Qt::ISODate).toUtf8() + lineEnd.toByteArray();
        if (!p.comment.isEmpty())
            out += keyValue(4, "comment", p.comment, lineEnd);
    }
    return out;
}

QByteArray BetagouvYamlWriter::eventsBlock(const QList<BetagouvEvent> &events, QByteArrayView lineEnd)
{
    if (events.isEmpty())
        return {};
    QByteArray out = "events:" + lineEnd.toByteArray();
    for (const BetagouvEvent &e : events) {
        out += "  - name: " + inlineScalar(e.kind) + lineEnd.toByteArray();
        out += "    date: " + e.date.toString(Qt::ISODate).toUtf8() + lineEnd.toByteArray();
        if (!e.comment.isEmpty())
            out += keyValue(4, "comment", e.comment, lineEnd);
    }
    return out;
}

QByteArray BetagouvYamlWriter::listBlock(QByteArrayView key, const QStringList &items, QByteArrayView lineEnd)
{
    if (items.isEmpty())
        return {};
    QByteArray out = key.toByteArray() + ":" + lineEnd.toByteArray();
    for (const QString &item : items)
        out += "  - " + inlineScalar(item) + lineEnd.toByteArray();
    return out;
}

QByteArray BetagouvYamlWriter::replaceBlock(const QByteArray &content, QByteArrayView key, const QByteArray &block)
{
    const BetagouvFrontMatter fm = BetagouvFrontMatter::split(content);
    if (!fm.isValid())
        return content;
    // Lines of the front matter as [begin, end) offsets, line ends included.
    QList<std::pair<qsizetype, qsizetype>> lines;
    for (qsizetype at = fm.yamlBegin(); at < fm.yamlEnd();) {
        const qsizetype newline = content.indexOf('\n', at);
        const qsizetype end = newline < 0 || newline >= fm.yamlEnd() ? fm.yamlEnd() : newline + 1;
        lines.append({at, end});
        at = end;
    }
    auto text = [&](int i) {
        return QByteArrayView(content.constData() + lines[i].first, lines[i].second - lines[i].first);
    };
    int first = -1;
    for (int i = 0; i < lines.size() && first < 0; ++i) {
        if (isTopLevelKey(text(i)) && isKeyLine(text(i), key))
            first = i;
    }
    if (first < 0) {
        if (block.isEmpty())
            return content;
        return content.left(fm.yamlEnd()) + block + content.mid(fm.yamlEnd());
    }
    int last = first + 1;  // one past the block
    while (last < lines.size() && !isTopLevelKey(text(last)))
        ++last;
    // Blank and comment lines before the next key stay where they are.
    while (last - 1 > first && isBlankOrComment(text(last - 1)))
        --last;
    const qsizetype begin = lines[first].first;
    const qsizetype end = lines[last - 1].second;
    return content.left(begin) + block + content.mid(end);
}

} // namespace Comite
