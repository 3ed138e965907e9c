#pragma once
// Locale-aware display of dates, durations and money, shared by views,
// exports and the command line's human-readable output.

#include <QDate>
#include <QLocale>
#include <QString>

namespace Comite::DisplayFormat {
QString date(QDate date, const QLocale &locale = QLocale());
// A date written out, for documents: "24 novembre 2026" ("1er" on the
// first of the month) in French, "24 November 2026" in English.
QString longDate(QDate date, const QLocale &locale = QLocale());
// French typography on a text: the spaces before : ; ! ? % € and inside
// « » become non-breaking (narrow before ; ! ?). Spaces only; a colon
// with no space before it (a time, an address) is left alone.
QString frenchSpacing(const QString &text);
// "3 weeks", "5 months", "1 year 2 months" (translated).
QString duration(int days);
QString euros(qint64 amount, const QLocale &locale = QLocale());
// Indicator values: "1 234,5" in French, the unit after a space when
// given; at most two decimals, fewer for large values.
QString number(double value, const QString &unit = {}, const QLocale &locale = QLocale());
// "87 %" from 0.87; "+12 %" / "−8 %" (signed) from 0.12 / −0.08.
QString percent(double fraction, const QLocale &locale = QLocale());
QString change(double fraction, const QLocale &locale = QLocale());
// Unit costs in euros, with cents under 100 €: "0,93 €", "1 234 €".
QString cost(double euros, const QLocale &locale = QLocale());
}
