#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Comite::Language {

namespace {
QString &chosen()
{
    static QString code = QStringLiteral("en");
    return code;
}
} // namespace

bool isSupported(const QString &code)
{
    return code == QLatin1String("fr") || code == QLatin1String("en");
}

QString install(const QString &requested)
{
    QString code = requested;
    if (!isSupported(code))
        code = QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    if (!requested.isEmpty()) {
        // An explicit choice also sets how dates and numbers are written.
        QLocale::setDefault(code == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                        : QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    auto *app = QCoreApplication::instance();
    chosen() = code;
    // The installed .qm (PREFIX/share/comite/translations, next to bin/)
    // first, so a packager can update them; else the copy built in.
    auto *own = new QTranslator(app);
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/comite/translations");
    if (own->load(QStringLiteral("comite_%1").arg(code), installed)
        || own->load(QStringLiteral(":/i18n/comite_%1.qm").arg(code)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return code;
}

QString current()
{
    return chosen();
}

} // namespace Comite::Language
