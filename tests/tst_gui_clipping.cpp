// Nothing cut off on a 1366×768 laptop, in English and in French (the
// translation loaded as the application does): every window and dialog is
// opened and its widget tree walked. A label, button, check box, combo box,
// table header or table cell whose text is wider than the room it is given
// must carry a tooltip (the whole text); no widget may lie outside its
// window (widgets in a scroll area count through the area). The portfolio
// is checked with the demo and with the real beta.gouv.fr data (long
// incubator names), and the main window must still shrink to 1,024 px.

#include "betagouv/betagouvimporter.h"
#include "aboutdialog.h"
#include "betagouvimportdialog.h"
#include "decisiondialog.h"
#include "deckpreview.h"
#include "deliberationexportdialog.h"
#include "espacemembredialog.h"
#include "facilitatorwindow.h"
#include "indicatordialog.h"
#include "language.h"
#include "mainwindow.h"
#include "newproductdialog.h"
#include "phasebadgedelegate.h"
#include "phasetransitiondialog.h"
#include "pitchdialog.h"
#include "portfoliochartdialog.h"
#include "portfolioview.h"
#include "itemmodels/portfoliomodel.h"
#include "productview.h"
#include "referencesdialog.h"
#include "serverconnectdialog.h"
#include "sessiondialog.h"
#include "sessioneditor.h"
#include "sessionswindow.h"
#include "commands/sessionedits.h"
#include "storage/workspace.h"
#include "guitestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QDir>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

using namespace Comite;

namespace {
constexpr QSize laptop(1366, 768);
const QString shared = QStringLiteral(COMITE_SHARED_DATA);

QString plain(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    return text.replace(u'\x01', u'&');
}

// The widest line of `text` in `fm`.
int textWidth(const QFontMetrics &fm, const QString &text)
{
    int width = 0;
    for (const QString &line : text.split(u'\n'))
        width = std::max(width, fm.horizontalAdvance(line));
    return width;
}

// The widget that must lie inside the window: itself, or the outermost
// scroll area whose viewport holds it.
const QWidget *reachableThrough(const QWidget *w)
{
    const QWidget *result = w;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(p); area && area->viewport()->isAncestorOf(w))
            result = area;
    }
    return result;
}

bool insideScrollArea(const QWidget *w)
{
    return reachableThrough(w) != w;
}

QString describe(const QWidget *w, const QString &text)
{
    return QStringLiteral("%1 “%2”").arg(QString::fromLatin1(w->metaObject()->className()), text.left(60));
}

// The text `w` shows and the width it needs for it, or {} when it shows none.
std::optional<std::pair<QString, int>> needed(const QWidget *w)
{
    const QFontMetrics fm = w->fontMetrics();
    if (const auto *l = qobject_cast<const QLabel *>(w)) {
        if (l->wordWrap() || l->text().isEmpty() || !l->pixmap().isNull())
            return {};
        const int frame = 2 * (l->margin() + l->frameWidth()) + std::max(0, l->indent());
        const bool rich = l->textFormat() == Qt::RichText
            || (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(l->text()));
        if (rich) {
            QTextDocument doc;
            doc.setDefaultFont(l->font());
            doc.setDocumentMargin(0);
            doc.setHtml(l->text());
            return std::pair{doc.toPlainText(), int(std::ceil(doc.idealWidth())) + frame};
        }
        const QString text = l->buddy() ? plain(l->text()) : l->text();
        return std::pair{text, textWidth(fm, text) + frame};
    }
    if (qobject_cast<const QCheckBox *>(w) || qobject_cast<const QRadioButton *>(w)) {
        const auto *b = static_cast<const QAbstractButton *>(w);
        if (b->text().isEmpty())
            return {};
        return std::pair{plain(b->text()), w->sizeHint().width()};
    }
    if (const auto *b = qobject_cast<const QAbstractButton *>(w)) {
        if (b->text().isEmpty())
            return {};
        if (const auto *t = qobject_cast<const QToolButton *>(w); t && t->toolButtonStyle() == Qt::ToolButtonIconOnly)
            return {};
        const int icon = b->icon().isNull() ? 0 : b->iconSize().width() + 4;
        return std::pair{plain(b->text()), textWidth(fm, plain(b->text())) + icon + 4};
    }
    if (const auto *c = qobject_cast<const QComboBox *>(w)) {
        if (c->isEditable() || c->currentText().isEmpty())
            return {};
        QStyleOptionComboBox option;
        option.initFrom(c);
        const QRect field = c->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, c);
        const int icon = c->itemIcon(c->currentIndex()).isNull() ? 0 : c->iconSize().width() + 4;
        // What the combo needs beyond its edit field is its own chrome.
        return std::pair{c->currentText(), textWidth(fm, c->currentText()) + icon + (c->width() - field.width())};
    }
    return {};
}

} // namespace

