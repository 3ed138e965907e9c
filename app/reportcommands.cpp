#include "reportcommands.h"

#include "commandsupport.h"
#include "reports/programmeexport.h"
#include "reports/programmereportloader.h"

#include <QDir>
#include <QFileInfo>

namespace Comite::CommandLine::ReportCommands {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

int report(const QStringList &args)
{
    Command c;
    c.parser.addPositionalArgument(QStringLiteral("kind"), Tr::tr("The report: programme."));
    QCommandLineOption incubatorOpt(QStringLiteral("incubator"), Tr::tr("Only the products of this incubator (its identifier)."),
                                    QStringLiteral("slug"));
    QCommandLineOption fromOpt(QStringLiteral("from"), Tr::tr("Only the products that started in this year or later."),
                               QStringLiteral("year"));
    QCommandLineOption formatOpt(QStringLiteral("format"), Tr::tr("pdf, odt, csv or html."), QStringLiteral("format"));
    QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("The file to write."), QStringLiteral("file"));
    c.parser.addOptions({incubatorOpt, fromOpt, formatOpt, outOpt});
    if (const QString e = c.parse(args, 1); !e.isEmpty())
        return usageError(e);
    const QString kind = c.parser.positionalArguments().value(0);
    if (kind != QLatin1String("programme"))
        return usageError(Tr::tr("Unknown report “%1”: the report is “programme”.").arg(kind));
    int fromYear = 0;
    if (c.parser.isSet(fromOpt)) {
        bool ok = false;
        fromYear = c.parser.value(fromOpt).toInt(&ok);
        if (!ok || fromYear < 1900 || fromYear > 9999)
            return usageError(Tr::tr("--from wants a year such as 2019, not “%1”.").arg(c.parser.value(fromOpt)));
    }
    const bool writes = c.parser.isSet(formatOpt) || c.parser.isSet(outOpt);
    if ((writes || !c.json()) && (!c.parser.isSet(formatOpt) || !c.parser.isSet(outOpt)))
        return usageError(Tr::tr("report programme needs --format pdf|odt|csv|html and --out FILE (or --json alone)."));
    std::optional<ProgrammeFormat> format;
    const QString out = c.parser.value(outOpt);
    if (writes) {
        format = ProgrammeFormats::fromKey(c.parser.value(formatOpt));
        if (!format)
            return usageError(Tr::tr("--format wants pdf, odt, csv or html, not “%1”.").arg(c.parser.value(formatOpt)));
        const QString suffix = QFileInfo(out).suffix().toLower();
        const auto named = ProgrammeFormats::fromSuffix(out);
        if (!suffix.isEmpty() && named != format) {
            return usageError(Tr::tr("--out “%1” does not match --format %2: name the file “.%3”, or choose the format of “.%4”.")
                                  .arg(out, ProgrammeFormats::key(*format), ProgrammeFormats::key(*format), suffix));
        }
    }
    return withWorkspace(c, [&](Workspace &ws) {
        const Result<ProgrammeReport> report = ProgrammeReportLoader::load(ws, c.parser.value(incubatorOpt), fromYear);
        if (!report)
            return failure(report.error().message);
        if (format) {
            QString error;
            if (!ProgrammeExport::write(report.value(), *format, out, QLocale(), &error))
                return failure(error);
        }
        if (c.json()) {
            printJson(QJsonDocument(ProgrammeExport::json(report.value())));
        } else {
            Comite::CommandLine::out() << Tr::tr("Programme report written to %1.").arg(QDir::toNativeSeparators(out)) << '\n';
            Comite::CommandLine::out().flush();
        }
        return Success;
    }, OpenMode::ReadOnly);
}

} // namespace Comite::CommandLine::ReportCommands
