// Alt+letter reaches one thing only: in English and in French (the
// translation loaded as the application does), every menu bar, every menu
// and every window or dialog shown has no mnemonic used twice — the menu
// bar's letters count together with the controls of the window they
// belong to, since Alt+E must not open "Aide" when "Édition" was meant.

#include "allocationpooldialog.h"
#include "allocationwindow.h"
#include "guitestsupport.h"
#include "commands/sessionedits.h"
#include "decisiondialog.h"
#include "deliberationexportdialog.h"
#include "sessiondialog.h"
#include "sessioneditor.h"
#include "language.h"
#include "mainwindow.h"
#include "newproductdialog.h"
#include "productview.h"
#include "referencesdialog.h"
#include "serverconnectdialog.h"
#include "sessionswindow.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTranslator>

using namespace Comite;

namespace {

// The mnemonic letter of a text ("&Fichier" → "f"), empty when none.
QString mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Records `text`'s mnemonic under `owner`, returning a line for each clash.
struct Letters {
    QHash<QString, QString> owners;
    QStringList clashes;
    void add(const QString &text, const QString &where)
    {
        const QString letter = mnemonic(text);
        if (letter.isEmpty())
            return;
        const QString shown = QString(text).remove(u'&');
        if (owners.contains(letter))
            clashes << QStringLiteral("%1: Alt+%2 is both “%3” and “%4”").arg(where, letter.toUpper(), owners[letter], shown);
        else
            owners.insert(letter, shown);
    }
};

// What Alt+letter reaches in `window` now: its menu bar's menus and the
// controls that are visible (hidden tabs' controls do not answer).
QStringList windowClashes(QWidget *window, const QString &where)
{
    Letters letters;
    if (auto *main = qobject_cast<QMainWindow *>(window); main && main->menuWidget()) {
        for (QAction *a : main->menuBar()->actions())
            letters.add(a->text(), where);
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            letters.add(b->text(), where);
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            letters.add(l->text(), where);
        else if (auto *g = qobject_cast<QGroupBox *>(w); g && g->isCheckable())
            letters.add(g->title(), where);
        else if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                letters.add(t->tabText(i), where);
        }
    }
    return letters.clashes;
}

QStringList menuClashes(QMenu *menu, const QString &where)
{
    Letters letters;
    QStringList clashes;
    for (QAction *a : menu->actions()) {
        letters.add(a->text(), where + QStringLiteral(" > ") + QString(menu->title()).remove(u'&'));
        if (a->menu())
            clashes << menuClashes(a->menu(), where + QStringLiteral(" > ") + QString(menu->title()).remove(u'&'));
    }
    return clashes + letters.clashes;
}

QStringList menuBarClashes(QMainWindow *window, const QString &where)
{
    QStringList clashes;
    for (QAction *a : window->menuBar()->actions()) {
        if (a->menu())
            clashes << menuClashes(a->menu(), where);
    }
    return clashes;
}

void useLanguage(const QString &code)
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QCOMPARE(Language::install(code), code);
}

} // namespace

