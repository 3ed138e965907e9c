// Organisations and incubators: their table models (checked by
// QAbstractItemModelTester), edits with undo, refused removals, and the
// dialog's buttons.

#include "commands/productedits.h"
#include "commands/referenceedits.h"
#include "itemmodels/incubatortablemodel.h"
#include "itemmodels/organisationtablemodel.h"
#include "domain/recordlabels.h"
#include "itemmodels/portfoliomodel.h"
#include "referencesdialog.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Comite;

class TestGuiReferences : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempWorkspace> m_ws;
    qint64 m_ademe = 0;
    qint64 m_incubator = 0;
    Workspace &ws() { return **m_ws; }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        const Result<qint64> ademeAdded = Edit::addOrganisation(ws(), Organisation{0, QStringLiteral("ademe"), QStringLiteral("Agence de la transition écologique"), QStringLiteral("ADEME"), QStringLiteral("operateur")});
        QVERIFY(ademeAdded);
        m_ademe = ademeAdded.value();
        QVERIFY(m_ademe > 0);
        const Result<qint64> incubatorAdded = Edit::addIncubator(ws(), Incubator{0, QStringLiteral("ademe"), QStringLiteral("Incubateur de l'ADEME"), m_ademe, 6000000});
        QVERIFY(incubatorAdded);
        m_incubator = incubatorAdded.value();
        QVERIFY(m_incubator > 0);
        ws().undoStack()->clear();
    }
    void cleanup() { m_ws.reset(); }

    void organisationModelFollowsEditsAndUndo()
    {
        OrganisationTableModel model(ws());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.setData(model.index(0, OrganisationTableModel::Acronym), QStringLiteral("ADEME!")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(ws().organisations().organisationBySlug(QStringLiteral("ademe"))->acronym, QStringLiteral("ADEME!"));
        ws().undoStack()->undo();
        QCOMPARE(model.index(0, OrganisationTableModel::Acronym).data().toString(), QStringLiteral("ADEME"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const Result<qint64> added = Edit::addOrganisation(ws(), Organisation{0, QStringLiteral("dinum"), QStringLiteral("DINUM"), {}, {}});
        QVERIFY(added);
        const qint64 dinum = added.value();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(Edit::removeOrganisation(ws(), dinum));
        QCOMPARE(removed.size(), 1);
        ws().undoStack()->undo();  // restored with the same id
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.at(model.rowOf(dinum)).slug, QStringLiteral("dinum"));
    }

    // The type is shown translated, stored as its key, and edited through
    // the list of labels (an unknown key stays as it was).
    void organisationTypeShowsItsLabel()
    {
        OrganisationTableModel model(ws());
        const QModelIndex kind = model.index(0, OrganisationTableModel::Kind);
        QCOMPARE(kind.data(Qt::DisplayRole).toString(), QStringLiteral("Public operator"));
        QCOMPARE(kind.data(Qt::EditRole).toString(), QStringLiteral("operateur"));
        QCOMPARE(OrganisationKinds::label(QStringLiteral("inconnu")), QStringLiteral("inconnu"));

        ReferencesDialog dialog(ws());
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("organisationTable"));
        QVERIFY(table);
        auto *delegate = table->itemDelegateForColumn(OrganisationTableModel::Kind);
        QVERIFY(delegate);
        const QModelIndex cell = table->model()->index(0, OrganisationTableModel::Kind);
        std::unique_ptr<QWidget> editor(delegate->createEditor(table->viewport(), {}, cell));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        delegate->setEditorData(combo, cell);
        QCOMPARE(combo->currentText(), QStringLiteral("Public operator"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("administration-centrale")));
        delegate->setModelData(combo, table->model(), cell);
        QCOMPARE(ws().organisations().organisationBySlug(QStringLiteral("ademe"))->kind, QStringLiteral("administration-centrale"));
        QCOMPARE(cell.data().toString(), QStringLiteral("Central administration"));
        ws().undoStack()->undo();
        QCOMPARE(ws().organisations().organisationBySlug(QStringLiteral("ademe"))->kind, QStringLiteral("operateur"));
    }

    void refusedEdits()
    {
        OrganisationTableModel model(ws());
        QSignalSpy refused(&model, &ReferenceTableModel::editRefused);
        QVERIFY(!model.setData(model.index(0, OrganisationTableModel::Name), QString()));
        QVERIFY(!model.setData(model.index(0, OrganisationTableModel::Slug), QStringLiteral("Bad Slug")));
        QCOMPARE(refused.size(), 2);
        const Result<void> organisation = Edit::removeOrganisation(ws(), m_ademe);  // owns the incubator
        QVERIFY(!organisation);
        QVERIFY(organisation.error().message.contains(QStringLiteral("Agence de la transition écologique")));
        Product p = Test::sampleProduct(QStringLiteral("velo"));
        p.incubatorId = m_incubator;
        QVERIFY(Edit::addProduct(ws(), p));
        const Result<void> incubator = Edit::removeIncubator(ws(), m_incubator);
        QVERIFY(!incubator);
        QVERIFY(incubator.error().message.contains(QStringLiteral("1 product")));
        QCOMPARE(ws().organisations().incubators().size(), 1);
    }

    void incubatorBudgetOwnerAndPortfolioNames()
    {
        IncubatorTableModel model(ws());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Product p = Test::sampleProduct(QStringLiteral("velo"));
        p.incubatorId = m_incubator;
        QVERIFY(Edit::addProduct(ws(), p));
        PortfolioModel portfolio(ws());
        QAbstractItemModelTester portfolioTester(&portfolio, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(model.setData(model.index(0, IncubatorTableModel::YearlyBudget), QStringLiteral("1 500 000 €")));
        QCOMPARE(*ws().organisations().incubators().first().yearlyBudget, 1500000);
        QVERIFY(!model.setData(model.index(0, IncubatorTableModel::YearlyBudget), QStringLiteral("lots")));
        QVERIFY(model.setData(model.index(0, IncubatorTableModel::YearlyBudget), QString()));
        QVERIFY(!ws().organisations().incubators().first().yearlyBudget);

        QSignalSpy portfolioChanged(&portfolio, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0, IncubatorTableModel::Name), QStringLiteral("Fabrique écologique")));
        QCOMPARE(portfolio.index(0, PortfolioModel::Incubator).data().toString(), QStringLiteral("Fabrique écologique"));
        QVERIFY(!portfolioChanged.isEmpty());
        QVERIFY(model.setData(model.index(0, IncubatorTableModel::Owner), qint64(0), IncubatorTableModel::OwnerIdRole));
        QCOMPARE(ws().organisations().incubators().first().ownerId, 0);
    }

    void dialogAddsAndRemoves()
    {
        ReferencesDialog dialog(ws());
        dialog.show();
        const auto buttons = dialog.findChildren<QPushButton *>();
        auto button = [&](const QString &text) {
            auto it = std::find_if(buttons.begin(), buttons.end(), [&](QPushButton *b) { return b->text() == text; });
            return it == buttons.end() ? nullptr : *it;
        };
        QVERIFY(button(QStringLiteral("&Add organisation")));
        button(QStringLiteral("&Add organisation"))->click();
        QCOMPARE(dialog.organisationModel()->rowCount(), 2);
        QVERIFY(ws().organisations().organisationBySlug(QStringLiteral("new-organisation")));
        dialog.tabs()->setCurrentIndex(1);
        button(QStringLiteral("&Add incubator"))->click();
        button(QStringLiteral("&Add incubator"))->click();
        QCOMPARE(dialog.incubatorModel()->rowCount(), 3);
        QVERIFY(ws().organisations().incubatorBySlug(QStringLiteral("new-incubator-2")));
        QTableView *table = dialog.incubatorTable();
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, IncubatorTableModel::Slug).data().toString() == QStringLiteral("new-incubator-2"))
                table->setCurrentIndex(table->model()->index(r, 0));
        }
        const auto removeButtons = dialog.tabs()->currentWidget()->findChildren<QPushButton *>();
        auto remove = std::find_if(removeButtons.begin(), removeButtons.end(),
                                   [](QPushButton *b) { return b->text().contains(QStringLiteral("Remove")); });
        (*remove)->click();
        QCOMPARE(dialog.incubatorModel()->rowCount(), 2);
    }
};

QTEST_MAIN(TestGuiReferences)
#include "tst_gui_references.moc"
