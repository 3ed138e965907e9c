#pragma once
// The one escaping for text placed into HTML or XML markup: the deliberation,
// the pre-read, the agenda, the product view's timeline, ODF content.

#include <QString>

namespace Comite {

// `text` as HTML text or attribute value: & < > " escaped.
QString escapeHtml(const QString &text);
// `text` as XML 1.0 character data or attribute value: & < > " ' escaped,
// and the control characters XML 1.0 forbids (all below U+0020 but tab,
// line feed and carriage return) left out.
QString escapeXml(const QString &text);

} // namespace Comite