class TestGuiClipping : public QObject
{
    Q_OBJECT

public:
    explicit TestGuiClipping(QString language) : m_language(std::move(language)) {}

private:
    QString m_language;
    QTemporaryDir m_dir;
    ManualClock m_clock{Test::fixedToday};
    std::unique_ptr<MainWindow> m_main;
    qint64 m_session = 0;

    Workspace &ws() { return *m_main->workspace(); }

    QStringList headerProblems(const QHeaderView *header, const QString &where)
    {
        QStringList problems;
        const QAbstractItemModel *model = header->model();
        if (!model || !header->isVisible())
            return problems;
        const QFontMetrics fm(header->font());
        const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const int mark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        const int count = header->orientation() == Qt::Horizontal ? model->columnCount(header->rootIndex())
                                                                   : model->rowCount(header->rootIndex());
        for (int section = 0; section < count; ++section) {
            if (header->isSectionHidden(section) || header->sectionSize(section) == 0)
                continue;
            const QString text = model->headerData(section, header->orientation()).toString();
            if (text.isEmpty() || !model->headerData(section, header->orientation(), Qt::ToolTipRole).toString().isEmpty())
                continue;
            int need = textWidth(fm, text) + margin;
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
                need += mark + margin / 2;
            if (header->orientation() == Qt::Horizontal && need > header->sectionSize(section))
                problems << QStringLiteral("%1: header “%2” needs %3 px, has %4").arg(where, text).arg(need).arg(header->sectionSize(section));
        }
        return problems;
    }

    // The cells shown (first rows only) whose text the delegate needs more
    // room for than the column gives, without a tooltip.
    QStringList cellProblems(const QAbstractItemView *view, const QString &where)
    {
        QStringList problems;
        const QAbstractItemModel *model = view->model();
        if (!model || qobject_cast<const QTreeView *>(view))
            return problems;
        const auto *table = qobject_cast<const QTableView *>(view);
        if (!table)
            return problems;
        for (int row = 0; row < std::min(model->rowCount(), 40); ++row) {
            if (table->isRowHidden(row))
                continue;
            for (int column = 0; column < model->columnCount(); ++column) {
                if (table->isColumnHidden(column) || table->columnWidth(column) == 0)
                    continue;
                const QModelIndex index = model->index(row, column);
                const QString text = index.data().toString();
                if (text.isEmpty() || !index.data(Qt::ToolTipRole).toString().isEmpty())
                    continue;
                QStyleOptionViewItem option;
                option.initFrom(view);
                option.font = view->font();
                option.rect = view->visualRect(index);
                const int need = view->itemDelegateForIndex(index)->sizeHint(option, index).width();
                if (need > table->columnWidth(column) + 1)
                    problems << QStringLiteral("%1: cell “%2” (column “%3”) needs %4 px, has %5")
                                    .arg(where, text.left(50), model->headerData(column, Qt::Horizontal).toString())
                                    .arg(need).arg(table->columnWidth(column));
            }
        }
        return problems;
    }

