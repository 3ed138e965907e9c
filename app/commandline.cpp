#include "commandline.h"

#include "allocationcommands.h"
#include "appinfo.h"
#include "betagouvcommands.h"
#include "espacemembrecommands.h"
#include "calendarcommands.h"
#include "commandsupport.h"
#include "deckcommands.h"
#include "deliberationcommands.h"
#include "followupcommands.h"
#include "indicatorcommands.h"
#include "reportcommands.h"
#include "roadmapcommands.h"
#include "servercommands.h"
#include "sessioncommands.h"

#include "domain/displayformat.h"
#include "domain/phase.h"
#include "demo/demoportfolio.h"
#include "io/portfoliojson.h"
#include "storage/portfoliowriter.h"
#include "storage/serverlocation.h"
#include "demo/syntheticportfolio.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace Comite::CommandLine {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

int demo(const QStringList &args)
{
    Command c;
    QCommandLineOption force(QStringLiteral("force"), Tr::tr("Replace the portfolio the database holds."));
    c.parser.addOption(force);
    if (const QString e = c.parse(args, 0); !e.isEmpty())
        return usageError(e);
    return withWorkspace(c, [&](Workspace &ws) {
        DemoPortfolio::write(ws.database(), ws.today(), c.parser.isSet(force));
        out() << Tr::tr("Demo portfolio written to %1 (%n product(s)).", nullptr, ws.products().count())
                     .arg(ws.database().location())
              << '\n';
        return Success;
    });
}

int products(const QStringList &args)
{
    Command c;
    if (const QString e = c.parse(args, 0); !e.isEmpty())
        return usageError(e);
    return withWorkspace(c, [&](Workspace &ws) {
        const QJsonArray list = PortfolioJson::products(ws);
        if (c.json()) {
            printJson(QJsonDocument(list));
            return Success;
        }
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            const auto phase = Phases::fromKey(o.value(QStringLiteral("current_phase")).toString());
            out() << qSetFieldWidth(32) << Qt::left << o.value(QStringLiteral("slug")).toString() << qSetFieldWidth(0)
                  << ' ' << o.value(QStringLiteral("title")).toString() << " — "
                  << (phase ? Phases::label(*phase) : Tr::tr("no phase")) << '\n';
        }
        return Success;
    }, OpenMode::ReadOnly);
}

int product(const QStringList &args)
{
    Command c;
    c.parser.addPositionalArgument(QStringLiteral("slug"), Tr::tr("The product's identifier."));
    if (const QString e = c.parse(args, 1); !e.isEmpty())
        return usageError(e);
    const QString slug = c.parser.positionalArguments().first();
    return withWorkspace(c, [&](Workspace &ws) {
        const auto json = PortfolioJson::product(ws, slug);
        if (!json)
            return failure(Tr::tr("No product “%1” in %2.").arg(slug, ws.database().location()));
        if (c.json()) {
            printJson(QJsonDocument(*json));
            return Success;
        }
        const QJsonObject &o = *json;
        out() << o.value(QStringLiteral("title")).toString() << " (" << slug << ")\n"
              << o.value(QStringLiteral("pitch")).toString() << "\n\n";
        for (const QJsonValue &p : o.value(QStringLiteral("phases")).toArray()) {
            const auto phase = Phases::fromKey(p[QStringLiteral("name")].toString());
            out() << "  " << p[QStringLiteral("start")].toString() << "  " << (phase ? Phases::label(*phase) : QString())
                  << '\n';
        }
        out() << Tr::tr("Committees: %1").arg(o.value(QStringLiteral("committees")).toArray().size()) << '\n'
              << Tr::tr("Next committee due: %1").arg(o.value(QStringLiteral("next_committee_due")).toString()) << '\n';
        return Success;
    }, OpenMode::ReadOnly);
}

int summary(const QStringList &args)
{
    Command c;
    if (const QString e = c.parse(args, 0); !e.isEmpty())
        return usageError(e);
    return withWorkspace(c, [&](Workspace &ws) {
        const QJsonObject s = PortfolioJson::summary(ws);
        if (c.json()) {
            printJson(QJsonDocument(s));
            return Success;
        }
        out() << Tr::tr("Products: %1").arg(s.value(QStringLiteral("products")).toInt()) << '\n'
              << Tr::tr("Incubators: %1").arg(s.value(QStringLiteral("incubators")).toInt()) << '\n'
              << Tr::tr("Organisations: %1").arg(s.value(QStringLiteral("organisations")).toInt()) << '\n'
              << Tr::tr("Committees held: %1").arg(s.value(QStringLiteral("committees")).toInt()) << '\n'
              << Tr::tr("Committee overdue: %1").arg(s.value(QStringLiteral("committee_overdue")).toInt()) << '\n';
        const QJsonObject byPhase = s.value(QStringLiteral("by_phase")).toObject();
        for (Phase p : Phases::all())
            out() << "  " << Phases::label(p) << ": " << byPhase.value(Phases::key(p)).toInt() << '\n';
        return Success;
    }, OpenMode::ReadOnly);
}

