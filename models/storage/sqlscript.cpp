#include "sqlscript.h"

namespace Comite::SqlScript {

namespace {
// The dollar-quote tag starting at `i` ("$$" or "$name$"), or empty.
QString dollarTag(const QString &s, qsizetype i)
{
    if (s.at(i) != u'$')
        return {};
    qsizetype j = i + 1;
    while (j < s.size() && (s.at(j).isLetterOrNumber() || s.at(j) == u'_'))
        ++j;
    if (j >= s.size() || s.at(j) != u'$')
        return {};
    // A tag does not start with a digit: $1 is a parameter.
    if (j > i + 1 && s.at(i + 1).isDigit())
        return {};
    return s.mid(i, j - i + 1);
}
} // namespace

QStringList statements(const QString &script)
{
    QStringList result;
    QString current;
    auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            result << statement;
        current.clear();
    };
    const qsizetype n = script.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {  // line comment
            while (i < n && script.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && next == u'*') {  // block comment (they nest in PostgreSQL)
            int depth = 0;
            while (i < n) {
                if (script.at(i) == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
                    ++depth;
                    i += 2;
                } else if (script.at(i) == u'*' && i + 1 < n && script.at(i + 1) == u'/') {
                    i += 2;
                    if (--depth == 0)
                        break;
                } else {
                    ++i;
                }
            }
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"') {  // quoted; a doubled quote stays inside
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j - i + 1);
            i = j + 1;
            continue;
        }
        if (const QString tag = dollarTag(script, i); !tag.isEmpty()) {
            const qsizetype end = script.indexOf(tag, i + tag.size());
            const qsizetype stop = end < 0 ? n : end + tag.size();
            current += script.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == u';') {
            flush();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return result;
}

} // namespace Comite::SqlScript
