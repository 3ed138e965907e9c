// Entry point: a headless command (`comite summary …`) or the window.

#include "appinfo.h"
#include "readablepalette.h"
#include "commandline.h"
#include "domain/clock.h"
#include "language.h"
#include "mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("beta.gouv.fr"));
    QCoreApplication::setApplicationName(QStringLiteral("comite"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMITE_VERSION));
    // Wayland matches the window to its .desktop file (name, icon) by this.
    QGuiApplication::setDesktopFileName(QStringLiteral("fr.gouv.beta.comite"));
}

// --lang from the raw arguments, before any parser runs (messages of the
// parser itself are translated too).
QString requestedLanguage(const QStringList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(QLatin1String("--lang=")))
            return args[i].mid(7);
    }
    return {};
}

int usageError(const QString &message)
{
    QTextStream(stderr) << message << '\n';
    return 2;
}

int runHeadless(int argc, char **argv)
{
    // Rendering commands (charts, PDF) need fonts and painting: a GUI
    // application, offscreen when there is no display.
    const bool gui = argc > 1 && Comite::CommandLine::needsGui(QString::fromLocal8Bit(argv[1]));
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The arguments as typed: QGuiApplication takes some for itself (e.g.
    // "--session ID", X11 session management), which are the command's here.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application(gui ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    setIdentity();
    const QString lang = requestedLanguage(args);
    if (!lang.isEmpty() && !Comite::Language::isSupported(lang))
        return usageError(QStringLiteral("--lang: fr or en, not “%1”.").arg(lang));
    Comite::Language::install(lang);
    const QString first = args.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        QTextStream(stdout) << Comite::CommandLine::usage();
        return 0;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        QTextStream(stdout) << "comite " << COMITE_VERSION << '\n' << Comite::AppInfo::versionText();
        return 0;
    }
    return Comite::CommandLine::run(args);
}

} // namespace

// `comite --db P summary --json`: brings the command word first, as if
// written `comite summary --db P --json`.
void moveCommandFirst(int argc, char **argv)
{
    static const QStringList withValue = {QStringLiteral("--db"), QStringLiteral("--lang"), QStringLiteral("--today")};
    for (int i = 1; i < argc; ++i) {
        const QString word = QString::fromLocal8Bit(argv[i]);
        if (withValue.contains(word)) {
            ++i;
            continue;
        }
        if (word.startsWith(u'-'))
            continue;
        if (Comite::CommandLine::isCommand(word))
            std::rotate(argv + 1, argv + i, argv + i + 1);
        return;
    }
}

int main(int argc, char **argv)
{
    moveCommandFirst(argc, argv);
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (Comite::CommandLine::isCommand(first) || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("-v")
        || (!first.isEmpty() && !first.startsWith(u'-')))
        return runHeadless(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("path"));
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: fr or en."), QStringLiteral("lang"));
    parser.addOptions({db, lang});
    if (!parser.parse(app.arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(lang) && !Comite::Language::isSupported(parser.value(lang)))
        return usageError(QStringLiteral("--lang: fr or en, not “%1”.").arg(parser.value(lang)));
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("Unknown command “%1”.").arg(parser.positionalArguments().first()));
    Comite::Language::install(parser.value(lang));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/comite.svg")));

    Comite::ReadablePalette::apply();
    Comite::MainWindow window(Comite::Clock::system());
    QString location = parser.value(db);
    if (location.isEmpty())
        location = QSettings().value(QStringLiteral("database/last"), Comite::Database::defaultLocation()).toString();
    window.show();
    if (!window.openDatabase(location) && location != Comite::Database::defaultLocation())
        window.openDatabase(Comite::Database::defaultLocation());
    return app.exec();
}
