#pragma once
// What every `comite` command shares: the common options (--db, --json,
// --today, --lang), parsing that maps bad words to exit code 2, output
// streams, and opening the workspace with a clear error (exit code 1).

#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <functional>

namespace Comite::CommandLine {

constexpr int Success = 0;
constexpr int Failure = 1;
constexpr int UsageError = 2;

// One command of the `comite` executable.
struct CommandEntry {
    const char *name;
    int (*run)(const QStringList &arguments);  // arguments: program, options…
    const char *help;                          // QT_TRANSLATE_NOOP("CommandLine", …)
    bool needsGui = false;                     // renders (charts, PDF): runs offscreen
};

QTextStream &out();
QTextStream &err();
int usageError(const QString &message);
int failure(const QString &message);
void printJson(const QJsonDocument &doc);

class Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    Command();
    // Empty when fine, else the usage error to print.
    QString parse(const QStringList &arguments, int positionals);
    QString location() const;
    QDate todayDate() const;
    bool json() const { return parser.isSet(jsonOption); }

    QCommandLineParser parser;
    QCommandLineOption db;
    QCommandLineOption jsonOption;
    QCommandLineOption today;
    QCommandLineOption lang;
};

// How a command opens its database. CreateIfMissing: commands that create
// one by design (demo, generate). MustExist: commands that change an
// existing database; a missing path or an empty file is refused untouched.
// ReadOnly: commands that only read; nothing is created, changed or
// migrated (Database::openReadOnly).
enum class OpenMode { CreateIfMissing, MustExist, ReadOnly };

// Opens the command's database with its clock and runs `work`; a storage
// error becomes exit code 1 with its message.
int withWorkspace(const Command &command, const std::function<int(Workspace &)> &work,
                  OpenMode mode = OpenMode::CreateIfMissing);

} // namespace Comite::CommandLine
