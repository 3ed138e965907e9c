#pragma once
// The programme report's tables as text in the user's language, shared by
// the documents (ProgrammeExport) and the window (ui/programmereportwindow):
// the summary facts, the funnel per cohort, the time in each phase, the
// Kaplan–Meier figures, the years and the six-month objectives.

#include "programmereport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace Comite {

struct ProgrammeTable {
    QStringList headers;
    QList<QStringList> rows;
    QList<int> numericColumns;  // right-aligned
    QString none;               // said instead of an empty table
};

class ProgrammeTables
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeTables)
public:
    static QList<std::pair<QString, QString>> summary(const ProgrammeReport &report, const QLocale &locale = QLocale());
    static ProgrammeTable funnel(const ProgrammeReport &report, const QLocale &locale = QLocale());
    static ProgrammeTable phases(const ProgrammeReport &report, const QLocale &locale = QLocale());
    static ProgrammeTable survival(const ProgrammeReport &report, const QLocale &locale = QLocale());
    static ProgrammeTable years(const ProgrammeReport &report, const QLocale &locale = QLocale());
    static ProgrammeTable objectives(const ProgrammeReport &report, const QLocale &locale = QLocale());

    // Months of `days` with one decimal ("4.5"); "—" when none.
    static QString months(std::optional<int> days, const QLocale &locale = QLocale());
    // "66.2%" in the locale; "—" when `whole` is 0.
    static QString share(int part, int whole, const QLocale &locale = QLocale());
};

} // namespace Comite
