// Drives the product view offscreen: details form edits with undo, sponsors,
// links, phase transitions and committees through their dialogs, refused
// edits, and the warnings banner.

#include "commands/productedits.h"
#include "itemmodels/phasehistorymodel.h"
#include "phasetransitiondialog.h"
#include "pitchdialog.h"
#include "productdetailsform.h"
#include "productphasespage.h"
#include "productview.h"
#include "storage/betagouvstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Comite;

class TestGuiProduct : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_ws;
    std::unique_ptr<ProductView> m_view;
    qint64 m_id = 0;
    qint64 m_orgA = 0;
    qint64 m_orgB = 0;

    Workspace &ws() { return **m_ws; }
    Product stored() { return *ws().products().load(m_id); }

    template<typename Dialog, typename Fill>
    void whenDialogOpens(Fill fill)
    {
        QTimer::singleShot(0, this, [fill] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(dialog);
        });
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        m_orgA = ws().organisations().insert(Organisation{0, QStringLiteral("ademe"), QStringLiteral("Agence de la transition écologique"), QStringLiteral("ADEME"), {}});
        m_orgB = ws().organisations().insert(Organisation{0, QStringLiteral("dinum"), QStringLiteral("Direction interministérielle du numérique"), QStringLiteral("DINUM"), {}});
        Product p = Test::sampleProduct(QStringLiteral("velo"), QStringLiteral("Vélo"));
        p.sponsorIds = {m_orgA};
        const Result<qint64> added = Edit::addProduct(ws(), p);
        QVERIFY(added);
        m_id = added.value();
        ws().undoStack()->clear();
        m_view = std::make_unique<ProductView>(ws(), m_id);
        m_view->show();
    }

    void cleanup()
    {
        m_view.reset();
        m_ws.reset();
    }

    // Imported events other than committees and the FAST funding show on the
    // overview's timeline, newest first, user text escaped.
    void overviewShowsTheTimelineAndFunding()
    {
        BetagouvStore store(ws().database());
        store.replaceImportedTimeline(m_id, {BetagouvEvent{QStringLiteral("product_launch"), {2025, 3, 1}, QStringLiteral("Ouverture <b>publique</b>")},
                                             BetagouvEvent{QStringLiteral("national_impact"), {2026, 5, 1}, {}}});
        store.replaceImportedFunding(m_id, BetagouvFunding{3, 150000});
        ws().notifyExternalChange();
        QCoreApplication::processEvents();
        const QString text = m_view->overview()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Timeline")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Product launch : Ouverture <b>publique</b>")));
        QVERIFY(text.indexOf(QStringLiteral("National impact")) < text.indexOf(QStringLiteral("Product launch")));
        QVERIFY(text.contains(QStringLiteral("Funding records")));
        QVERIFY(text.contains(QStringLiteral("150")));
    }

    void sponsorsAreCheckedAndUndone()
    {
        QListWidget *list = m_view->details()->sponsorList();
        QCOMPARE(list->count(), 2);
        QListWidgetItem *dinum = nullptr;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toLongLong() == m_orgB)
                dinum = list->item(i);
        }
        QVERIFY(dinum);
        dinum->setCheckState(Qt::Checked);
        QCOMPARE(stored().sponsorIds, (QList<qint64>{m_orgA, m_orgB}));
        ws().undoStack()->undo();
        QCOMPARE(stored().sponsorIds, QList<qint64>{m_orgA});
    }

    void pitchFromTheTemplate()
    {
        whenDialogOpens<PitchDialog>([](PitchDialog *d) {
            const auto edits = d->findChildren<QLineEdit *>();
            QCOMPARE(edits.size(), 4);
            QTest::keyClicks(edits[0], QStringLiteral("aux cyclistes"));
            QTest::keyClicks(edits[1], QStringLiteral("des pistes sures"));
            QTest::keyClicks(edits[2], QStringLiteral("une carte ouverte"));
            QTest::keyClicks(edits[3], QStringLiteral("doubler la part modale du velo"));
            d->accept();
        });
        const auto buttons = m_view->details()->findChildren<QPushButton *>();
        auto compose = std::find_if(buttons.begin(), buttons.end(),
                                    [](QPushButton *b) { return b->text().contains(QStringLiteral("template")); });
        QVERIFY(compose != buttons.end());
        (*compose)->click();
        QCOMPARE(stored().pitch, QStringLiteral("Permettre aux cyclistes d'obtenir des pistes sures grâce à une carte ouverte "
                                                "afin de doubler la part modale du velo."));
        QVERIFY(m_view->overview()->toPlainText().contains(QStringLiteral("Permettre aux cyclistes")));
    }

    void badIdentifierIsRefusedAndRestored()
    {
        QString refused;
        connect(m_view.get(), &ProductView::editRefused, this, [&](const QString &m) { refused = m; });
        QLineEdit *slug = m_view->details()->slugField();
        slug->setFocus();
        slug->selectAll();
        QTest::keyClicks(slug, QStringLiteral("Not Valid"));
        QTest::keyClick(slug, Qt::Key_Return);
        QVERIFY(refused.contains(QStringLiteral("Not Valid")));
        QCOMPARE(slug->text(), QStringLiteral("velo"));
        QCOMPARE(stored().slug, QStringLiteral("velo"));
        QCOMPARE(ws().undoStack()->count(), 0);
    }

    void linksAreSaved()
    {
        QTableWidget *links = m_view->details()->linkTable();
        const auto buttons = m_view->details()->findChildren<QPushButton *>();
        auto add = std::find_if(buttons.begin(), buttons.end(),
                                [](QPushButton *b) { return b->text() == QStringLiteral("&Add link"); });
        QVERIFY(add != buttons.end());
        (*add)->click();
        QCOMPARE(links->rowCount(), 1);
        links->item(0, 1)->setText(QStringLiteral("https://velo.beta.gouv.fr"));
        QCOMPARE(stored().links, (QList<ProductLink>{{QStringLiteral("site"), QStringLiteral("https://velo.beta.gouv.fr")}}));
        QCOMPARE(links->item(0, 0)->text(), QStringLiteral("Website"));  // the kind's label, not its key

        // The kind is chosen from the labels; the key is what is stored.
        QAbstractItemDelegate *delegate = links->itemDelegateForColumn(0);
        const QModelIndex kind = links->model()->index(0, 0);
        std::unique_ptr<QWidget> editor(delegate->createEditor(links->viewport(), {}, kind));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Source code")));
        delegate->setModelData(combo, links->model(), kind);
        QCOMPARE(stored().links.value(0).kind, QStringLiteral("repository"));
        QCOMPARE(links->item(0, 0)->text(), QStringLiteral("Source code"));
    }

    void phaseTransitionThroughTheDialog()
    {
        whenDialogOpens<PhaseTransitionDialog>([](PhaseTransitionDialog *d) {
            QCOMPARE(d->phaseField()->currentData().toString(), QStringLiteral("construction"));
            d->dateField()->setDate(Test::fixedToday.addDays(-2));
            d->accept();
        });
        m_view->phasesPage()->addTransition();
        const Product p = stored();
        QCOMPARE(p.phases.size(), 2);
        QCOMPARE(p.phases[0].end, Test::fixedToday.addDays(-2));
        QCOMPARE(p.phases[1].phase, Phase::Construction);
        QCOMPARE(m_view->phasesPage()->phaseModel()->rowCount(), 2);
        ws().undoStack()->undo();
        QCOMPARE(m_view->phasesPage()->phaseModel()->rowCount(), 1);
        QVERIFY(!stored().phases[0].end.isValid());
    }

    void restartAfterStopMustBeExplicit()
    {
        QVERIFY(Edit::addPhaseTransition(ws(), m_id, PhaseRecord{Phase::AbandonInvestigation, Test::fixedToday.addDays(-5), {}, {}, false}));
        QString refused;
        connect(m_view.get(), &ProductView::editRefused, this, [&](const QString &m) { refused = m; });
        whenDialogOpens<PhaseTransitionDialog>([](PhaseTransitionDialog *d) {
            QVERIFY(d->restartField()->isVisibleTo(d));
            d->phaseField()->setCurrentIndex(d->phaseField()->findData(QStringLiteral("investigation")));
            d->accept();
        });
        m_view->phasesPage()->addTransition();
        QVERIFY(refused.contains(QStringLiteral("restart")));
        QCOMPARE(stored().phases.size(), 2);

        whenDialogOpens<PhaseTransitionDialog>([](PhaseTransitionDialog *d) {
            d->phaseField()->setCurrentIndex(d->phaseField()->findData(QStringLiteral("investigation")));
            d->restartField()->setChecked(true);
            d->accept();
        });
        m_view->phasesPage()->addTransition();
        QCOMPARE(stored().phases.size(), 3);
        QVERIFY(stored().phases[2].restart);
    }

    void editingAPhaseDateOutOfOrderIsRefused()
    {
        QVERIFY(Edit::addPhaseTransition(ws(), m_id, PhaseRecord{Phase::Construction, Test::fixedToday.addDays(-3), {}, {}, false}));
        QString refused;
        connect(m_view.get(), &ProductView::editRefused, this, [&](const QString &m) { refused = m; });
        PhaseHistoryModel *model = m_view->phasesPage()->phaseModel();
        QVERIFY(!model->setData(model->index(1, PhaseHistoryModel::Start), Test::fixedToday.addYears(-2)));
        QVERIFY(!refused.isEmpty());
        QCOMPARE(stored().phases[1].start, Test::fixedToday.addDays(-3));
    }

    void recordACommitteeUpdatesWarnings()
    {
        // Investigation started 20 days ago: no warning yet. Move the start
        // back a year: the committee is overdue and the phase overran.
        QList<PhaseRecord> phases = stored().phases;
        phases[0].start = Test::fixedToday.addYears(-1);
        QVERIFY(Edit::setPhases(ws(), m_id, phases, QStringLiteral("test")));
        QVERIFY(m_view->warningLabel()->isVisibleTo(m_view.get()));
        QVERIFY(m_view->warningLabel()->text().contains(QStringLiteral("Committee overdue")));
        QVERIFY(m_view->warningLabel()->text().contains(QStringLiteral("Phase overrun")));

        whenDialogOpens<CommitteeDialog>([](CommitteeDialog *d) {
            d->findChild<QDateEdit *>()->setDate(Test::fixedToday.addDays(-1));
            QTest::keyClicks(d->findChild<QLineEdit *>(), QStringLiteral("Go for construction"));
            d->accept();
        });
        m_view->phasesPage()->recordCommittee();
        QCOMPARE(m_view->phasesPage()->committeeTable()->rowCount(), 1);
        QCOMPARE(m_view->phasesPage()->committeeTable()->item(0, 2)->text(), QStringLiteral("Go for construction"));
        QVERIFY(!m_view->warningLabel()->text().contains(QStringLiteral("Committee overdue")));
        ws().undoStack()->undo();
        QCOMPARE(m_view->phasesPage()->committeeTable()->rowCount(), 0);
    }

    void markdownDescriptionIsRenderedAndHtmlStaysText()
    {
        QPlainTextEdit *description = m_view->details()->descriptionField();
        description->setPlainText(QStringLiteral("## Problème\n\n**gras** <script>alert(1)</script>"));
        description->document()->setModified(true);  // as typing does
        m_view->commitPending();
        const QString text = m_view->overview()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Problème")));
        QVERIFY(!text.contains(QStringLiteral("## Problème")));
        QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script>")));
    }
};

QTEST_MAIN(TestGuiProduct)
#include "tst_gui_product.moc"
