#include "commandsupport.h"

#include "storage/serverlocation.h"

#include <QDir>
#include <QFileInfo>

namespace Comite::CommandLine {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message)
{
    err() << message << '\n' << Command::tr("Run “comite --help” for the commands and their options.") << '\n';
    err().flush();
    return UsageError;
}

int failure(const QString &message)
{
    err() << message << '\n';
    err().flush();
    return Failure;
}

void printJson(const QJsonDocument &doc)
{
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

Command::Command()
    : db(QStringLiteral("db"), tr("Database file (default: %1).").arg(Database::defaultLocation()), QStringLiteral("path"))
    , jsonOption(QStringLiteral("json"), tr("Print JSON."))
    , today(QStringLiteral("today"), tr("Take this date (YYYY-MM-DD) as today."), QStringLiteral("date"))
    , lang(QStringLiteral("lang"), tr("Language of messages: fr or en."), QStringLiteral("lang"))
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({db, jsonOption, today, lang});
}

QString Command::parse(const QStringList &arguments, int positionals)
{
    if (!parser.parse(arguments))
        return parser.errorText();
    if (parser.positionalArguments().size() != positionals)
        return positionals == 0 ? tr("This command takes no argument besides its options.")
                                : tr("This command takes %n argument(s).", nullptr, positionals);
    if (parser.isSet(today) && !QDate::fromString(parser.value(today), Qt::ISODate).isValid())
        return tr("--today wants a date written YYYY-MM-DD, not “%1”.").arg(parser.value(today));
    return {};
}

QString Command::location() const
{
    return parser.isSet(db) ? parser.value(db) : Database::defaultLocation();
}

QDate Command::todayDate() const
{
    return parser.isSet(today) ? QDate::fromString(parser.value(today), Qt::ISODate) : QDate::currentDate();
}

int withWorkspace(const Command &command, const std::function<int(Workspace &)> &work, OpenMode mode)
{
    const QString location = command.location();
    if (mode == OpenMode::MustExist && !ServerLocation::looksLikeServer(location)) {
        // Checked before opening: opening would create the file and its folders.
        const QFileInfo info(location);
        if (!info.exists())
            return failure(Command::tr("There is no Comité database at “%1”.").arg(QDir::toNativeSeparators(location)));
        if (info.isFile() && info.size() == 0)
            return failure(Command::tr("“%1” is an empty file: it holds no Comité portfolio yet.")
                               .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    }
    try {
        ManualClock clock(command.todayDate());
        Workspace ws(mode == OpenMode::ReadOnly ? Database::openReadOnly(location) : Database::open(location), clock);
        return work(ws);
    } catch (const StorageError &e) {
        return failure(e.message());
    }
}

} // namespace Comite::CommandLine
