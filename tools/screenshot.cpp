// Renders the main window offscreen to PNG files, for the README and for
// looking at screens and for the manual (scripts/screenshots.sh):
// comite_screenshot DB OUTDIR [--lang fr|en] [--dark] [--big] [--size WxH].

#include "aboutdialog.h"
#include "readablepalette.h"
#include "itemmodels/portfoliomodel.h"
#include "language.h"
#include "deliberationexportdialog.h"
#include "facilitatorwindow.h"
#include "mainwindow.h"
#include "manualwindow.h"
#include "sessionswindow.h"
#include "portfolioview.h"
#include "productview.h"
#include "storage/workspace.h"
#include "welcomepage.h"

#include <QApplication>
#include <QDir>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("comite-screenshot"));
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    const QString out = args[2];
    QDir().mkpath(out);
    const int langAt = args.indexOf(QStringLiteral("--lang"));
    Comite::Language::install(langAt > 0 ? args.value(langAt + 1) : QString());
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (args.contains(QStringLiteral("--dark"))) {
        QPalette p;
        p.setColor(QPalette::Window, QColor(37, 37, 38));
        p.setColor(QPalette::WindowText, Qt::white);
        p.setColor(QPalette::Base, QColor(30, 30, 30));
        p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
        p.setColor(QPalette::Text, Qt::white);
        p.setColor(QPalette::Button, QColor(45, 45, 48));
        p.setColor(QPalette::ButtonText, Qt::white);
        p.setColor(QPalette::Highlight, QColor(38, 79, 120));
        p.setColor(QPalette::HighlightedText, Qt::white);
        app.setPalette(p);
    }
    if (args.contains(QStringLiteral("--big"))) {
        QFont f = app.font();
        f.setPointSizeF(f.pointSizeF() * 2);
        app.setFont(f);
    }
    // --size WxH: the manual's shots are smaller, so they stay legible
    // once fitted to its width.
    QSize size(1400, 860);
    if (const int sizeAt = args.indexOf(QStringLiteral("--size")); sizeAt > 0) {
        const QStringList wh = args.value(sizeAt + 1).split(u'x');
        if (wh.size() == 2 && wh[0].toInt() >= 640 && wh[1].toInt() >= 480)
            size = QSize(wh[0].toInt(), wh[1].toInt());
    }
    Comite::ReadablePalette::apply();
    Comite::MainWindow window(Comite::Clock::system());
    window.resize(size);
    window.show();
    if (!window.openDatabase(args[1]))
        return 1;
    const QString suffix = args.contains(QStringLiteral("--dark")) ? QStringLiteral("-dark")
        : args.contains(QStringLiteral("--big"))                  ? QStringLiteral("-big")
                                                                  : QString();
    app.processEvents();
    window.grab().save(out + QStringLiteral("/portfolio%1.png").arg(suffix));
    if (window.portfolio() && window.portfolio()->model()->rowCount() > 0) {
        const qint64 id = window.portfolio()->model()->productIdAt(0);
        Comite::ProductView *view = window.openProduct(id);
        for (int tab = 0; tab < view->tabs()->count(); ++tab) {
            view->tabs()->setCurrentIndex(tab);
            app.processEvents();
            window.grab().save(out + QStringLiteral("/product-tab%1%2.png").arg(tab).arg(suffix));
        }
    }
    // The demo's richest product on its Indicators tab (for the README).
    if (const auto velo = window.workspace()->products().idForSlug(QStringLiteral("velo-pour-tous"))) {
        Comite::ProductView *view = window.openProduct(*velo);
        view->tabs()->setCurrentIndex(3);
        app.processEvents();
        window.grab().save(out + QStringLiteral("/indicators%1.png").arg(suffix));
        window.tabs()->setCurrentIndex(0);
    }
    // The facilitator's screen of the first session still to hold (with
    // two products or more), started on its second item.
    for (const Comite::SessionSummary &s : window.workspace()->sessions().summaries()) {
        if (s.status == Comite::SessionStatus::Held || s.productSlugs.size() < 2)
            continue;
        Comite::FacilitatorWindow facilitator(*window.workspace(), s.id);
        facilitator.resize(size);
        facilitator.show();
        facilitator.timer()->start();
        facilitator.timer()->goTo(1);
        app.processEvents();
        facilitator.grab().save(out + QStringLiteral("/facilitator%1.png").arg(suffix));
        facilitator.timer()->pause();
        facilitator.close();
        break;
    }
    // The sessions window and the deliberation export of the first held
    // session, when the portfolio has one.
    if (Comite::SessionsWindow *sessions = window.showSessions()) {
        sessions->resize(size.width(), size.height() + 40);
        app.processEvents();
        sessions->grab().save(out + QStringLiteral("/sessions%1.png").arg(suffix));
        for (const Comite::SessionSummary &s : window.workspace()->sessions().summaries()) {
            if (s.status != Comite::SessionStatus::Held || s.productSlugs.size() < 2)
                continue;
            Comite::DeliberationExportDialog dialog(*window.workspace(), s.id);
            dialog.show();
            app.processEvents();
            dialog.grab().save(out + QStringLiteral("/deliberation-export%1.png").arg(suffix));
            break;
        }
        sessions->close();
    }
    {
        // The real identity, so the box shows the real data folder.
        QCoreApplication::setOrganizationName(QStringLiteral("beta.gouv.fr"));
        QCoreApplication::setApplicationName(QStringLiteral("comite"));
        Comite::AboutDialog about(&window);
        about.show();
        app.processEvents();
        about.grab().save(out + QStringLiteral("/about%1.png").arg(suffix));
    }
    if (Comite::ManualWindow *manual = Comite::ManualWindow::showManual(Comite::Language::current())) {
        manual->resize(size.width() * 3 / 4, size.height());
        app.processEvents();
        manual->grab().save(out + QStringLiteral("/manual%1.png").arg(suffix));
        manual->close();
    }
    QTemporaryDir empty;
    window.openDatabase(empty.filePath(QStringLiteral("empty.sqlite")));
    app.processEvents();
    window.grab().save(out + QStringLiteral("/welcome%1.png").arg(suffix));
    return 0;
}
