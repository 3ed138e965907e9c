#include "roadmapcommands.h"

#include "commandsupport.h"

#include "deliberation/prereaddocument.h"
#include "storage/roadmapdossier.h"

#include <QDir>

namespace Comite::CommandLine::RoadmapCommands {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

int exportPreread(const QStringList &args)
{
    Command c;
    QCommandLineOption productOpt(QStringLiteral("product"), Tr::tr("The product's identifier."), QStringLiteral("slug"));
    QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("The PDF file to write."), QStringLiteral("file"));
    c.parser.addOption(productOpt);
    c.parser.addOption(outOpt);
    if (const QString e = c.parse(args, 0); !e.isEmpty())
        return usageError(e);
    if (!c.parser.isSet(productOpt) || !c.parser.isSet(outOpt))
        return usageError(Tr::tr("export-preread needs --product SLUG and --out FILE.pdf."));
    const QString slug = c.parser.value(productOpt);
    const QString path = c.parser.value(outOpt);
    return withWorkspace(c, [&](Workspace &ws) {
        const auto productId = ws.products().idForSlug(slug);
        if (!productId)
            return failure(Tr::tr("No product “%1” in %2.").arg(slug, ws.database().location()));
        const auto dossier = RoadmapDossier::load(ws, *productId);
        if (!dossier)
            return failure(Tr::tr("No product “%1” in %2.").arg(slug, ws.database().location()));
        QString error;
        if (!PrereadDocument(*dossier).writePdf(path, &error))
            return failure(error);
        out() << Tr::tr("Pre-read of %1 written to %2 (to send by %3).")
                     .arg(dossier->product.title, QDir::toNativeSeparators(path),
                          dossier->preparation().sendBy().toString(Qt::ISODate))
              << '\n';
        return Success;
    }, OpenMode::ReadOnly);
}

} // namespace Comite::CommandLine::RoadmapCommands