    QStringList problemsIn(QWidget *window, const QString &where)
    {
        QStringList problems;
        const QRect inside = window->rect();
        for (const QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->window() != window)
                continue;
            // Outside the window (scroll areas stand for what they hold).
            const QWidget *target = reachableThrough(w);
            const QRect rect(target->mapTo(window, QPoint(0, 0)), target->size());
            if (target == w && !inside.contains(rect.adjusted(1, 1, -1, -1)))
                problems << QStringLiteral("%1: %2 at %3,%4 %5×%6 outside the %7×%8 window")
                                .arg(where, describe(w, w->objectName())).arg(rect.x()).arg(rect.y())
                                .arg(rect.width()).arg(rect.height()).arg(window->width()).arg(window->height());
            if (const auto *header = qobject_cast<const QHeaderView *>(w))
                problems << headerProblems(header, where);
            else if (const auto *view = qobject_cast<const QAbstractItemView *>(w))
                problems << cellProblems(view, where);
            // Elided text: wider than the widget, with no tooltip to read it.
            if (!w->toolTip().isEmpty())
                continue;
            const auto text = needed(w);
            if (!text || text->second <= w->width() + 1)
                continue;
            // A label inside a scroll area may scroll into view horizontally.
            if (insideScrollArea(w) && qobject_cast<const QLabel *>(w))
                continue;
            problems << QStringLiteral("%1: %2 needs %3 px, has %4").arg(where, describe(w, text->first)).arg(text->second).arg(w->width());
        }
        return problems;
    }

    void check(QWidget *window, const QString &what)
    {
        if (!window->isVisible())
            window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();  // what the first round scheduled (fitting columns)
        const QStringList problems = problemsIn(window, QStringLiteral("%1 (%2)").arg(what, m_language));
        // COMITE_CLIPPING_SHOTS=folder: each window as a PNG, to look at.
        if (const QString shots = qEnvironmentVariable("COMITE_CLIPPING_SHOTS"); !shots.isEmpty()) {
            QString name = what + u'-' + m_language;
            name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]+")), QStringLiteral("_"));
            window->grab().save(QDir(shots).filePath(name + QStringLiteral(".png")));
        }
        for (const QString &p : problems)
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 clipped text(s) in %2").arg(problems.size()).arg(what)));
    }

    void checkTabs(QWidget *window, QTabWidget *tabs, const QString &what)
    {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(window, what + QStringLiteral(" › ") + plain(tabs->tabText(i)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), laptop);
        m_clock.set(QDateTime(Test::fixedToday, QTime(14, 0)));
        m_main = std::make_unique<MainWindow>(m_clock);
        m_main->show();
        QVERIFY(m_main->openDatabase(m_dir.filePath(QStringLiteral("demo.sqlite"))));
        QVERIFY(m_main->isWelcomeShown());
    }

    void cleanupTestCase() { m_main.reset(); }

    void welcome() { check(m_main.get(), QStringLiteral("welcome")); }

    void demoPortfolio()
    {
        m_main->loadDemo();
        QVERIFY(!m_main->isWelcomeShown());
        m_main->setWindowState(Qt::WindowMaximized);
        check(m_main.get(), QStringLiteral("portfolio"));
        // Maximised, the most useful column shows every alert whole.
        QTableView *table = m_main->portfolio()->table();
        phaseBadgesWhole(table, QStringLiteral("demo portfolio"));
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, PortfolioModel::Warnings);
            QStyleOptionViewItem option;
            option.initFrom(table);
            const int need = table->itemDelegateForIndex(index)->sizeHint(option, index).width();
            QVERIFY2(need <= table->columnWidth(PortfolioModel::Warnings),
                     qPrintable(QStringLiteral("“%1” needs %2 px, has %3").arg(index.data().toString()).arg(need)
                                    .arg(table->columnWidth(PortfolioModel::Warnings))));
        }
        m_main->setWindowState(Qt::WindowNoState);
        const QList<ProductSummary> products = ws().products().summaries();
        Session s;
        s.title = QStringLiteral("Comité d'investissement de décembre");
        s.startsAt = QDateTime(Test::fixedToday, QTime(14, 0));
        s.products = {{products[0].id, products[0].slug, products[0].title}, {products[1].id, products[1].slug, products[1].title}};
        s.participants = {{0, QStringLiteral("Anne Leroy"), QStringLiteral("ADEME"), ParticipantRole::Chair, true, true}};
        const Result<qint64> created = Edit::createSession(ws(), s, SessionAgenda::defaultTemplate());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        m_session = created.value();

    }

    void product()
    {
        const qint64 id = ws().products().idForSlug(QStringLiteral("velo-pour-tous")).value_or(1);
        ProductView *view = m_main->openProduct(id);
        QVERIFY(view);
        checkTabs(m_main.get(), view->tabs(), QStringLiteral("product"));
        m_main->tabs()->setCurrentIndex(0);
    }

    void sessions()
    {
        SessionsWindow *sessions = m_main->showSessions();
        QVERIFY(sessions);
        sessions->showSession(m_session);
        QVERIFY(sessions->editor());
        checkTabs(sessions, sessions->editor(), QStringLiteral("sessions"));
    }

    void facilitator()
    {
        SessionsWindow *sessions = m_main->sessionsWindow();
        sessions->showSession(m_session);
        FacilitatorWindow *facilitator = sessions->runCurrentSession();
        QVERIFY(facilitator);
        check(facilitator, QStringLiteral("facilitator"));
        facilitator->close();
    }

    void dialogs()
    {
        Workspace &w = ws();
        const qint64 velo = w.products().idForSlug(QStringLiteral("velo-pour-tous")).value_or(1);
        const Session s = *w.sessions().load(m_session);
        QWidget *parent = m_main.get();
        const auto run = [this](QWidget &dialog, const QString &what) {
            check(&dialog, what);
            dialog.close();
        };
        { AboutDialog d(parent); run(d, QStringLiteral("about")); }
        { ReferencesDialog d(w, parent); run(d, QStringLiteral("organisations")); }
        { NewProductDialog d(w, parent); run(d, QStringLiteral("new product")); }
        { ServerConnectDialog d({QStringLiteral("postgresql://comite@serveur.example.fr/comite")}, parent); run(d, QStringLiteral("server")); }
        { PortfolioChartDialog d(w, parent); run(d, QStringLiteral("portfolio chart")); }
        { SessionDialog d(w, parent); run(d, QStringLiteral("new session")); }
        { DecisionDialog d(w, m_session, s.products[0].productId, parent); run(d, QStringLiteral("decision")); }
        { DeliberationExportDialog d(w, m_session, parent); run(d, QStringLiteral("deliberation export")); }
        { EspaceMembreDialog d(w, parent); run(d, QStringLiteral("member space")); }
        { PhaseTransitionDialog d(w.products().load(velo)->phases, Test::fixedToday, parent); run(d, QStringLiteral("phase change")); }
        { CommitteeDialog d(Test::fixedToday, parent); run(d, QStringLiteral("committee")); }
        { PitchDialog d(QStringLiteral("Un vélo pour chaque trajet du quotidien"), parent); run(d, QStringLiteral("pitch")); }
        { DeckPreview d(w, velo, parent); run(d, QStringLiteral("deck preview")); }
        const QList<Indicator> indicators = w.indicators().forProduct(velo);
        QVERIFY(!indicators.isEmpty());
        { IndicatorDialog d(w, indicators.first(), parent); run(d, QStringLiteral("indicator")); }
        if (QDir(shared).exists()) {
            BetagouvImportDialog d(w, shared, parent);
            run(d, QStringLiteral("beta.gouv.fr import"));
        }
    }

    // The real data: 600-odd products, incubators with long names.
    void realPortfolio()
    {
        if (!QDir(shared).exists())
            QSKIP("no ../shared/data/betagouv");
        QVERIFY(m_main->openDatabase(m_dir.filePath(QStringLiteral("betagouv.sqlite"))));
        const BetagouvReport report = BetagouvImporter::importFolder(ws().database(), shared, {});
        QVERIFY(report.created.products > 0);
        ws().notifyPortfolioReset();
        QVERIFY(m_main->openDatabase(m_dir.filePath(QStringLiteral("betagouv.sqlite"))));
        QVERIFY(!m_main->isWelcomeShown());
        PortfolioView *portfolio = qobject_cast<PortfolioView *>(m_main->tabs()->widget(0));
        QVERIFY(portfolio);
        QComboBox *incubators = portfolio->incubatorFilter();
        int longest = 0;
        for (int i = 1; i < incubators->count(); ++i) {
            if (incubators->itemText(i).size() > incubators->itemText(longest).size())
                longest = i;
        }
        incubators->setCurrentIndex(longest);
        m_main->setWindowState(Qt::WindowMaximized);
        check(m_main.get(), QStringLiteral("real portfolio"));
        phaseBadgesWhole(portfolio->table(), QStringLiteral("real portfolio"));
        if (QTest::currentTestFailed())
            return;
        // The search box keeps room for a few words.
        QVERIFY2(portfolio->searchField()->width() >= portfolio->searchField()->fontMetrics().horizontalAdvance(QStringLiteral("xxxxxxxxxxxxxxxxxxxx")),
                 qPrintable(QString::number(portfolio->searchField()->width())));
        m_main->setWindowState(Qt::WindowNoState);
        const int minimum = m_main->minimumSizeHint().width();
        QVERIFY2(minimum <= 1024, qPrintable(QStringLiteral("the main window needs %1 px").arg(minimum)));
        // Only products in construction shown: the phase column still fits
        // every phase, shown or not.
        incubators->setCurrentIndex(0);
        portfolio->phaseFilter()->setCurrentIndex(portfolio->phaseFilter()->findData(Phases::key(Phase::Construction)));
        m_main->resize(1024, 700);
        check(m_main.get(), QStringLiteral("real portfolio at 1024"));
        phaseBadgesWhole(portfolio->table(), QStringLiteral("real portfolio at 1024"));
    }

