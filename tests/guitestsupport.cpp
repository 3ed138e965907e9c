#include "guitestsupport.h"

#include "language.h"

#include <QAction>
#include <QFile>
#include <QLocale>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>

namespace Comite::Test {

QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text().remove(u'&') == text)
            return b;
    }
    return nullptr;
}

QAction *menuAction(QMainWindow *window, const QString &text)
{
    for (QAction *a : window->menuBar()->findChildren<QAction *>()) {
        if (a->text().remove(u'&') == text)
            return a;
    }
    return nullptr;
}

int runOnLaptopScreen(int argc, char **argv, const std::function<int(const QString &language)> &run)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(config).toLocal8Bit());
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    int failures = run(QStringLiteral("en"));
    Language::install(QStringLiteral("fr"));
    failures += run(QStringLiteral("fr"));
    return failures;
}

} // namespace Comite::Test
