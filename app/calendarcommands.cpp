#include "calendarcommands.h"

#include "commandsupport.h"
#include "io/sessioncalendar.h"

namespace Comite::CommandLine::CalendarCommands {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

int exportIcs(const QStringList &args)
{
    Command c;
    QCommandLineOption sessionOpt(QStringLiteral("session"), Tr::tr("The session's number."), QStringLiteral("id"));
    QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("The .ics file to write."), QStringLiteral("file"));
    c.parser.addOptions({sessionOpt, outOpt});
    if (const QString e = c.parse(args, 0); !e.isEmpty())
        return usageError(e);
    const QString session = c.parser.value(sessionOpt);
    if (session.isEmpty() || !c.parser.isSet(outOpt))
        return usageError(Tr::tr("export-ics needs --session ID and --out FILE.ics."));
    bool ok = false;
    const qint64 id = session.toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(Tr::tr("A session is named by its number, not “%1”.").arg(session));
    return withWorkspace(c, [&](Workspace &ws) {
        const auto s = ws.sessions().load(id);
        if (!s)
            return failure(Tr::tr("No session %1 in %2.").arg(id).arg(ws.database().location()));
        QString error;
        if (!SessionCalendar::write(*s, ws.clock().now(), c.parser.value(outOpt), &error))
            return failure(error);
        out() << Tr::tr("Invitation written to %1.").arg(c.parser.value(outOpt)) << '\n';
        out().flush();
        return Success;
    }, OpenMode::ReadOnly);
}

} // namespace Comite::CommandLine::CalendarCommands