private:
    // The phase badges are never elided: "Cons…" could be Construction or
    // Consolidation (the other columns give way first). Every phase fits,
    // not only those of the rows read to fit the columns.
    void phaseBadgesWhole(QTableView *table, const QString &what)
    {
        QCoreApplication::processEvents();  // the columns are fitted after a resize
        const int width = table->columnWidth(PortfolioModel::Phase);
        for (const Phase phase : Phases::all()) {
            const int need = PhaseBadgeDelegate::widthFor(Phases::label(phase), table->font());
            QVERIFY2(need <= width, qPrintable(QStringLiteral("%1: the phase “%2” needs %3 px, has %4")
                                                   .arg(what, Phases::label(phase)).arg(need).arg(width)));
        }
        QStyleOptionViewItem option;
        option.initFrom(table);
        option.font = table->font();
        QVERIFY(table->model()->rowCount() > 0);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, PortfolioModel::Phase);
            QVERIFY2(table->itemDelegateForIndex(index)->sizeHint(option, index).width() <= width,
                     qPrintable(QStringLiteral("%1: row %2, “%3”").arg(what).arg(row).arg(index.data().toString())));
        }
    }
};

int main(int argc, char **argv)
{
    return Test::runOnLaptopScreen(argc, argv, [&](const QString &language) {
        TestGuiClipping test(language);
        return QTest::qExec(&test, argc, argv);
    });
}

#include "tst_gui_clipping.moc"
