#pragma once
// Locale-aware display of dates, durations and money, shared by views,
// exports and the command line's human-readable output.

#include <QDate>
#include <QLocale>
#include <QString>

namespace Comite::DisplayFormat {
QString date(QDate date, const QLocale &locale = QLocale());
// "3 weeks", "5 months", "1 year 2 months" (translated).
QString duration(int days);
QString euros(qint64 amount, const QLocale &locale = QLocale());
}
