#pragma once
// Picks the interface language (French on a French system, else English, or
// what --lang asks) and installs Comité's and Qt's translations for it.

#include <QString>

namespace Comite::Language {
// `requested` is "fr", "en" or empty for the system's language. Returns the
// language installed.
QString install(const QString &requested);
bool isSupported(const QString &code);
// The language install() chose last ("fr" or "en"; "en" before any).
QString current();
}
