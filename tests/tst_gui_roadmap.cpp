// Drives the Roadmap, Budget and Preparation tabs of a product offscreen:
// creating a roadmap from the button, typing its vision (undo restores it),
// adding priorities up to the limit of three, granting an envelope that
// brings the next committee forward, the checklist and completeness
// following the data, the pre-read exported and read back with pdftotext,
// and the read-only view a sponsor gets. Set COMITE_SCREENSHOTS=DIR to keep
// PNG grabs of the tabs.

#include "budgetpage.h"
#include "commands/budgetedits.h"
#include "commands/indicatoredits.h"
#include "commands/productedits.h"
#include "commands/roadmapedits.h"
#include "indicatorspage.h"
#include "itemmodels/checklistmodel.h"
#include "itemmodels/envelopetablemodel.h"
#include "itemmodels/prioritytreemodel.h"
#include "preparationpage.h"
#include "productview.h"
#include "roadmapobjectivesform.h"
#include "roadmappage.h"
#include "roadmaptextfield.h"
#include "testsupport.h"

#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Comite;

class TestGuiRoadmap : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_ws;
    std::unique_ptr<ProductView> m_view;
    qint64 m_id = 0;
    qint64 m_northStar = 0;

    Workspace &ws() { return **m_ws; }

    void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("COMITE_SCREENSHOTS");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    QPushButton *button(QWidget *in, const QString &textStart)
    {
        for (QPushButton *b : in->findChildren<QPushButton *>()) {
            if (b->text().remove(u'&').startsWith(textStart))
                return b;
        }
        return nullptr;
    }

    QList<Roadmap> roadmaps() { return ws().roadmaps().forProduct(m_id); }

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
        Indicator users;
        users.productId = m_id;
        users.name = QStringLiteral("Collectivités actives");
        users.kind = IndicatorKind::Usage;
        users.principle = MatrixPrinciple::Used;
        users.northStar = true;
        const Result<qint64> northStar = Edit::addIndicator(ws(), users);
        QVERIFY(northStar);
        m_northStar = northStar.value();
        for (int m = 0; m < 10; ++m)
            QVERIFY(Edit::addMeasurement(ws(), Measurement{0, m_northStar, QDate(2026, 2, 1).addMonths(m), 10.0 + 6 * m, {}}));
        for (int m = 0; m < 12; ++m)
            ws().spending().insert(SpendingEntry{0, m_id, QDate(2025, 12, 1).addMonths(m).toString("yyyy-MM"),
                                                 QStringLiteral("development"), 30000, false});
        ws().undoStack()->clear();
        m_view = std::make_unique<ProductView>(ws(), m_id);
        m_view->resize(1300, 900);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_ws.reset();
    }

    void roadmapFromTheButtonWithUndo()
    {
        RoadmapPage *page = m_view->roadmapPage();
        m_view->tabs()->setCurrentWidget(page);
        QVERIFY(roadmaps().isEmpty());
        QPushButton *add = button(page, QStringLiteral("New roadmap"));
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(roadmaps().size(), 1);
        QCOMPARE(page->roadmapId(), roadmaps().first().id);

        RoadmapTextField *vision = page->objectives()->vision();
        vision->setFocus();
        QTest::keyClicks(vision, QStringLiteral("Chaque commune planifie ses pistes"));
        vision->commit();
        QCOMPARE(roadmaps().first().vision, QStringLiteral("Chaque commune planifie ses pistes"));
        ws().undoStack()->undo();
        QCOMPARE(roadmaps().first().vision, QString());
        QCOMPARE(vision->toPlainText(), QString());
        ws().undoStack()->redo();
        QCOMPARE(vision->toPlainText(), QStringLiteral("Chaque commune planifie ses pistes"));

        // At most three priorities: the button gives up at the limit.
        QPushButton *addPriority = page->objectives()->addPriorityButton();
        for (int i = 0; i < 3; ++i) {
            QVERIFY(addPriority->isEnabled());
            QTest::mouseClick(addPriority, Qt::LeftButton);
        }
        QCOMPARE(roadmaps().first().priorities.size(), 3);
        QVERIFY(!addPriority->isEnabled());
        QCOMPARE(page->objectives()->priorityModel()->rowCount(), 3);
        screenshot(m_view.get(), QStringLiteral("roadmap"));
    }

    void envelopeBringsTheCommitteeForward()
    {
        BudgetPage *page = m_view->budgetPage();
        m_view->tabs()->setCurrentWidget(page);
        const QDate dueBefore = ws().products().summary(m_id)->status(ws().today()).nextCommitteeDue;
        QCOMPARE(dueBefore, QDate(2027, 1, 10));  // six months after the last committee

        // 90 000 € from October at 30 000 € a month runs out at the end of
        // December: the committee comes 30 days before.
        Envelope e{0, m_id, {2026, 10, 1}, {2027, 3, 31}, 90000, EnvelopeSource::Sponsor, {}, 0};
        QVERIFY(Edit::addEnvelope(ws(), e));
        QCOMPARE(page->envelopeModel()->rowCount(), 1);
        const ProductStatus status = ws().products().summary(m_id)->status(ws().today());
        QVERIFY(status.envelopeExhaustion.isValid());
        QVERIFY(status.envelopeExhaustion < QDate(2027, 1, 10));
        QCOMPARE(status.nextCommitteeDue, status.envelopeExhaustion.addDays(-CommitteeSchedule::envelopeMarginDays));
        QVERIFY(status.dueToEnvelope);
        QVERIFY2(page->exhaustionLabel()->text().contains(QStringLiteral("2027")), qPrintable(page->exhaustionLabel()->text()));
        QVERIFY(!page->dueLabel()->text().isEmpty());
        screenshot(m_view.get(), QStringLiteral("budget"));

        ws().undoStack()->undo();
        QCOMPARE(page->envelopeModel()->rowCount(), 0);
        QCOMPARE(ws().products().summary(m_id)->status(ws().today()).nextCommitteeDue, dueBefore);

        // Spending beyond the envelope reads as an overspend, never as money left.
        Envelope small{0, m_id, {2026, 10, 1}, {2027, 3, 31}, 20000, EnvelopeSource::Sponsor, {}, 0};
        QVERIFY(Edit::addEnvelope(ws(), small));
        auto *spent = page->findChild<QLabel *>(QStringLiteral("spentLabel"));
        QVERIFY(spent);
        QVERIFY2(spent->text().contains(QStringLiteral("over the envelopes")), qPrintable(spent->text()));
        QVERIFY2(!spent->text().contains(QStringLiteral("left")), qPrintable(spent->text()));
    }

    void checklistFollowsTheDataAndThePrereadExports()
    {
        PreparationPage *page = m_view->preparationPage();
        m_view->tabs()->setCurrentWidget(page);
        QVERIFY(page->completeness()->isVisible());
        QVERIFY(page->model()->rowCount() > 0);
        QVERIFY2(page->scheduleLabel()->text().contains(QStringLiteral("2027")), qPrintable(page->scheduleLabel()->text()));  // sent one week before
        const int before = page->completeness()->value();
        QCOMPARE(before, page->model()->preparation().completeness());

        // A roadmap with a quantified priority and a budget request ticks
        // items off.
        Roadmap r = RoadmapRules::blank(m_id, {2026, 7, 10});
        r.vision = QStringLiteral("Toutes les communes ont un plan vélo");
        r.priorities << RoadmapPriority{0, QStringLiteral("Déployer dans 100 communes"), {},
                                        {ExpectedResult{0, QStringLiteral("100 collectivités actives"), m_northStar, 100.0}}};
        r.budgetRequest.insert(QStringLiteral("development"), 180000);
        r.team << TeamMember{QStringLiteral("Développeuse"), 1, TimeUnit::Fte};
        QVERIFY(Edit::addRoadmap(ws(), r));
        QVERIFY(page->completeness()->value() > before);
        screenshot(m_view.get(), QStringLiteral("preparation"));

        const QString pdf = m_ws->dir.filePath(QStringLiteral("preread.pdf"));
        QString error;
        QVERIFY2(page->exportPreread(pdf, &error), qPrintable(error));
        QVERIFY(QFile(pdf).size() > 1000);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(20000));
        const QString read = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(read.contains(QStringLiteral("Vélo pour tous")), qPrintable(read.left(400)));
        QVERIFY2(read.contains(QStringLiteral("Review of the last six months")), qPrintable(read));
        QVERIFY(read.contains(QStringLiteral("Déployer")));
        QVERIFY(read.contains(QStringLiteral("North Star Metric: Collectivités actives")));

        QString refused;
        QVERIFY(!page->exportPreread(m_ws->dir.filePath(QStringLiteral("missing/folder/x.pdf")), &refused));
        QVERIFY(refused.contains(QStringLiteral("x.pdf")));
    }

    void sponsorsReadOnly()
    {
        m_view->setTeamWorkEditable(false);
        m_view->setPortfolioEditable(false);
        QVERIFY(!m_view->roadmapPage()->isEnabled());
        QVERIFY(!m_view->indicatorsPage()->isEnabled());
        QVERIFY(!m_view->budgetPage()->isEnabled());
        QVERIFY(m_view->preparationPage()->isEnabled());  // read-only: nothing to edit
        m_view->setTeamWorkEditable(true);
        QVERIFY(m_view->roadmapPage()->isEnabled());
    }
};

QTEST_MAIN(TestGuiRoadmap)
#include "tst_gui_roadmap.moc"