int generate(const QStringList &args)
{
    Command c;
    QCommandLineOption productsOpt(QStringLiteral("products"), Tr::tr("Number of products."), QStringLiteral("n"));
    QCommandLineOption monthsOpt(QStringLiteral("months"), Tr::tr("Months of history."), QStringLiteral("m"));
    QCommandLineOption seedOpt(QStringLiteral("seed"), Tr::tr("Random seed (default 1)."), QStringLiteral("s"), QStringLiteral("1"));
    QCommandLineOption force(QStringLiteral("force"), Tr::tr("Replace the portfolio the database holds."));
    c.parser.addOptions({productsOpt, monthsOpt, seedOpt, force});
    if (const QString e = c.parse(args, 0); !e.isEmpty())
        return usageError(e);
    bool okProducts = false, okMonths = false, okSeed = false;
    const int n = c.parser.value(productsOpt).toInt(&okProducts);
    const int m = c.parser.value(monthsOpt).toInt(&okMonths);
    const uint seed = c.parser.value(seedOpt).toUInt(&okSeed);
    if (!okProducts || n < 0 || n > 1000000)
        return usageError(Tr::tr("--products wants a number of products between 0 and 1000000."));
    if (!okMonths || m < 1 || m > 600)
        return usageError(Tr::tr("--months wants a number of months between 1 and 600."));
    if (!okSeed)
        return usageError(Tr::tr("--seed wants a positive whole number."));
    // A portfolio already there is refused before the file is opened for
    // writing: that opening alone would fold its journal in and change it.
    const QString location = c.location();
    if (!c.parser.isSet(force) && !ServerLocation::looksLikeServer(location) && QFileInfo(location).size() > 0) {
        const int checked = withWorkspace(c, [&](Workspace &ws) {
            if (!PortfolioWriter::isEmpty(ws.database()))
                SyntheticPortfolio::write(ws.database(), {n, m, seed, ws.today(), false});  // refuses, writes nothing
            return Success;
        }, OpenMode::ReadOnly);
        if (checked != Success)
            return checked;
    }
    return withWorkspace(c, [&](Workspace &ws) {
        SyntheticPortfolio::write(ws.database(), {n, m, seed, ws.today(), c.parser.isSet(force)});
        out() << Tr::tr("Generated %n product(s) in %1.", nullptr, n).arg(ws.database().location()) << '\n';
        return Success;
    });
}

