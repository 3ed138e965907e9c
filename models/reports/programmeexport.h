#pragma once
// The programme report as a file or as figures: a document (PDF, ODT,
// HTML through the deliberation writer, with the charts drawn by
// ProgrammeChartPainter), a CSV of every table, and the JSON that
// `comite report programme --json` prints. PDF, ODT and HTML need a
// QGuiApplication (fonts).

#include "deliberation/deliberationdocument.h"
#include "programmereport.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Comite {

enum class ProgrammeFormat { Pdf, Odt, Csv, Html };

namespace ProgrammeFormats {
QList<ProgrammeFormat> all();
QString key(ProgrammeFormat format);  // "pdf", "odt", "csv", "html" (the CLI's words, also the suffix)
std::optional<ProgrammeFormat> fromKey(QStringView key);
QString label(ProgrammeFormat format);  // "PDF document (*.pdf)", translated
// The format a file name's suffix says ("htm" is HTML); none when unknown.
std::optional<ProgrammeFormat> fromSuffix(const QString &path);
}

class ProgrammeExport
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeExport)
public:
    static DeliberationDocument document(const ProgrammeReport &report, const QLocale &locale = QLocale());
    // Every table, one after the other, each under its name and its header
    // row; numbers in C locale, durations in days.
    static QByteArray csv(const ProgrammeReport &report);
    static QJsonObject json(const ProgrammeReport &report);
    // Writes `path` atomically; false with a message naming the file.
    static bool write(const ProgrammeReport &report, ProgrammeFormat format, const QString &path,
                      const QLocale &locale = QLocale(), QString *error = nullptr);
};

} // namespace Comite
