#include "indicatorcommands.h"

#include "commandsupport.h"

#include "chartbuilder.h"
#include "chartexport.h"
#include "chartimpactmatrix.h"
#include "commands/indicatoredits.h"
#include "domain/impactmatrixoverview.h"
#include "charts/chartdata.h"
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
        if (const Result<void> imported = Edit::importMeasurements(ws, *productId, result.measurements()); !imported)
            return failure(imported.error().message);
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
    }, OpenMode::MustExist);
}

// export-chart --product SLUG [--indicator NAME] [--chart KIND] --out FILE:
// one chart of a product as PNG or SVG, drawn offscreen. Without
// --indicator: the North Star over six months (every indicator against its
// target when there is no North Star).
int exportChart(const QStringList &args)
{
    Command c;
    QCommandLineOption productOpt(QStringLiteral("product"), Tr::tr("The product's identifier."), QStringLiteral("slug"));
    QCommandLineOption indicatorOpt(QStringLiteral("indicator"), Tr::tr("The indicator's name."), QStringLiteral("name"));
    QCommandLineOption chartOpt(QStringLiteral("chart"), Tr::tr("indicator, north-star, matrix or progress."),
                                QStringLiteral("kind"));
    QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("The file to write: .png or .svg."), QStringLiteral("file"));
    c.parser.addOptions({productOpt, indicatorOpt, chartOpt, outOpt});
    if (const QString e = c.parse(args, 0); !e.isEmpty())
        return usageError(e);
    if (!c.parser.isSet(productOpt) || !c.parser.isSet(outOpt))
        return usageError(Tr::tr("export-chart needs --product SLUG and --out FILE.png|FILE.svg."));
    const QString out = c.parser.value(outOpt);
    if (!ChartExport::isSupported(out))
        return usageError(Tr::tr("--out wants a .png or .svg file, not “%1”.").arg(out));
    const QStringList kinds{QStringLiteral("indicator"), QStringLiteral("north-star"), QStringLiteral("matrix"),
                            QStringLiteral("progress")};
    QString kind = c.parser.value(chartOpt);
    if (kind.isEmpty())
        kind = c.parser.isSet(indicatorOpt) ? kinds[0] : kinds[1];
    if (!kinds.contains(kind))
        return usageError(Tr::tr("--chart wants one of %1.").arg(kinds.join(QStringLiteral(", "))));
    if (kind == kinds[0] && !c.parser.isSet(indicatorOpt))
        return usageError(Tr::tr("--chart indicator needs --indicator NAME."));
    const QString slug = c.parser.value(productOpt);
    return withWorkspace(c, [&](Workspace &ws) {
        const auto productId = ws.products().idForSlug(slug);
        if (!productId)
            return failure(Tr::tr("No product “%1” in %2.").arg(slug, ws.database().location()));
        const QList<IndicatorSeries> all = ws.indicators().seriesForProduct(*productId);
        const QList<CommitteeReview> committees = ws.committees().forProduct(*productId);
        const QSize size = ChartExport::defaultSize();
        const ChartStyle style = ChartStyle::forExport(size);
        QString error;
        bool written = false;
        if (kind == kinds[2]) {
            QList<QDate> dates;
            for (const CommitteeReview &r : committees)
                dates << r.date;
            const EfficiencyFigures efficiency =
                EfficiencyFigures::compute(ws.spending().actualByMonth(*productId), all, dates, ws.today());
            ChartImpactMatrix matrix;
            matrix.setColumns(ImpactMatrixOverview::build(all, efficiency, ws.today()),
                              ws.products().field(*productId, ProductField::Title).toString());
            written = matrix.exportTo(out, &error);
        } else {
            TimeChart data;
            if (kind == kinds[0]) {
                const QString name = c.parser.value(indicatorOpt);
                const auto found = std::find_if(all.cbegin(), all.cend(), [&](const IndicatorSeries &s) {
                    return s.indicator.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
                });
                if (found == all.cend())
                    return failure(Tr::tr("No indicator “%1” in the product “%2”.").arg(name, slug));
                data = ChartData::indicator(*found, committees, ws.today());
            } else {
                const auto star = std::find_if(all.cbegin(), all.cend(), [](const IndicatorSeries &s) { return s.indicator.northStar; });
                data = kind == kinds[1] && star != all.cend() ? ChartData::northStar(*star, ws.today())
                                                              : ChartData::progress(all, committees, ws.today());
            }
            written = ChartExport::save(ChartBuilder::timeChart(data, style), out, size, &error);
        }
        if (!written)
            return failure(error);
        CommandLine::out() << Tr::tr("Chart written to %1.").arg(out) << '\n';
        return Success;
    }, OpenMode::ReadOnly);
}

} // namespace Comite::CommandLine::IndicatorCommands
