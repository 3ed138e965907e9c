// PhaseHistoryModel under QAbstractItemModelTester: cell values, setData
// going through the undo stack, refused edits that change nothing, and
// rows following undo/redo with insert/remove signals instead of a reset.

#include "commands/productedits.h"
#include "domain/displayformat.h"
#include "itemmodels/phasehistorymodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Comite;

class TestPhaseHistoryModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_ws;
    std::unique_ptr<PhaseHistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_id = 0;
    QList<PhaseRecord> m_initial;

    Workspace &ws() { return **m_ws; }
    QUndoStack *stack() { return ws().undoStack(); }
    QList<PhaseRecord> stored() { return ws().products().load(m_id)->phases; }
    QModelIndex at(int row, int column) const { return m_model->index(row, column); }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        Product p = Test::sampleProduct(QStringLiteral("velo-pour-tous"), QStringLiteral("Vélo pour tous"));
        p.phases = {{Phase::Investigation, {2025, 1, 6}, {2025, 3, 3}, QStringLiteral("Lancement"), false},
                    {Phase::Construction, {2025, 3, 3}, {}, {}, false},
                    {Phase::Acceleration, {2026, 3, 2}, {}, QStringLiteral("Feu vert"), false}};
        p.phases[1].end = QDate(2026, 3, 2);
        m_initial = p.phases;
        m_id = ws().products().insert(p);
        m_model = std::make_unique<PhaseHistoryModel>(ws(), m_id);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_ws.reset();
    }

    void data()
    {
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), int(PhaseHistoryModel::ColumnCount));
        QCOMPARE(m_model->phases(), m_initial);

        QCOMPARE(at(0, PhaseHistoryModel::PhaseColumn).data().toString(), QStringLiteral("Investigation"));
        QCOMPARE(at(0, PhaseHistoryModel::PhaseColumn).data(Qt::EditRole).toString(), QStringLiteral("investigation"));
        QCOMPARE(at(2, 3).data(PhaseHistoryModel::PhaseKeyRole).toString(), QStringLiteral("acceleration"));
        QCOMPARE(at(0, PhaseHistoryModel::Start).data(Qt::EditRole).toDate(), QDate(2025, 1, 6));
        QCOMPARE(at(0, PhaseHistoryModel::Start).data().toString(), DisplayFormat::date(QDate(2025, 1, 6)));
        QCOMPARE(at(0, PhaseHistoryModel::End).data(Qt::EditRole).toDate(), QDate(2025, 3, 3));
        QVERIFY(!at(2, PhaseHistoryModel::End).data(Qt::EditRole).toDate().isValid());
        QCOMPARE(at(2, PhaseHistoryModel::End).data().toString(), QString());
        QCOMPARE(at(0, PhaseHistoryModel::Comment).data().toString(), QStringLiteral("Lancement"));
        QCOMPARE(at(0, PhaseHistoryModel::Restart).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(!at(0, PhaseHistoryModel::Restart).data().isValid());

        QVERIFY(at(0, PhaseHistoryModel::Comment).flags() & Qt::ItemIsEditable);
        QVERIFY(at(0, PhaseHistoryModel::Restart).flags() & Qt::ItemIsUserCheckable);
        QVERIFY(!(at(0, PhaseHistoryModel::Restart).flags() & Qt::ItemIsEditable));

        const QStringList headers = {"Phase", "Start", "End", "Comment", "Restart"};
        for (int c = 0; c < headers.size(); ++c)
            QCOMPARE(m_model->headerData(c, Qt::Horizontal).toString(), headers[c]);
    }

    void setDataGoesThroughUndo_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("role");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<PhaseRecord>("expected");
        QTest::newRow("comment") << 1 << int(PhaseHistoryModel::Comment) << int(Qt::EditRole)
                                 << QVariant(QStringLiteral("Budget de 400 k€"))
                                 << PhaseRecord{Phase::Construction, {2025, 3, 3}, {2026, 3, 2}, QStringLiteral("Budget de 400 k€"), false};
        QTest::newRow("phase") << 2 << int(PhaseHistoryModel::PhaseColumn) << int(Qt::EditRole)
                               << QVariant(QStringLiteral("consolidation"))
                               << PhaseRecord{Phase::Consolidation, {2026, 3, 2}, {}, QStringLiteral("Feu vert"), false};
        QTest::newRow("old phase key") << 2 << int(PhaseHistoryModel::PhaseColumn) << int(Qt::EditRole)
                                       << QVariant(QStringLiteral("perennisation"))
                                       << PhaseRecord{Phase::Consolidation, {2026, 3, 2}, {}, QStringLiteral("Feu vert"), false};
        QTest::newRow("start") << 2 << int(PhaseHistoryModel::Start) << int(Qt::EditRole) << QVariant(QDate(2026, 4, 1))
                               << PhaseRecord{Phase::Acceleration, {2026, 4, 1}, {}, QStringLiteral("Feu vert"), false};
        QTest::newRow("end") << 2 << int(PhaseHistoryModel::End) << int(Qt::EditRole) << QVariant(QDate(2026, 11, 2))
                             << PhaseRecord{Phase::Acceleration, {2026, 3, 2}, {2026, 11, 2}, QStringLiteral("Feu vert"), false};
        QTest::newRow("restart") << 2 << int(PhaseHistoryModel::Restart) << int(Qt::CheckStateRole) << QVariant(int(Qt::Checked))
                                 << PhaseRecord{Phase::Acceleration, {2026, 3, 2}, {}, QStringLiteral("Feu vert"), true};
        // A view's delegate sends the enum itself.
        QTest::newRow("restart, from a view") << 2 << int(PhaseHistoryModel::Restart) << int(Qt::CheckStateRole)
                                              << QVariant::fromValue(Qt::Checked)
                                              << PhaseRecord{Phase::Acceleration, {2026, 3, 2}, {}, QStringLiteral("Feu vert"), true};
    }

    void setDataGoesThroughUndo()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(int, role);
        QFETCH(QVariant, value);
        QFETCH(PhaseRecord, expected);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy refused(m_model.get(), &PhaseHistoryModel::editRefused);

        QVERIFY(m_model->setData(at(row, column), value, role));
        QCOMPARE(refused.count(), 0);
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(stored()[row], expected);
        QCOMPARE(m_model->phases()[row], expected);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), at(row, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), at(row, PhaseHistoryModel::ColumnCount - 1));

        stack()->undo();
        QCOMPARE(stored(), m_initial);
        QCOMPARE(m_model->phases(), m_initial);
        QCOMPARE(changed.count(), 2);
        stack()->redo();
        QCOMPARE(m_model->phases()[row], expected);
    }

    void refusedEdits_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("end before start") << 0 << int(PhaseHistoryModel::End) << QVariant(QDate(2024, 12, 1))
                                          << "Row 1 (Investigation): the phase ends on 2024-12-01, before it starts on 2025-01-06.";
        QTest::newRow("start before the previous phase")
            << 2 << int(PhaseHistoryModel::Start) << QVariant(QDate(2025, 1, 1))
            << "Row 3 (Acceleration): it starts on 2025-01-01, before the previous phase (Construction, 2025-03-03).";
        QTest::newRow("no start") << 1 << int(PhaseHistoryModel::Start) << QVariant(QDate())
                                  << "Row 2 (Construction): the start date is missing or invalid.";
        QTest::newRow("phase after a stop")
            << 1 << int(PhaseHistoryModel::PhaseColumn) << QVariant(QStringLiteral("abandon"))
            << "Row 3 (Acceleration): the product was stopped (Stopped); mark this phase as an explicit restart to continue.";
    }

    void refusedEdits()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(QString, message);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy refused(m_model.get(), &PhaseHistoryModel::editRefused);

        QVERIFY(!m_model->setData(at(row, column), value, Qt::EditRole));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.at(0).at(0).toString(), message);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(stack()->count(), 0);
        QCOMPARE(m_model->phases(), m_initial);
        QCOMPARE(stored(), m_initial);
    }

    void unusableValuesAreIgnored()
    {
        QSignalSpy refused(m_model.get(), &PhaseHistoryModel::editRefused);
        QVERIFY(!m_model->setData(at(0, PhaseHistoryModel::PhaseColumn), QStringLiteral("incubation")));
        QVERIFY(!m_model->setData(at(0, PhaseHistoryModel::Comment), QStringLiteral("x"), Qt::DisplayRole + 100));
        QVERIFY(!m_model->setData(at(0, PhaseHistoryModel::Restart), QStringLiteral("x"), Qt::EditRole));
        QCOMPARE(stack()->count(), 0);
        QCOMPARE(stored(), m_initial);
    }

    void removeAndUndoMoveOneRow()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

        QVERIFY(m_model->removePhase(1));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(stored(), (QList<PhaseRecord>{m_initial[0], m_initial[2]}));

        stack()->undo();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(m_model->phases(), m_initial);

        stack()->redo();
        QCOMPARE(removed.count(), 2);
        QCOMPARE(m_model->phases(), stored());
        QCOMPARE(reset.count(), 0);
        QVERIFY(!m_model->removePhase(5));
        QVERIFY(!m_model->removePhase(-1));
    }

    void transitionFromOutsideIsFollowed()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        const PhaseRecord next{Phase::Consolidation, {2026, 11, 2}, {}, {}, false};
        QVERIFY(Edit::addPhaseTransition(ws(), m_id, next));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        // The running phase got its end date.
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(at(2, PhaseHistoryModel::End).data(Qt::EditRole).toDate(), QDate(2026, 11, 2));
        QCOMPARE(m_model->phases(), stored());

        stack()->undo();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 3);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(m_model->phases(), m_initial);
    }

    void wholeHistoryReplaced()
    {
        const QList<PhaseRecord> other = {{Phase::Construction, {2024, 5, 6}, {}, QStringLiteral("Repris"), false}};
        QVERIFY(Edit::setPhases(ws(), m_id, other, QStringLiteral("Replace")));
        QCOMPARE(m_model->phases(), other);
        stack()->undo();
        QCOMPARE(m_model->phases(), m_initial);
    }

    void otherProductsAreIgnored()
    {
        const qint64 other = ws().products().insert(Test::sampleProduct(QStringLiteral("autre")));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QVERIFY(Edit::addPhaseTransition(ws(), other, PhaseRecord{Phase::Construction, {2026, 11, 20}, {}, {}, false}));
        QVERIFY(Edit::setField(ws(), m_id, ProductField::Title, QStringLiteral("Vélo partout")));
        QCOMPARE(changed.count() + inserted.count(), 0);
        QCOMPARE(m_model->phases(), m_initial);
    }
};

QTEST_GUILESS_MAIN(TestPhaseHistoryModel)
#include "tst_phasehistorymodel.moc"
