#pragma once
// The agenda of a session (« ordre du jour ») for the invitation sent a week
// before: date, place or video link, planned times of each item, products
// and participants. A text-searchable A4 PDF (QPdfWriter + QTextDocument).
// Needs a QGuiApplication (fonts).

#include "domain/session.h"

#include <QLocale>

namespace Comite::AgendaPdf {
// The document as HTML, in the current language.
QString html(const Session &session, const QLocale &locale = QLocale());
// Writes the PDF; false with a message naming the file when it cannot.
bool write(const Session &session, const QString &path, QString *error = nullptr);
}
