#include "espacemembrecommands.h"

#include "betagouv/espacemembrechanges.h"
#include "betagouv/espacemembreclient.h"
#include "betagouv/espacemembreimporter.h"
#include "betagouv/espacemembrekey.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "commandsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace Comite::EspaceMembreCommands {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

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
    return 2;
}

} // namespace

int importEspaceMembre(const QStringList &arguments)
{
    CommandLine::Command command;
    const QCommandLineOption urlOption(QStringLiteral("url"), Tr::tr("The member space's address."), QStringLiteral("url"));
    const QCommandLineOption keyFile(QStringLiteral("api-key-file"), Tr::tr("A file holding the API key."),
                                     QStringLiteral("file"));
    const QCommandLineOption incubator(QStringLiteral("incubator"), Tr::tr("Only this incubator (its ghid)."),
                                       QStringLiteral("ghid"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), Tr::tr("Seconds to wait for each answer (30)."),
                                     QStringLiteral("seconds"));
    command.parser.addOptions({urlOption, keyFile, incubator, timeout});
    if (const QString e = command.parse(arguments, 0); !e.isEmpty()) {
        if (!command.parser.positionalArguments().isEmpty())
            return usageError(Tr::tr("“import-espace-membre” takes no folder: comite import-espace-membre --url URL "
                                     "--api-key-file FILE --db PATH."));
        return usageError(e);
    }
    const QUrl url(command.parser.value(urlOption), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
        return usageError(Tr::tr("--url wants the member space's address, such as https://espace-membre.incubateur.net."));
    bool ok = true;
    const int seconds = command.parser.isSet(timeout) ? command.parser.value(timeout).toInt(&ok) : 30;
    if (!ok || seconds <= 0)
        return usageError(Tr::tr("--timeout wants a number of seconds."));
    const Result<QByteArray> key = EspaceMembreKey::read(command.parser.value(keyFile), url);
    if (!key) {
        print(stderr, key.error().message);
        return 1;
    }
    EspaceMembreClient client(url, key.value());
    client.setTimeout(seconds * 1000);
    // Everything is read before anything is written.
    const Result<EspaceMembreData> data = client.read(command.parser.value(incubator), command.todayDate());
    if (!data) {
        print(stderr, data.error().message);
        return 1;
    }
    try {
        const std::unique_ptr<Database> database = Database::open(command.location());
        BetagouvReport report = EspaceMembreImporter::write(*database, url.toString(QUrl::RemoveUserInfo), data.value());
        if (command.json()) {
            QJsonObject json = report.json();
            json.insert(QStringLiteral("requests"), data->requests);
            CommandLine::printJson(QJsonDocument(json));
            if (!report.succeeded())
                print(stderr, report.text());
        } else {
            QString text = report.text();
            text += Tr::tr("Requests: %1.").arg(data->requests) + u'\n';
            print(report.exitCode() == 0 ? stdout : stderr, text);
        }
        return report.exitCode();
    } catch (const StorageError &e) {
        print(stderr, e.message());
        return 1;
    }
}

int exportChanges(const QStringList &arguments)
{
    CommandLine::Command command;
    const QCommandLineOption since(QStringLiteral("since"), Tr::tr("Changes recorded from this date (YYYY-MM-DD)."),
                                   QStringLiteral("date"));
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("FILE.md, FILE.html or FILE.pdf."), QStringLiteral("file"));
    command.parser.addOptions({since, out});
    if (const QString e = command.parse(arguments, 0); !e.isEmpty())
        return usageError(e);
    const QDate from = QDate::fromString(command.parser.value(since), Qt::ISODate);
    if (!from.isValid())
        return usageError(Tr::tr("--since wants a date written YYYY-MM-DD."));
    const QString path = command.parser.value(out);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (command.parser.isSet(out) && !QStringList{QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf")}.contains(suffix))
        return usageError(Tr::tr("--out wants a file ending in .md, .html or .pdf."));
    try {
        const std::unique_ptr<Database> database = Database::openReadOnly(command.location());
        const EspaceMembreChanges changes = EspaceMembreChanges::collect(*database, from);
        if (command.parser.isSet(out)) {
            QString error;
            if (!changes.write(path, &error)) {
                print(stderr, error);
                return 1;
            }
        }
        if (command.json()) {
            QJsonObject json = changes.json();
            json.insert(QStringLiteral("written"), command.parser.isSet(out) ? QJsonValue(path) : QJsonValue(QJsonValue::Null));
            CommandLine::printJson(QJsonDocument(json));
        } else if (!command.parser.isSet(out)) {
            print(stdout, changes.markdown());
        } else {
            print(stdout, Tr::tr("Products with something to tell the member space: %1. Written to %2.")
                              .arg(changes.products.size())
                              .arg(path));
        }
        return 0;
    } catch (const StorageError &e) {
        print(stderr, e.message());
        return 1;
    }
}

} // namespace Comite::EspaceMembreCommands
