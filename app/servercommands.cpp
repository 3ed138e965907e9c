#include "servercommands.h"

#include "commandsupport.h"
#include "storage/portfoliocopy.h"
#include "storage/serverroles.h"

namespace Comite::ServerCommands {

using namespace CommandLine;

int copy(const QStringList &arguments)
{
    Command c;
    QCommandLineOption from(QStringLiteral("from"), Command::tr("Database to read: a file or postgresql://…"), QStringLiteral("db"));
    QCommandLineOption to(QStringLiteral("to"), Command::tr("Empty database to write: a file or postgresql://…"), QStringLiteral("db"));
    c.parser.addOptions({from, to});
    if (const QString e = c.parse(arguments, 0); !e.isEmpty())
        return usageError(e);
    if (!c.parser.isSet(from) || !c.parser.isSet(to))
        return usageError(Command::tr("copy needs --from and --to."));
    try {
        auto source = Database::open(c.parser.value(from));
        auto target = Database::open(c.parser.value(to));
        const QList<PortfolioCopy::TableCount> counts = PortfolioCopy::copy(*source, *target);
        bool match = true;
        for (const auto &tc : counts) {
            out() << qSetFieldWidth(22) << Qt::left << tc.table << qSetFieldWidth(0) << tc.source << " → " << tc.target << '\n';
            match = match && tc.source == tc.target;
        }
        out().flush();
        if (!match)
            return CommandLine::failure(Command::tr("The record counts differ: the copy is incomplete."));
        return Success;
    } catch (const StorageError &e) {
        return CommandLine::failure(e.message());
    }
}

int initServer(const QStringList &arguments)
{
    Command c;
    if (const QString e = c.parse(arguments, 0); !e.isEmpty())
        return usageError(e);
    if (!c.parser.isSet(c.db))
        return usageError(Command::tr("init-server needs --db postgresql://USER@HOST:PORT/DBNAME."));
    try {
        auto db = Database::open(c.location());  // creates or updates the schema
        ServerRoles::install(*db);
        out() << Command::tr("Schema version %1 and the roles comite_facilitator, comite_team and comite_sponsor are ready "
                             "on %2.")
                     .arg(db->schemaVersion())
                     .arg(db->displayName())
              << '\n'
              << Command::tr("Give people access with, for example: CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE comite_team;")
              << '\n';
        out().flush();
        return Success;
    } catch (const StorageError &e) {
        return CommandLine::failure(e.message());
    }
}

} // namespace Comite::ServerCommands
