// Drives the real main window offscreen: welcome screen, demo, filters,
// sorting, opening a product, undo/redo from the Edit menu, deleting and
// creating products.

#include "itemmodels/portfoliofiltermodel.h"
#include "itemmodels/portfoliomodel.h"
#include "mainwindow.h"
#include "newproductdialog.h"
#include "portfolioview.h"
#include "productdetailsform.h"
#include "productview.h"
#include "testsupport.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Comite;

class TestGuiPortfolio : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{Test::fixedToday};
    std::unique_ptr<MainWindow> m_window;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("gui.sqlite")); }
    PortfolioView *portfolio() const { return m_window->portfolio(); }
    int visibleRows() const { return portfolio()->filterModel()->rowCount(); }
    QStringList visibleTitles() const
    {
        QStringList titles;
        for (int r = 0; r < visibleRows(); ++r)
            titles << portfolio()->filterModel()->index(r, PortfolioModel::Title).data().toString();
        return titles;
    }
    // Answers the next modal message box with `button`.
    void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, this, [button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(button)->click();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().remove(QStringLiteral("portfolio"));  // remembered filters and columns
        QFile::remove(dbPath());
        m_window = std::make_unique<MainWindow>(m_clock);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openDatabase(dbPath()));
    }

    void cleanup() { m_window.reset(); }

    void welcomeThenDemo()
    {
        QVERIFY(m_window->isWelcomeShown());
        QTest::mouseClick(m_window->welcome()->demoButton(), Qt::LeftButton);
        QVERIFY(!m_window->isWelcomeShown());
        QCOMPARE(portfolio()->model()->rowCount(), 14);
        QCOMPARE(visibleRows(), 14);
    }

    void emptyPortfolioIsRemembered()
    {
        QTest::mouseClick(m_window->welcome()->emptyButton(), Qt::LeftButton);
        QVERIFY(!m_window->isWelcomeShown());
        QCOMPARE(portfolio()->model()->rowCount(), 0);
        // Reopening the same empty database does not ask again.
        QVERIFY(m_window->openDatabase(dbPath()));
        QVERIFY(!m_window->isWelcomeShown());
    }

    void filterByTypingIgnoresCaseAndAccents()
    {
        QTest::mouseClick(m_window->welcome()->demoButton(), Qt::LeftButton);
        QTest::keyClicks(portfolio()->searchField(), QStringLiteral("VELO"));
        QCOMPARE(visibleTitles(), QStringList{QStringLiteral("Vélo pour tous")});
        portfolio()->searchField()->clear();
        QCOMPARE(visibleRows(), 14);
        // Sponsors and incubators are searched too.
        QTest::keyClicks(portfolio()->searchField(), QStringLiteral("cnam"));
        QCOMPARE(visibleTitles(), QStringList{QStringLiteral("Démarches agents")});
    }

    void filterByIncubatorPhaseAndOverdue()
    {
        QTest::mouseClick(m_window->welcome()->demoButton(), Qt::LeftButton);
        QComboBox *incubator = portfolio()->incubatorFilter();
        incubator->setCurrentIndex(incubator->findText(QStringLiteral("Incubateur de l'ADEME")));
        QCOMPARE(visibleRows(), 4);
        QComboBox *phase = portfolio()->phaseFilter();
        phase->setCurrentIndex(phase->findData(QStringLiteral("acceleration")));
        QCOMPARE(visibleTitles(), QStringList{QStringLiteral("Vélo pour tous")});
        incubator->setCurrentIndex(0);
        phase->setCurrentIndex(0);
        portfolio()->overdueFilter()->click();
        QVERIFY(visibleRows() > 0);
        QVERIFY(visibleRows() < 14);
        for (int r = 0; r < visibleRows(); ++r)
            QVERIFY(portfolio()->filterModel()->index(r, 0).data(PortfolioModel::OverdueRole).toBool());
    }

    void filtersAreRemembered()
    {
        QTest::mouseClick(m_window->welcome()->demoButton(), Qt::LeftButton);
        QComboBox *incubator = portfolio()->incubatorFilter();
        incubator->setCurrentIndex(incubator->findText(QStringLiteral("Incubateur de l'ADEME")));
        QComboBox *phase = portfolio()->phaseFilter();
        phase->setCurrentIndex(phase->findData(QStringLiteral("acceleration")));
        portfolio()->overdueFilter()->click();
        portfolio()->overdueFilter()->click();
        portfolio()->committeeUnknownFilter()->click();
        const int shown = visibleRows();
        // The next run, on the same database: the same filters, the same rows.
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_clock);
        m_window->show();
        QVERIFY(m_window->openDatabase(dbPath()));
        QCOMPARE(portfolio()->incubatorFilter()->currentText(), QStringLiteral("Incubateur de l'ADEME"));
        QCOMPARE(portfolio()->phaseFilter()->currentData().toString(), QStringLiteral("acceleration"));
        QVERIFY(!portfolio()->overdueFilter()->isChecked());
        QVERIFY(portfolio()->committeeUnknownFilter()->isChecked());
        QCOMPARE(visibleRows(), shown);
        // Back to everything: remembered too.
        portfolio()->incubatorFilter()->setCurrentIndex(0);
        portfolio()->phaseFilter()->setCurrentIndex(0);
        portfolio()->committeeUnknownFilter()->click();
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_clock);
        m_window->show();
        QVERIFY(m_window->openDatabase(dbPath()));
        QCOMPARE(portfolio()->incubatorFilter()->currentIndex(), 0);
        QCOMPARE(visibleRows(), 14);
    }

    void sortByClickingHeaders()
    {
        QTest::mouseClick(m_window->welcome()->demoButton(), Qt::LeftButton);
        QHeaderView *header = portfolio()->table()->horizontalHeader();
        // It opens sorted by title, A to Z (sorted once: PortfolioView).
        QCOMPARE(header->sortIndicatorSection(), int(PortfolioModel::Title));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        auto titleAt = [&](int row) { return portfolio()->filterModel()->index(row, PortfolioModel::Title).data().toString(); };
        for (int r = 1; r < visibleRows(); ++r)
            QVERIFY2(QString::localeAwareCompare(titleAt(r - 1), titleAt(r)) <= 0, qPrintable(titleAt(r)));
        const int x = header->sectionViewportPosition(PortfolioModel::NextCommitteeDue) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        auto dueAt = [&](int row) {
            return portfolio()->filterModel()->index(row, PortfolioModel::NextCommitteeDue).data(PortfolioModel::SortRole).toLongLong();
        };
        const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
        for (int r = 1; r < visibleRows(); ++r)
            QVERIFY(ascending ? dueAt(r - 1) <= dueAt(r) : dueAt(r - 1) >= dueAt(r));
    }

    void openProductWithKeyboardThenUndoTitleEdit()
    {
        QTest::mouseClick(m_window->welcome()->demoButton(), Qt::LeftButton);
        QTest::keyClicks(portfolio()->searchField(), QStringLiteral("cantine"));
        QTableView *table = portfolio()->table();
        table->setFocus();
        table->setCurrentIndex(portfolio()->filterModel()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(m_window->tabs()->count(), 2);
        auto *view = qobject_cast<ProductView *>(m_window->tabs()->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->title(), QStringLiteral("Cantine locale"));

        QLineEdit *title = view->details()->titleField();
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Cantine durable"));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(m_window->tabs()->tabText(1), QStringLiteral("Cantine durable"));
        const int row = portfolio()->model()->rowOf(view->productId());
        QCOMPARE(portfolio()->model()->index(row, PortfolioModel::Title).data().toString(), QStringLiteral("Cantine durable"));

        QVERIFY(m_window->undoAction()->isEnabled());
        m_window->undoAction()->trigger();
        QCOMPARE(title->text(), QStringLiteral("Cantine locale"));
        QCOMPARE(portfolio()->model()->index(row, PortfolioModel::Title).data().toString(), QStringLiteral("Cantine locale"));
        m_window->redoAction()->trigger();
        QCOMPARE(title->text(), QStringLiteral("Cantine durable"));
    }

    void typedTextIsKeptWhenTheWindowCloses()
    {
        QTest::mouseClick(m_window->welcome()->demoButton(), Qt::LeftButton);
        const qint64 id = *m_window->workspace()->products().idForSlug(QStringLiteral("velo-pour-tous"));
        ProductView *view = m_window->openProduct(id);
        view->tabs()->setCurrentWidget(view->details());
        QPlainTextEdit *description = view->details()->descriptionField();
        description->setFocus();
        description->moveCursor(QTextCursor::End);
        QTest::keyClicks(description, QStringLiteral(" Added before closing."));
        m_window->close();
        m_window.reset();
        Workspace ws(Database::open(dbPath()), m_clock);
        QVERIFY(ws.products().load(id)->description.endsWith(QStringLiteral(" Added before closing.")));
    }

    void deleteWithConfirmationThenUndo()
    {
        QTest::mouseClick(m_window->welcome()->demoButton(), Qt::LeftButton);
        const qint64 id = *m_window->workspace()->products().idForSlug(QStringLiteral("bus-a-la-demande"));
        portfolio()->selectProduct(id);
        portfolio()->table()->setFocus();
        answerNextMessageBox(QMessageBox::Yes);
        QTest::keyClick(portfolio()->table(), Qt::Key_Delete);
        QCOMPARE(portfolio()->model()->rowCount(), 13);
        QCOMPARE(portfolio()->model()->rowOf(id), -1);
        m_window->undoAction()->trigger();
        QCOMPARE(portfolio()->model()->rowCount(), 14);
        QVERIFY(portfolio()->model()->rowOf(id) >= 0);
        QCOMPARE(m_window->workspace()->committees().forProduct(id).size(), 2);
    }

    void cancelledDeleteKeepsTheProduct()
    {
        QTest::mouseClick(m_window->welcome()->demoButton(), Qt::LeftButton);
        portfolio()->selectProduct(*m_window->workspace()->products().idForSlug(QStringLiteral("bus-a-la-demande")));
        portfolio()->table()->setFocus();
        answerNextMessageBox(QMessageBox::Cancel);
        QTest::keyClick(portfolio()->table(), Qt::Key_Delete);
        QCOMPARE(portfolio()->model()->rowCount(), 14);
    }

    void newProductThroughTheDialog()
    {
        QTest::mouseClick(m_window->welcome()->emptyButton(), Qt::LeftButton);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<NewProductDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->titleField(), QStringLiteral("Ecoles numeriques"));
            QCOMPARE(dialog->slugField()->text(), QStringLiteral("ecoles-numeriques"));
            dialog->accept();
        });
        m_window->newProduct();
        QCOMPARE(portfolio()->model()->rowCount(), 1);
        QCOMPARE(m_window->tabs()->count(), 2);
        auto *view = qobject_cast<ProductView *>(m_window->tabs()->currentWidget());
        QCOMPARE(view->title(), QStringLiteral("Ecoles numeriques"));
    }

    void duplicateIdentifierIsRefusedWithAMessage()
    {
        QTest::mouseClick(m_window->welcome()->demoButton(), Qt::LeftButton);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<NewProductDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->titleField(), QStringLiteral("Velo pour tous"));
            dialog->accept();  // refused: stays open with the reason
            QVERIFY(dialog->isVisible());
            const auto labels = dialog->findChildren<QLabel *>();
            QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
                return l->isVisible() && l->text().contains(QStringLiteral("velo-pour-tous"));
            }));
            dialog->reject();
        });
        m_window->newProduct();
        QCOMPARE(portfolio()->model()->rowCount(), 14);
    }

    void everyInputHasAnAccessibleName()
    {
        QTest::mouseClick(m_window->welcome()->demoButton(), Qt::LeftButton);
        m_window->openProduct(portfolio()->model()->productIdAt(0));
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w);
            if (!input || qobject_cast<QHeaderView *>(w) || !w->parentWidget() || qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            if (w->inherits("QComboBoxListView") || qobject_cast<QComboBox *>(w->parentWidget()->parentWidget()))
                continue;
            // A spin box or date field is named as a whole, not its inner line.
            if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                w = w->parentWidget();
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(w->metaObject()->className() + QStringLiteral(" ") + w->objectName() + QStringLiteral(" in ")
                                + w->parentWidget()->metaObject()->className()));
        }
    }
};

QTEST_MAIN(TestGuiPortfolio)
#include "tst_gui_portfolio.moc"
