#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Comite::Language {

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
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/comite_%1.qm").arg(code)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return code;
}

} // namespace Comite::Language
