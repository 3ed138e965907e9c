#include "betagouvfrontmatter.h"

#include <QStringDecoder>

namespace Comite {

namespace {
// The line starting at `from`: [from, contentEnd) without its line end, and
// where the next line starts.
struct Line {
    qsizetype begin = 0;
    qsizetype contentEnd = 0;
    qsizetype next = 0;
};

Line lineAt(const QByteArray &bytes, qsizetype from)
{
    const qsizetype newline = bytes.indexOf('\n', from);
    Line line{from, newline < 0 ? bytes.size() : newline, newline < 0 ? bytes.size() : newline + 1};
    if (line.contentEnd > from && bytes.at(line.contentEnd - 1) == '\r')
        --line.contentEnd;
    return line;
}

// `---` or `...` followed only by blanks (Jekyll's marker lines).
bool isMarker(const QByteArray &bytes, const Line &line, bool allowDots)
{
    const QByteArrayView text(bytes.constData() + line.begin, line.contentEnd - line.begin);
    if (text.size() < 3)
        return false;
    const QByteArrayView head = text.first(3);
    if (head != "---" && !(allowDots && head == "..."))
        return false;
    for (char c : text.sliced(3)) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}
} // namespace

BetagouvFrontMatter BetagouvFrontMatter::split(const QByteArray &content)
{
    BetagouvFrontMatter fm;
    const qsizetype start = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const Line first = lineAt(content, start);
    if (!isMarker(content, first, false)) {
        fm.m_status = Status::Missing;
        return fm;
    }
    if (first.next == first.contentEnd) {  // `---` and nothing after it
        fm.m_status = Status::Unclosed;
        return fm;
    }
    if (first.next - first.contentEnd == 2)
        fm.m_lineEnd = "\r\n";
    fm.m_yamlBegin = first.next;
    for (qsizetype at = first.next; at < content.size();) {
        const Line line = lineAt(content, at);
        if (isMarker(content, line, true)) {
            fm.m_status = Status::Ok;
            fm.m_yamlEnd = line.begin;
            fm.m_bodyBegin = line.next;
            return fm;
        }
        at = line.next;
    }
    fm.m_status = Status::Unclosed;
    return fm;
}

int BetagouvFrontMatter::lineOfKey(const QByteArray &content, QByteArrayView key) const
{
    if (!isValid())
        return 0;
    int number = yamlFirstLine();
    for (qsizetype at = m_yamlBegin; at < m_yamlEnd; ++number) {
        const Line line = lineAt(content, at);
        const QByteArrayView text(content.constData() + line.begin, line.contentEnd - line.begin);
        if (text.startsWith(key) && text.sliced(key.size()).trimmed().startsWith(':'))
            return number;
        at = line.next;
    }
    return 0;
}

int BetagouvFrontMatter::lineContaining(const QByteArray &content, QByteArrayView text, QByteArrayView fallbackKey) const
{
    if (!isValid())
        return 0;
    int number = yamlFirstLine();
    for (qsizetype at = m_yamlBegin; at < m_yamlEnd; ++number) {
        const Line line = lineAt(content, at);
        if (QByteArrayView(content.constData() + line.begin, line.contentEnd - line.begin).contains(text))
            return number;
        at = line.next;
    }
    return lineOfKey(content, fallbackKey);
}

std::optional<QString> BetagouvFrontMatter::decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace Comite