class TestGuiMnemonics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void uniqueMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void uniqueMnemonics()
    {
        QFETCH(QString, language);
        useLanguage(language);
        ManualClock clock(Test::fixedToday);
        QStringList clashes;
        {
            MainWindow window(clock);
            window.resize(1366, 768);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QString db = m_dir.filePath(language + QStringLiteral(".sqlite"));
            QVERIFY(window.openDatabase(db));
            clashes << windowClashes(&window, QStringLiteral("welcome"));
            window.loadDemo();
            clashes << menuBarClashes(&window, QStringLiteral("main window"));
            clashes << windowClashes(&window, QStringLiteral("portfolio"));

            ProductView *view = window.openProduct(window.workspace()->products().idForSlug(QStringLiteral("velo-pour-tous")).value_or(1));
            QVERIFY(view);
            for (int i = 0; i < view->tabs()->count(); ++i) {
                view->tabs()->setCurrentIndex(i);
                const QString tab = QStringLiteral("product, tab “%1”").arg(view->tabs()->tabText(i).remove(u'&'));
                clashes << windowClashes(&window, tab);
                // The sections of a page (the roadmap's) one by one.
                for (QTabWidget *sections : view->tabs()->widget(i)->findChildren<QTabWidget *>()) {
                    if (!sections->isVisibleTo(&window))
                        continue;
                    for (int j = 0; j < sections->count(); ++j) {
                        sections->setCurrentIndex(j);
                        clashes << windowClashes(&window, tab + QStringLiteral(" › ") + sections->tabText(j).remove(u'&'));
                    }
                    sections->setCurrentIndex(0);
                }
            }

            SessionsWindow *sessions = window.showSessions();
            QVERIFY(sessions);
            clashes << menuBarClashes(sessions, QStringLiteral("sessions window"));
            clashes << windowClashes(sessions, QStringLiteral("sessions window"));
            // A session with two products: each page of its editor, and the
            // dialogs it opens.
            const QList<ProductSummary> products = window.workspace()->products().summaries();
            Session s;
            s.title = QStringLiteral("Comité de décembre");
            s.startsAt = QDateTime(Test::fixedToday, QTime(14, 0));
            s.products = {{products[0].id, products[0].slug, products[0].title}, {products[1].id, products[1].slug, products[1].title}};
            s.participants = {{0, QStringLiteral("Anne Leroy"), QStringLiteral("ADEME"), ParticipantRole::Chair, true, true}};
            const Result<qint64> created = Edit::createSession(*window.workspace(), s, SessionAgenda::defaultTemplate());
            QVERIFY(created);
            const qint64 sessionId = created.value();
            sessions->showSession(sessionId);


            QVERIFY(sessions->editor());
            for (int i = 0; i < sessions->editor()->count(); ++i) {
                sessions->editor()->setCurrentIndex(i);
                clashes << windowClashes(sessions, QStringLiteral("session, tab “%1”").arg(sessions->editor()->tabText(i).remove(u'&')));
            }
            SessionDialog newSession(*window.workspace(), sessions);
            newSession.show();
            clashes << windowClashes(&newSession, QStringLiteral("new session dialog"));
            DecisionDialog decision(*window.workspace(), sessionId, products[0].id, sessions);
            decision.show();
            clashes << windowClashes(&decision, QStringLiteral("decision dialog"));
            DeliberationExportDialog deliberation(*window.workspace(), sessionId, sessions);
            deliberation.show();
            clashes << windowClashes(&deliberation, QStringLiteral("deliberation export dialog"));

            AllocationWindow *pools = window.showFundingPools();
            QVERIFY(pools);
            clashes << menuBarClashes(pools, QStringLiteral("funding pools window"));
            clashes << windowClashes(pools, QStringLiteral("funding pools window"));
            AllocationPoolDialog poolDialog(*window.workspace(), FundingPool{}, &window);
            poolDialog.show();
            clashes << windowClashes(&poolDialog, QStringLiteral("funding pool dialog"));

            ReferencesDialog references(*window.workspace(), &window);
            references.show();
            clashes << windowClashes(&references, QStringLiteral("organisations dialog"));
            NewProductDialog newProduct(*window.workspace(), &window);
            newProduct.show();
            clashes << windowClashes(&newProduct, QStringLiteral("new product dialog"));
            ServerConnectDialog server({}, &window);
            server.show();
            clashes << windowClashes(&server, QStringLiteral("server dialog"));
        }
        clashes.removeDuplicates();
        for (const QString &clash : std::as_const(clashes))
            qWarning().noquote() << clash;
        QCOMPARE(clashes.size(), 0);
    }

    void cleanupTestCase() { useLanguage(QStringLiteral("en")); }
};

QTEST_MAIN(TestGuiMnemonics)
#include "tst_gui_mnemonics.moc"
