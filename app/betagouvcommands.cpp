#include "betagouvcommands.h"

#include "betagouv/betagouvexporter.h"
#include "betagouv/betagouvimporter.h"
#include "storage/database.h"
#include "storage/serverlocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QTextStream>

namespace Comite::BetagouvCommands {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
constexpr int Failure = 1;
constexpr int UsageError = 2;

void print(FILE *stream, const QString &text)
{
    QTextStream out(stream);
    out << text;
    if (!text.endsWith(u'\n'))
        out << '\n';
}

int usageError(const QString &message)
{
    print(stderr, message + u'\n' + Tr::tr("Run “comite --help” for the commands and their options."));
    return UsageError;
}

// The options of both commands; the folder is the one positional argument.
struct Parser {
    QCommandLineParser parser;
    QCommandLineOption db{QStringLiteral("db"), Tr::tr("Database file."), QStringLiteral("path")};
    QCommandLineOption lang{QStringLiteral("lang"), Tr::tr("Language of messages: fr or en."), QStringLiteral("lang")};
    QCommandLineOption today{QStringLiteral("today"), Tr::tr("Take this date (YYYY-MM-DD) as today."),
                             QStringLiteral("date")};

    QString command;

    Parser(const char *name, const QList<QCommandLineOption> &own)
        : command(QString::fromLatin1(name))
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions({db, lang, today});
        parser.addOptions(own);
    }
    QString parse(const QStringList &arguments)
    {
        if (!parser.parse(arguments))
            return parser.errorText();
        if (parser.positionalArguments().size() != 1)
            return Tr::tr("“%1” takes one folder: comite %1 DIR --db PATH.").arg(command);
        if (parser.isSet(db) && parser.value(db).isEmpty())
            return Tr::tr("--db wants the path of a database file.");
        if (parser.isSet(today) && !QDate::fromString(parser.value(today), Qt::ISODate).isValid())
            return Tr::tr("--today wants a date written YYYY-MM-DD, not “%1”.").arg(parser.value(today));
        return {};
    }
    QString folder() const { return parser.positionalArguments().constFirst(); }
    QString location() const { return parser.isSet(db) ? parser.value(db) : Database::defaultLocation(); }
};
} // namespace

int importBetagouv(const QStringList &arguments)
{
    QCommandLineOption strict(QStringLiteral("strict"), Tr::tr("Import nothing when any file has a problem."));
    Parser p("import-betagouv", {strict});
    if (const QString e = p.parse(arguments); !e.isEmpty())
        return usageError(e);
    try {
        const std::unique_ptr<Database> db = Database::open(p.location());
        BetagouvImporter::Options options;
        options.strict = p.parser.isSet(strict);
        if (p.parser.isSet(p.today))  // dates after it are noted in the report
            options.today = QDate::fromString(p.parser.value(p.today), Qt::ISODate);
        const BetagouvReport report = BetagouvImporter::importFolder(*db, p.folder(), options);
        const int code = report.exitCode();
        print(code == 0 ? stdout : stderr, report.text());
        return code;
    } catch (const StorageError &e) {
        print(stderr, e.message());
        return Failure;
    }
}

int exportBetagouv(const QStringList &arguments)
{
    QCommandLineOption product(QStringLiteral("product"), Tr::tr("Export only this product."), QStringLiteral("slug"));
    Parser p("export-betagouv", {product});
    if (const QString e = p.parse(arguments); !e.isEmpty())
        return usageError(e);
    if (p.parser.isSet(product) && p.parser.value(product).isEmpty())
        return usageError(Tr::tr("--product wants a product identifier."));
    try {
        // Exporting only reads: no file is created, changed or migrated.
        const std::unique_ptr<Database> db = Database::openReadOnly(p.location());
        const BetagouvExportReport report = BetagouvExporter(*db).exportTo(p.folder(), p.parser.value(product));
        print(report.exitCode() == 0 ? stdout : stderr, report.text());
        return report.exitCode();
    } catch (const StorageError &e) {
        print(stderr, e.message());
        return Failure;
    }
}

} // namespace Comite::BetagouvCommands
