// AgendaModel under QAbstractItemModelTester: cells (computed start times,
// products, durations, actual time), edits through undo, add/remove/move
// with exactly one row signal each, drag and drop through the mime data,
// refused edits, and the totals signal.

#include "itemmodels/agendamodel.h"
#include "sessionfixture.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Comite;

class TestAgendaModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_ws;
    std::unique_ptr<Test::SessionFixture> m_fixture;
    std::unique_ptr<AgendaModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_id = 0;
    Workspace &ws() { return **m_ws; }
    QString cell(int row, int column) { return m_model->index(row, column).data().toString(); }
    QList<qint64> ids()
    {
        QList<qint64> result;
        for (const AgendaItem &i : m_model->items())
            result << i.id;
        return result;
    }

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_ws = std::make_unique<Test::TempWorkspace>();
        m_fixture = std::make_unique<Test::SessionFixture>(ws());
        m_id = m_fixture->create(ws());
        m_model = std::make_unique<AgendaModel>(ws(), m_id);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_fixture.reset();
        m_ws.reset();
    }

    void cells()
    {
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(cell(0, AgendaModel::StartColumn), QStringLiteral("14:00"));
        QCOMPARE(cell(2, AgendaModel::StartColumn), QStringLiteral("14:10"));
        QCOMPARE(cell(5, AgendaModel::StartColumn), QStringLiteral("15:00"));
        QCOMPARE(cell(0, AgendaModel::ProductColumn), QStringLiteral("Whole session"));
        QCOMPARE(cell(2, AgendaModel::ProductColumn), QStringLiteral("Vélo pour tous"));
        QCOMPARE(cell(2, AgendaModel::TitleColumn), QStringLiteral("Presentation"));
        QCOMPARE(cell(2, AgendaModel::MinutesColumn), QStringLiteral("15 min"));
        QCOMPARE(m_model->index(2, AgendaModel::MinutesColumn).data(Qt::EditRole).toInt(), 15);
        QCOMPARE(m_model->index(4, AgendaModel::TeamLeavesColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(cell(4, AgendaModel::ActualColumn), QString());
        QVERIFY(m_model->flags(m_model->index(0, AgendaModel::TitleColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(m_model->flags(m_model->index(0, AgendaModel::StartColumn)) & Qt::ItemIsEditable));
        QVERIFY(m_model->flags({}) & Qt::ItemIsDropEnabled);
    }

    void editDurationMovesLaterStarts()
    {
        QSignalSpy totals(m_model.get(), &AgendaModel::totalsChanged);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(m_model->index(2, AgendaModel::MinutesColumn), 25));
        QCOMPARE(cell(2, AgendaModel::MinutesColumn), QStringLiteral("25 min"));
        QCOMPARE(cell(5, AgendaModel::StartColumn), QStringLiteral("15:10"));
        QVERIFY(totals.size() >= 1);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(m_model->session().agendaMinutes(), 120);
        ws().undoStack()->undo();
        QCOMPARE(cell(2, AgendaModel::MinutesColumn), QStringLiteral("15 min"));
        QCOMPARE(cell(5, AgendaModel::StartColumn), QStringLiteral("15:00"));
    }

    void editTitleTeamLeavesAndProduct()
    {
        QVERIFY(m_model->setData(m_model->index(3, AgendaModel::TitleColumn), QStringLiteral("Q&R")));
        QCOMPARE(cell(3, AgendaModel::TitleColumn), QStringLiteral("Q&R"));
        QVERIFY(m_model->setData(m_model->index(4, AgendaModel::TeamLeavesColumn), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!m_model->items()[4].teamLeaves);
        QVERIFY(m_model->setData(m_model->index(0, AgendaModel::ProductColumn), m_fixture->bus));
        QCOMPARE(cell(0, AgendaModel::ProductColumn), QStringLiteral("Bus à la demande"));
        QVERIFY(!m_model->setData(m_model->index(0, AgendaModel::ProductColumn), m_fixture->bus + 40));
    }

    void refusedEdits()
    {
        QSignalSpy refused(m_model.get(), &AgendaModel::editRefused);
        QVERIFY(!m_model->setData(m_model->index(1, AgendaModel::TitleColumn), QString()));
        QVERIFY(!m_model->setData(m_model->index(1, AgendaModel::MinutesColumn), -3));
        QVERIFY(!m_model->setData(m_model->index(1, AgendaModel::MinutesColumn), QStringLiteral("soon")));
        QCOMPARE(refused.size(), 2);
        QCOMPARE(m_model->items()[1].plannedMinutes, 5);
    }

    void addRemoveMoveOneRowEach()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        AgendaItem pause;
        pause.title = QStringLiteral("Pause");
        pause.plannedMinutes = 10;
        QVERIFY(m_model->insertItem(5, pause));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 5);
        QCOMPARE(cell(5, AgendaModel::TitleColumn), QStringLiteral("Pause"));
        QCOMPARE(cell(6, AgendaModel::StartColumn), QStringLiteral("15:10"));

        const QList<qint64> before = ids();
        QVERIFY(m_model->moveItem(5, 0));  // pause first
        QCOMPARE(moved.size(), 1);
        QCOMPARE(ids().first(), before[5]);
        QCOMPARE(cell(1, AgendaModel::StartColumn), QStringLiteral("14:10"));
        QVERIFY(!m_model->moveItem(0, 1));  // onto itself
        QVERIFY(!m_model->moveItem(0, 99));

        QVERIFY(m_model->removeItem(0));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m_model->rowCount(), 8);
        QVERIFY(!m_model->removeItem(8));

        // Undo the three steps: a move back, an insert, a removal.
        ws().undoStack()->undo();
        QCOMPARE(inserted.size(), 2);
        ws().undoStack()->undo();
        QCOMPARE(moved.size(), 2);
        ws().undoStack()->undo();
        QCOMPARE(removed.size(), 2);
        QCOMPARE(m_model->rowCount(), 8);
    }

    void dragAndDrop()
    {
        const QList<qint64> before = ids();
        std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->index(7, AgendaModel::TitleColumn)}));
        QVERIFY(data);
        QVERIFY(data->hasFormat(AgendaModel::mimeType));
        QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, 2, 0, {}));
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, 2, 0, {}));
        // Dropped between rows 1 and 2: the last item becomes the third.
        QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, 2, 0, {}));  // the view removes nothing
        QCOMPARE(ids()[2], before[7]);
        QCOMPARE(m_model->rowCount(), 8);
        // Dropped onto a row: before it.
        QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, m_model->index(0, 0)));
        QCOMPARE(ids()[0], before[6]);  // row 7 now holds what was the seventh item
        QMimeData foreign;
        foreign.setText(QStringLiteral("x"));
        QVERIFY(!m_model->canDropMimeData(&foreign, Qt::MoveAction, 0, 0, {}));
    }

    void notesAndTiming()
    {
        QVERIFY(m_model->setNotes(2, QStringLiteral("Démo convaincante")));
        QCOMPARE(m_model->index(2, 0).data(AgendaModel::NotesRole).toString(), QStringLiteral("Démo convaincante"));
        QCOMPARE(m_model->index(2, AgendaModel::TitleColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Démo convaincante"));
        QVERIFY(Edit::recordTiming(ws(), m_id, {{m_model->items()[2].id, 17 * 60 + 5}}));
        QCOMPARE(cell(2, AgendaModel::ActualColumn), QStringLiteral("17:05"));
    }

    void templateAndHeaderChanges()
    {
        AgendaTemplate t = SessionAgenda::defaultTemplate();
        t.items.removeFirst();
        QVERIFY(m_model->applyTemplate(t));
        QCOMPARE(m_model->rowCount(), 7);
        Session header = m_model->session();
        header.startsAt = header.startsAt.addSecs(3600);
        QVERIFY(Edit::setSessionHeader(ws(), header));
        QCOMPARE(cell(0, AgendaModel::StartColumn), QStringLiteral("15:00"));
    }
};

QTEST_MAIN(TestAgendaModel)
#include "tst_agendamodel.moc"
