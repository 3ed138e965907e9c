#pragma once
// Reads measurements from a CSV file as teams export it from their
// analytics: header `date;indicator;value` (or `date;indicateur;valeur`,
// any column order, an optional comment column), `;` or `,` separator
// detected, decimal comma and spaced thousands ("1 234,5"), UTF-8 with or
// without BOM. Indicators are matched by name within the product. Every
// bad line is reported with its number; the result is all or nothing.

#include "domain/indicator.h"

#include <QCoreApplication>

namespace Comite {

struct MeasurementCsvRow {
    int line = 0;  // 1-based, in the file
    QDate date;
    QString indicatorName;  // as the product spells it
    qint64 indicatorId = 0;
    double value = 0;
    QString comment;
};

struct MeasurementCsvProblem {
    int line = 0;  // 0: the file as a whole
    QString message;
};

struct MeasurementCsvResult {
    QList<MeasurementCsvRow> rows;
    QList<MeasurementCsvProblem> problems;
    QChar separator;
    bool ok() const { return problems.isEmpty() && !rows.isEmpty(); }
    QList<Measurement> measurements() const;
    // "file.csv:12: message" lines, for the command line.
    QStringList problemLines(const QString &fileName) const;
};

class MeasurementCsv
{
    Q_DECLARE_TR_FUNCTIONS(MeasurementCsv)
public:
    // `indicators`: the product's; `today`: measurements cannot be later.
    static MeasurementCsvResult parse(const QByteArray &data, const QList<Indicator> &indicators, QDate today);
    static MeasurementCsvResult read(const QString &path, const QList<Indicator> &indicators, QDate today);

    // "1 234,5", "1234.5", "-3", "1.234,5" (no letters, no percent sign).
    static std::optional<double> number(QStringView text);
    // 2026-11-01, 01/11/2026, or 2026-11 (the first of the month).
    static QDate date(QStringView text);
};

} // namespace Comite