// Every command; features add theirs here from their own files.
const CommandEntry commands[] = {
    {"demo", demo, QT_TRANSLATE_NOOP("CommandLine", "demo --db PATH [--force]: write the demo portfolio")},
    {"products", products, QT_TRANSLATE_NOOP("CommandLine", "products --db PATH [--json]: list the products")},
    {"product", product, QT_TRANSLATE_NOOP("CommandLine", "product SLUG --db PATH [--json]: one product in full")},
    {"summary", summary,
     QT_TRANSLATE_NOOP("CommandLine", "summary --db PATH [--json] [--today YYYY-MM-DD]: portfolio figures")},
    {"generate", generate,
     QT_TRANSLATE_NOOP("CommandLine", "generate --db PATH --products N --months M [--seed S] [--force]: synthetic portfolio")},
    {"sessions", SessionCommands::sessions,
     QT_TRANSLATE_NOOP("CommandLine", "sessions --db PATH [--json]: list the committee sessions")},
    {"session", SessionCommands::session,
     QT_TRANSLATE_NOOP("CommandLine", "session ID --db PATH [--json]: one committee session in full")},
    {"close-session", SessionCommands::closeSession,
     QT_TRANSLATE_NOOP("CommandLine", "close-session ID --db PATH: close a session once every product is decided")},
    {"agenda-pdf", SessionCommands::agendaPdf,
     QT_TRANSLATE_NOOP("CommandLine", "agenda-pdf ID --db PATH --output FILE: the agenda (ordre du jour) as PDF"), true},
    {"export-ics", CalendarCommands::exportIcs,
     QT_TRANSLATE_NOOP("CommandLine", "export-ics --session ID --out FILE.ics --db PATH: the session as a calendar invitation")},
    {"import-betagouv", BetagouvCommands::importBetagouv,
     QT_TRANSLATE_NOOP("CommandLine", "import-betagouv DIR --db PATH [--strict]: import a beta.gouv.fr folder")},
    {"export-betagouv", BetagouvCommands::exportBetagouv,
     QT_TRANSLATE_NOOP("CommandLine", "export-betagouv DIR --db PATH [--product SLUG]: write beta.gouv.fr files")},
    {"import-espace-membre", EspaceMembreCommands::importEspaceMembre,
     QT_TRANSLATE_NOOP("CommandLine", "import-espace-membre --url URL [--api-key-file FILE] [--incubator GHID] --db PATH [--json]: "
                                      "import from the beta.gouv.fr member space's API")},
    {"export-changes", EspaceMembreCommands::exportChanges,
     QT_TRANSLATE_NOOP("CommandLine", "export-changes --since YYYY-MM-DD [--out FILE.md|FILE.html|FILE.pdf] --db PATH [--json]: "
                                      "what to retype in the member space"),
     true},
    {"init-server", ServerCommands::initServer,
     QT_TRANSLATE_NOOP("CommandLine", "init-server --db URL: create the shared schema and its three roles")},
    {"copy", ServerCommands::copy,
     QT_TRANSLATE_NOOP("CommandLine", "copy --from PATH|URL --to PATH|URL: copy a whole portfolio into an empty database")},
    {"import-measurements", IndicatorCommands::importMeasurements,
     QT_TRANSLATE_NOOP("CommandLine", "import-measurements FILE --product SLUG --db PATH: import a CSV of measurements")},
    {"export-chart", IndicatorCommands::exportChart,
     QT_TRANSLATE_NOOP("CommandLine", "export-chart --product SLUG [--indicator NAME] [--chart KIND] --db PATH --out FILE.png|FILE.svg: "
                                      "a chart as an image"),
     true},
    {"export-preread", RoadmapCommands::exportPreread,
     QT_TRANSLATE_NOOP("CommandLine", "export-preread --product SLUG --db PATH --out FILE.pdf: the committee pre-read of a product"),
     true},
    {"export-deck", DeckCommands::exportDeck,
     QT_TRANSLATE_NOOP("CommandLine", "export-deck --product SLUG [--session ID] --out FILE.pdf|FILE.odp --db PATH [--lang fr|en]: "
                                      "the committee deck of a product, made from its data"),
     true},
    {"deliberation", DeliberationCommands::deliberation,
     QT_TRANSLATE_NOOP("CommandLine", "deliberation --session ID [--submit|--approve|--final|--correct REASON] [--by NAME] --db PATH [--json]: "
                                      "the deliberation's approval: submit to the chair, approve (final)"),
     true},
    {"export-deliberation", DeliberationCommands::exportDeliberation,
     QT_TRANSLATE_NOOP("CommandLine", "export-deliberation --session ID --format pdf|odt|md|html --out FILE --db PATH [--lang fr|en] "
                                      "[--procurement] [--omit scores,notes,timings]: the written deliberation of a session"),
     true},
    {"export-history", DeliberationCommands::exportHistory,
     QT_TRANSLATE_NOOP("CommandLine", "export-history --product SLUG --format pdf|odt|md|html --out FILE --db PATH: "
                                      "every committee of a product"),
     true},
    {"report", ReportCommands::report,
     QT_TRANSLATE_NOOP("CommandLine", "report programme [--incubator SLUG] [--from YEAR] --format pdf|odt|csv|html --out FILE "
                                      "--db PATH [--json]: the programme's results (funnel, survival, time in phases, objectives)"),
     true},
    {"allocate", AllocationCommands::allocate,
     QT_TRANSLATE_NOOP("CommandLine", "allocate --pool ID [--scenario NAME | --save NAME] [--time-limit S] --db PATH [--json]: "
                                      "share a funding pool among its products (GLPK solver), or show a stored scenario")},
    {"pools", AllocationCommands::pools,
     QT_TRANSLATE_NOOP("CommandLine", "pools --db PATH [--json]: list the funding pools and their scenarios")},
    {"followups", FollowupCommands::followups,
     QT_TRANSLATE_NOOP("CommandLine", "followups --db PATH [--product SLUG] [--open] [--json]: the follow-up of the decisions "
                                      "(actions, conditions, blockers) with their status")},
};
} // namespace

bool needsGui(const QString &word)
{
    for (const CommandEntry &e : commands) {
        if (word == QLatin1String(e.name))
            return e.needsGui;
    }
    return false;
}

bool isCommand(const QString &word)
{
    for (const CommandEntry &e : commands) {
        if (word == QLatin1String(e.name))
            return true;
    }
    return false;
}

QString usage()
{
    QString text = Tr::tr("Usage: comite [--db PATH] [--lang fr|en]    open the window\n"
                      "       comite COMMAND [options]\n\nCommands:\n");
    for (const CommandEntry &e : commands)
        text += QStringLiteral("  comite ") + QCoreApplication::translate("CommandLine", e.help) + u'\n';
    text += Tr::tr("\nEvery command takes --db PATH (default: %1), --lang fr|en and --today YYYY-MM-DD.\n"
               "Exit codes: 0 success, 1 error, 2 usage error.\n")
                .arg(Database::defaultLocation());
    text += Tr::tr("\nComité %1, for the investment committees of the beta.gouv.fr incubators.\n"
                   "Data: the portfolio is stored in %2 unless --db says otherwise;\n"
                   "the window remembers the last database opened.\n%3\nManual: Help > Manual (F1) in the window.\n")
                .arg(AppInfo::version(), AppInfo::dataFolder(), AppInfo::licenceText());
    return text;
}

int run(const QStringList &arguments)
{
    // arguments: program, command, options…
    const QString name = arguments.value(1);
    for (const CommandEntry &e : commands) {
        if (name == QLatin1String(e.name)) {
            QStringList rest = arguments;
            rest.removeAt(1);
            return e.run(rest);
        }
    }
    return usageError(Tr::tr("Unknown command “%1”.").arg(name));
}

} // namespace Comite::CommandLine
