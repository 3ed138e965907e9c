#include "deckcommands.h"

#include "commandsupport.h"

#include "deck/committeedeck.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace Comite::CommandLine::DeckCommands {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

int exportDeck(const QStringList &args)
{
    Command c;
    QCommandLineOption productOpt(QStringLiteral("product"), Tr::tr("The product's identifier."), QStringLiteral("slug"));
    QCommandLineOption sessionOpt(QStringLiteral("session"), Tr::tr("The committee session presented (figures as of its date)."),
                                  QStringLiteral("id"));
    QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("The file to write: .pdf or .odp."), QStringLiteral("file"));
    c.parser.addOption(productOpt);
    c.parser.addOption(sessionOpt);
    c.parser.addOption(outOpt);
    if (const QString e = c.parse(args, 0); !e.isEmpty())
        return usageError(e);
    if (!c.parser.isSet(productOpt) || !c.parser.isSet(outOpt))
        return usageError(Tr::tr("export-deck needs --product SLUG and --out FILE.pdf or FILE.odp."));
    const QString slug = c.parser.value(productOpt);
    const QString path = c.parser.value(outOpt);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odp"))
        return usageError(Tr::tr("export-deck writes .pdf or .odp, not “%1”.").arg(QFileInfo(path).fileName()));
    qint64 sessionId = 0;
    if (c.parser.isSet(sessionOpt)) {
        bool ok = false;
        sessionId = c.parser.value(sessionOpt).toLongLong(&ok);
        if (!ok || sessionId <= 0)
            return usageError(Tr::tr("--session needs a session number, not “%1”.").arg(c.parser.value(sessionOpt)));
    }
    return withWorkspace(c, [&](Workspace &ws) {
        const auto productId = ws.products().idForSlug(slug);
        if (!productId)
            return failure(Tr::tr("No product “%1” in %2.").arg(slug, ws.database().location()));
        const CommitteeDeck deck(ws, *productId, sessionId);
        if (!deck.isValid())
            return failure(deck.error());
        QString error;
        const bool written = suffix == QLatin1String("pdf") ? deck.writePdf(path, &error) : deck.writeOdp(path, &error);
        if (!written)
            return failure(error);
        const QDate asOf = deck.facts()->asOf();
        if (c.json()) {
            QJsonObject o{{QStringLiteral("product"), slug},
                          {QStringLiteral("session"), sessionId > 0 ? QJsonValue(sessionId) : QJsonValue()},
                          {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                          {QStringLiteral("format"), suffix},
                          {QStringLiteral("slides"), deck.slideCount()},
                          {QStringLiteral("asOf"), asOf.toString(Qt::ISODate)}};
            printJson(QJsonDocument(o));
        } else {
            out() << Tr::tr("Committee deck of %1 (%n slide(s), figures as of %2) written to %3.", nullptr, deck.slideCount())
                         .arg(deck.facts()->product().title, asOf.toString(Qt::ISODate), QDir::toNativeSeparators(path))
                  << '\n';
        }
        return Success;
    }, OpenMode::ReadOnly);
}

} // namespace Comite::CommandLine::DeckCommands
