// Drives the Indicators tab offscreen: the tree grouped by principle, the
// indicator dialog (mandatory indicator sets the principle, refused names,
// North Star), measurements and targets typed with French numbers, the CSV
// import preview (good and bad files), the charts following edits, PNG and
// SVG export of every view, the warnings banner, a dark palette, and the
// portfolio chart from the main window. Set COMITE_SCREENSHOTS=DIR to keep
// PNG grabs of the screens.

#include "chartimpactmatrix.h"
#include "chartview.h"
#include "commands/indicatoredits.h"
#include "commands/productedits.h"
#include "indicatordialog.h"
#include "indicatorspage.h"
#include "itemmodels/indicatormodel.h"
#include "itemmodels/measurementmodel.h"
#include "itemmodels/targetmodel.h"
#include "mainwindow.h"
#include "measurementeditor.h"
#include "measurementimportdialog.h"
#include "portfoliochartdialog.h"
#include "portfoliochartview.h"
#include "productview.h"
#include "testsupport.h"

#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Comite;

class TestGuiIndicators : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_ws;
    std::unique_ptr<ProductView> m_view;
    IndicatorsPage *m_page = nullptr;
    qint64 m_id = 0;
    qint64 m_users = 0;
    qint64 m_km = 0;

    Workspace &ws() { return **m_ws; }

    template<typename Dialog, typename Fill>
    void whenDialogOpens(Fill fill)
    {
        QTimer::singleShot(0, this, [fill] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(dialog);
        });
    }

    void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("COMITE_SCREENSHOTS");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_ws->dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

    Indicator make(const QString &name, IndicatorKind kind, MatrixPrinciple p, const QString &mandatory, const QString &unit)
    {
        Indicator i;
        i.productId = m_id;
        i.name = name;
        i.kind = kind;
        i.principle = p;
        i.mandatory = mandatory;
        i.unit = unit;
        return i;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        Product p = Test::sampleProduct(QStringLiteral("velo"), QStringLiteral("Vélo pour tous"));
        p.phases = {PhaseRecord{Phase::Construction, {2026, 1, 5}, {}, {}, false}};
        const Result<qint64> added = Edit::addProduct(ws(), p);
        QVERIFY(added);
        m_id = added.value();
        QVERIFY(Edit::recordCommittee(ws(), CommitteeReview{0, m_id, {2026, 7, 10}, DecisionOption::Continue, {}}));
        Indicator users = make(QStringLiteral("Collectivités actives"), IndicatorKind::Usage, MatrixPrinciple::Used,
                               ImpactMatrix::MonthlyActiveUsers, QStringLiteral("collectivités"));
        users.northStar = true;
        const Result<qint64> addedUsers = Edit::addIndicator(ws(), users);
        QVERIFY(addedUsers);
        m_users = addedUsers.value();
        const Result<qint64> addedKm =
            Edit::addIndicator(ws(), make(QStringLiteral("Kilomètres programmés"), IndicatorKind::Impact,
                                          MatrixPrinciple::Impactful, QStringLiteral("policy-impact"), QStringLiteral("km")));
        QVERIFY(addedKm);
        m_km = addedKm.value();
        for (int m = 0; m < 10; ++m) {
            QVERIFY(Edit::addMeasurement(ws(), Measurement{0, m_users, QDate(2026, 2, 1).addMonths(m), 10.0 + 6 * m, {}}));
            if (m < 4)
                QVERIFY(Edit::addMeasurement(ws(), Measurement{0, m_km, QDate(2026, 2, 1).addMonths(m), 5.0 + 3 * m, {}}));
        }
        QVERIFY(Edit::addTarget(ws(), IndicatorTarget{0, m_users, {2027, 3, 31}, 90}));
        for (int m = 0; m < 12; ++m)
            ws().spending().insert(SpendingEntry{0, m_id, QDate(2025, 11, 1).addMonths(m).toString("yyyy-MM"),
                                                 QStringLiteral("development"), 30000, false});
        ws().undoStack()->clear();
        m_view = std::make_unique<ProductView>(ws(), m_id);
        m_view->resize(1300, 900);
        m_page = m_view->findChild<IndicatorsPage *>();
        QVERIFY(m_page);
        m_view->tabs()->setCurrentWidget(m_page);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_ws.reset();
    }

    void treeGroupsByPrinciple()
    {
        IndicatorModel *model = m_page->model();
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->rowCount(model->index(int(MatrixPrinciple::Used), 0)), 1);
        QVERIFY(m_page->tree()->isExpanded(model->index(int(MatrixPrinciple::Used), 0)));
        QVERIFY(!m_page->editButton()->isEnabled());
        m_page->selectIndicator(m_users);
        QCOMPARE(m_page->currentIndicatorId(), m_users);
        QVERIFY(m_page->editButton()->isEnabled());
        QCOMPARE(m_page->editor()->measurementModel()->rowCount(), 10);
        QCOMPARE(m_page->indicatorChart()->data().title, QStringLiteral("Collectivités actives (North Star)"));
        QCOMPARE(m_page->indicatorChart()->data().markers.size(), 1);  // the July committee
        screenshot(m_view.get(), QStringLiteral("indicators-tab"));
    }

    void addIndicatorThroughTheDialog()
    {
        whenDialogOpens<IndicatorDialog>([](IndicatorDialog *d) {
            QTest::keyClicks(d->nameEdit(), QStringLiteral("Note de facilite"));
            d->mandatoryBox()->setCurrentIndex(d->mandatoryBox()->findData(QStringLiteral("ease-of-use")));
            QCOMPARE(d->principleBox()->currentData().toInt(), int(MatrixPrinciple::Usable));
            QTest::keyClicks(d->unitEdit(), QStringLiteral("/10"));
            d->northStarBox()->setChecked(true);
            d->accept();
        });
        m_page->addButton()->click();
        const QList<Indicator> all = ws().indicators().forProduct(m_id);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[2].name, QStringLiteral("Note de facilite"));
        QCOMPARE(all[2].principle, MatrixPrinciple::Usable);
        QVERIFY(all[2].northStar);
        QVERIFY(!ws().indicators().load(m_users)->northStar);
        QCOMPARE(m_page->currentIndicatorId(), all[2].id);
        ws().undoStack()->undo();
        QCOMPARE(ws().indicators().forProduct(m_id).size(), 2);
        QVERIFY(ws().indicators().load(m_users)->northStar);
    }

    void refusedNameKeepsTheDialogOpen()
    {
        whenDialogOpens<IndicatorDialog>([](IndicatorDialog *d) {
            QTest::keyClicks(d->nameEdit(), QStringLiteral("kilometres programmes"));
            d->nameEdit()->setText(QStringLiteral("Kilomètres programmés"));
            d->accept();
            QVERIFY(d->isVisible());
            QVERIFY(d->problemLabel()->isVisibleTo(d));
            QVERIFY(d->problemLabel()->text().contains(QStringLiteral("already has an indicator")));
            d->reject();
        });
        m_page->addButton()->click();
        QCOMPARE(ws().indicators().forProduct(m_id).size(), 2);
        QCOMPARE(ws().undoStack()->count(), 0);
    }

    void measurementsAndTargetsTyped()
    {
        m_page->selectIndicator(m_km);
        m_page->views()->setCurrentIndex(IndicatorsPage::Measurements);
        MeasurementEditor *editor = m_page->editor();
        editor->measurementDate()->setDate({2026, 6, 1});
        QTest::keyClicks(editor->measurementValue(), QStringLiteral("1 234,5"));
        QTest::keyClicks(editor->measurementComment(), QStringLiteral("apres le vote"));
        editor->addMeasurementButton()->click();
        QList<Measurement> stored = ws().indicators().measurements(m_km);
        QCOMPARE(stored.size(), 5);
        QCOMPARE(stored.last().value, 1234.5);
        QCOMPARE(stored.last().comment, QStringLiteral("apres le vote"));
        QVERIFY(editor->measurementValue()->text().isEmpty());
        // Newest first in the table, selected.
        QCOMPARE(editor->measurementTable()->model()->index(0, MeasurementModel::Date).data(Qt::EditRole).toDate(),
                 QDate(2026, 6, 1));
        QCOMPARE(editor->measurementTable()->currentIndex().row(), 0);
        screenshot(m_view.get(), QStringLiteral("indicators-measurements"));

        // A bad number is refused with a message; nothing stored.
        QString refused;
        connect(m_page, &IndicatorsPage::editRefused, this, [&](const QString &m) { refused = m; });
        QTest::keyClicks(editor->measurementValue(), QStringLiteral("beaucoup"));
        editor->addMeasurementButton()->click();
        QVERIFY(refused.contains(QStringLiteral("beaucoup")));
        QCOMPARE(ws().indicators().measurements(m_km).size(), 5);

        editor->removeMeasurementButton()->click();
        QCOMPARE(ws().indicators().measurements(m_km).size(), 4);
        ws().undoStack()->undo();
        QCOMPARE(ws().indicators().measurements(m_km).size(), 5);

        editor->targetDate()->setDate({2027, 6, 30});
        QTest::keyClicks(editor->targetValue(), QStringLiteral("2 000"));
        QTest::keyClick(editor->targetValue(), Qt::Key_Return);
        QCOMPARE(ws().indicators().targets(m_km).value(0).value, 2000.0);
        QCOMPARE(editor->targetModel()->rowCount(), 1);
        // The chart follows: the target shows.
        const TimeChart chart = m_page->indicatorChart()->data();
        const auto target = std::find_if(chart.lines.cbegin(), chart.lines.cend(),
                                         [](const ChartLine &l) { return l.role == ChartLine::Target; });
        QVERIFY(target != chart.lines.cend());
        QCOMPARE(target->points.size(), 1);
    }

    void importPreviewGoodFile()
    {
        const QString file = writeFile(QStringLiteral("mesures.csv"), "date;indicateur;valeur\n"
                                                                      "2026-06-01;Kilomètres programmés;20\n"
                                                                      "2026-07-01;Kilomètres programmés;\"24,5\"\n"
                                                                      "2026-11-01;collectivités actives;70\n");
        whenDialogOpens<MeasurementImportDialog>([this](MeasurementImportDialog *d) {
            QCOMPARE(d->preview()->rowCount(), 3);
            QCOMPARE(d->preview()->item(1, 0)->text(), QStringLiteral("3"));
            QVERIFY(d->importButton()->isEnabled());
            screenshot(d, QStringLiteral("import-preview"));
            d->importButton()->click();
        });
        m_page->importMeasurements(file);
        QCOMPARE(ws().indicators().measurements(m_km).size(), 6);
        QCOMPARE(ws().indicators().measurements(m_users).last().value, 70.0);  // replaced November's value
        QCOMPARE(ws().undoStack()->count(), 1);
        ws().undoStack()->undo();
        QCOMPARE(ws().indicators().measurements(m_km).size(), 4);
    }

    void importPreviewBadFile()
    {
        const QString file = writeFile(QStringLiteral("erreurs.csv"), "date,indicator,value\n"
                                                                      "2026-06-01,Kilomètres programmés,20\n"
                                                                      "2026-06-31,Kilomètres programmés,21\n"
                                                                      "2026-07-01,Visites,3\n");
        whenDialogOpens<MeasurementImportDialog>([this](MeasurementImportDialog *d) {
            QVERIFY(!d->importButton()->isEnabled());
            QCOMPARE(d->preview()->rowCount(), 2);
            QCOMPARE(d->preview()->item(0, 0)->text(), QStringLiteral("3"));
            QCOMPARE(d->preview()->item(1, 0)->text(), QStringLiteral("4"));
            QVERIFY(d->summary()->text().contains(QStringLiteral("Nothing will be imported")));
            screenshot(d, QStringLiteral("import-problems"));
            d->reject();
        });
        m_page->importMeasurements(file);
        QCOMPARE(ws().indicators().measurements(m_km).size(), 4);
        QCOMPARE(ws().undoStack()->count(), 0);
    }

    void chartsAndExport()
    {
        m_page->selectIndicator(m_users);
        const TimeChart star = m_page->northStarChart()->data();
        QVERIFY(star.title.contains(QStringLiteral("Collectivités actives")));
        QVERIFY(star.lines[0].points.size() <= 7);
        QCOMPARE(m_page->progressChart()->data().lines.size(), 2);  // users and the 100 % line
        QCOMPARE(m_page->matrix()->columns().size(), 5);
        for (int view : {IndicatorsPage::IndicatorChart, IndicatorsPage::NorthStar, IndicatorsPage::Matrix,
                         IndicatorsPage::Progress}) {
            m_page->views()->setCurrentIndex(view);
            QCoreApplication::processEvents();
            screenshot(m_view.get(), QStringLiteral("indicators-view%1").arg(view));
            for (const char *suffix : {"png", "svg"}) {
                const QString path = m_ws->dir.filePath(QStringLiteral("chart%1.%2").arg(view).arg(QLatin1String(suffix)));
                QString error;
                QVERIFY2(m_page->exportCurrentView(path, &error), qPrintable(error));
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                if (QLatin1String(suffix) == QLatin1String("png")) {
                    const QImage image = QImage::fromData(bytes, "PNG");
                    QCOMPARE(image.size(), QSize(1600, 900));
                    QCOMPARE(image.pixelColor(5, 5), QColor(Qt::white));  // exports are light
                } else {
                    QVERIFY(bytes.contains("<svg"));
                    QVERIFY(bytes.size() > 2000);
                }
                if (qEnvironmentVariableIsSet("COMITE_SCREENSHOTS"))
                    QFile::copy(path, qEnvironmentVariable("COMITE_SCREENSHOTS") + QStringLiteral("/export%1.%2").arg(view).arg(QLatin1String(suffix)));
            }
        }
        QString error;
        QVERIFY(!m_page->exportCurrentView(m_ws->dir.filePath(QStringLiteral("chart.jpg")), &error));
        QVERIFY(error.contains(QStringLiteral(".png or .svg")));
    }

    void warningsBanner()
    {
        // Impact last measured on 1 May, more than 6 months before today:
        // usage only, until a recent impact value comes in.
        QVERIFY2(m_view->warningLabel()->text().contains(QStringLiteral("Usage only")), qPrintable(m_view->warningLabel()->text()));
        QVERIFY(m_view->warningLabel()->text().contains(QStringLiteral("Missing mandatory indicators: Ease-of-use score")));
        QVERIFY(m_page->model()->index(0, IndicatorModel::Fills).data(IndicatorModel::WarningRole).toBool());
        screenshot(m_view.get(), QStringLiteral("indicators-warnings"));
        QVERIFY(Edit::addMeasurement(ws(), Measurement{0, m_km, {2026, 11, 1}, 30, {}}));
        QVERIFY(!m_view->warningLabel()->text().contains(QStringLiteral("Usage only")));
        ws().undoStack()->undo();
        QVERIFY(m_view->warningLabel()->text().contains(QStringLiteral("Usage only")));
    }

    void darkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(37, 37, 38));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Button, QColor(45, 45, 48));
        dark.setColor(QPalette::ButtonText, Qt::white);
        m_view->setPalette(dark);
        QCoreApplication::processEvents();
        QCOMPARE(m_page->indicatorChart()->chart()->backgroundBrush().color(), QColor(30, 30, 30));
        QCOMPARE(m_page->indicatorChart()->chart()->titleBrush().color(), QColor(Qt::white));
        m_page->selectIndicator(m_users);
        screenshot(m_view.get(), QStringLiteral("indicators-dark"));
        m_page->views()->setCurrentIndex(IndicatorsPage::Matrix);
        QCoreApplication::processEvents();
        screenshot(m_view.get(), QStringLiteral("indicators-matrix-dark"));
    }

    void portfolioChartFromTheWindow()
    {
        m_view.reset();
        MainWindow window(m_ws->clock);
        window.resize(1300, 900);
        window.show();
        m_ws->ws.reset();  // the window opens its own workspace
        QVERIFY(window.openDatabase(m_ws->path()));
        QAction *action = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *a : menu->menu()->actions()) {
                if (a->text().remove(u'&').contains(QStringLiteral("Portfolio chart")))
                    action = a;
            }
        }
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        whenDialogOpens<PortfolioChartDialog>([this](PortfolioChartDialog *d) {
            QCOMPARE(d->chartView()->data().points.size(), 1);
            QCOMPARE(d->chartView()->data().phases, QList<Phase>{Phase::Construction});
            QCOMPARE(d->chartView()->data().points[0].value, 360000.0 / 64);
            d->measureBox()->setCurrentIndex(1);
            QCOMPARE(d->chartView()->data().measure, PortfolioChart::CostPerImpact);
            screenshot(d, QStringLiteral("portfolio-chart"));
            QString error;
            QVERIFY(d->exportTo(m_ws->dir.filePath(QStringLiteral("portfolio.svg")), &error));
            d->reject();
        });
        action->trigger();
        QVERIFY(QFile::exists(m_ws->dir.filePath(QStringLiteral("portfolio.svg"))));
    }
};

QTEST_MAIN(TestGuiIndicators)
#include "tst_gui_indicators.moc"
