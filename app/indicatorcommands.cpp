#include "indicatorcommands.h"

#include "commandsupport.h"

#include "commands/indicatoredits.h"
#include "io/measurementcsv.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

namespace Comite::CommandLine::IndicatorCommands {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

int importMeasurements(const QStringList &args)
{
    Command c;
    c.parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The CSV file: date;indicator;value."));
    QCommandLineOption productOpt(QStringLiteral("product"), Tr::tr("The product's identifier."), QStringLiteral("slug"));
    c.parser.addOption(productOpt);
    if (const QString e = c.parse(args, 1); !e.isEmpty())
        return usageError(e);
    if (!c.parser.isSet(productOpt))
        return usageError(Tr::tr("import-measurements needs --product SLUG."));
    const QString path = c.parser.positionalArguments().first();
    const QString slug = c.parser.value(productOpt);
    return withWorkspace(c, [&](Workspace &ws) {
        const auto productId = ws.products().idForSlug(slug);
        if (!productId)
            return failure(Tr::tr("No product “%1” in %2.").arg(slug, ws.database().location()));
        const QList<Indicator> indicators = ws.indicators().forProduct(*productId);
        const MeasurementCsvResult result = MeasurementCsv::read(path, indicators, ws.today());
        if (!result.ok()) {
            for (const QString &line : result.problemLines(QFileInfo(path).fileName()))
                err() << line << '\n';
            return failure(Tr::tr("Nothing was imported."));
        }
        QString error;
        if (!Edit::importMeasurements(ws, *productId, result.measurements(), &error))
            return failure(error);
        QSet<qint64> touched;
        for (const MeasurementCsvRow &r : result.rows)
            touched.insert(r.indicatorId);
        if (c.json()) {
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("product"), slug},
                                                {QStringLiteral("imported"), int(result.rows.size())},
                                                {QStringLiteral("indicators"), int(touched.size())}}));
        } else {
            out() << Tr::tr("Imported %1 measurements of %2 indicators into %3.")
                         .arg(result.rows.size())
                         .arg(touched.size())
                         .arg(slug)
                  << '\n';
        }
        return Success;
    });
}

} // namespace Comite::CommandLine::IndicatorCommands
