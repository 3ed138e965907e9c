#pragma once
// Where the YAML front matter of a beta.gouv.fr Markdown file lies: between
// a first line `---` and the next line `---` (or `...`), as Jekyll reads
// it. Works on the raw bytes so the exporter can rewrite part of the front
// matter and leave every other byte as it was.

#include <QByteArray>
#include <QString>
#include <optional>

namespace Comite {

class BetagouvFrontMatter
{
public:
    enum class Status {
        Ok,
        Missing,   // the file does not start with a `---` line
        Unclosed,  // no closing `---` line
    };

    static BetagouvFrontMatter split(const QByteArray &content);

    Status status() const { return m_status; }
    bool isValid() const { return m_status == Status::Ok; }
    // Byte offsets in the content: the YAML text is [yamlBegin, yamlEnd),
    // the closing marker line follows, the body starts at bodyBegin.
    qsizetype yamlBegin() const { return m_yamlBegin; }
    qsizetype yamlEnd() const { return m_yamlEnd; }
    qsizetype bodyBegin() const { return m_bodyBegin; }
    // 1-based line of the first YAML line in the file (for messages).
    int yamlFirstLine() const { return 2; }
    // "\r\n" when the file ends its lines that way, else "\n".
    QByteArray lineEnd() const { return m_lineEnd; }

    QByteArray yaml(const QByteArray &content) const { return content.mid(m_yamlBegin, m_yamlEnd - m_yamlBegin); }
    QByteArray body(const QByteArray &content) const { return content.mid(m_bodyBegin); }

    // 1-based line of the top-level `key:` in the front matter, 0 if absent.
    int lineOfKey(const QByteArray &content, QByteArrayView key) const;
    // 1-based line of the first front matter line containing `text`, else
    // the line of `fallbackKey`.
    int lineContaining(const QByteArray &content, QByteArrayView text, QByteArrayView fallbackKey) const;

    // The text when `bytes` is valid UTF-8 (a leading byte-order mark is
    // dropped), nothing otherwise.
    static std::optional<QString> decodeUtf8(const QByteArray &bytes);

private:
    Status m_status = Status::Missing;
    qsizetype m_yamlBegin = 0;
    qsizetype m_yamlEnd = 0;
    qsizetype m_bodyBegin = 0;
    QByteArray m_lineEnd = "\n";
};

} // namespace Comite
