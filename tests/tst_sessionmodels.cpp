// The sessions list, participants and score grid models under
// QAbstractItemModelTester: cells, edits through undo, rows following
// sessions added/removed, the grid's group rows, means, spreads and who has
// not scored yet.

#include "itemmodels/participantmodel.h"
#include "itemmodels/scoremodel.h"
#include "itemmodels/sessionlistmodel.h"
#include "sessionfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Comite;

class TestSessionModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_ws;
    std::unique_ptr<Test::SessionFixture> m_fixture;
    qint64 m_id = 0;
    Workspace &ws() { return **m_ws; }
    static auto mode() { return QAbstractItemModelTester::FailureReportingMode::QtTest; }

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_ws = std::make_unique<Test::TempWorkspace>();
        m_fixture = std::make_unique<Test::SessionFixture>(ws());
        m_id = m_fixture->create(ws());
    }

    void cleanup()
    {
        m_fixture.reset();
        m_ws.reset();
    }

    void sessionList()
    {
        SessionListModel model(ws());
        QAbstractItemModelTester tester(&model, mode());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.sessionIdAt(0), m_id);
        QCOMPARE(model.index(0, SessionListModel::TitleColumn).data().toString(), QStringLiteral("Comité mobilités"));
        QCOMPARE(model.index(0, SessionListModel::ProductsColumn).data().toString(),
                 QStringLiteral("Vélo pour tous, Bus à la demande"));
        QCOMPARE(model.index(0, SessionListModel::StatusColumn).data().toString(), QStringLiteral("Planned"));
        QCOMPARE(model.index(0, SessionListModel::DecidedColumn).data().toString(), QStringLiteral("0 of 2"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // An earlier committee recorded on a product comes first.
        ws().committees().record({0, m_fixture->velo, Test::fixedToday.addMonths(-6), DecisionOption::Recorded, {}});
        model.reload();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.sessionIdAt(1), m_id);
        QCOMPARE(model.index(0, SessionListModel::TitleColumn).data().toString(), QStringLiteral("Vélo pour tous"));
        QCOMPARE(model.index(0, SessionListModel::StatusColumn).data().toString(), QStringLiteral("Held"));

        QVERIFY(Edit::setDecision(ws(), m_id, Test::SessionFixture::decision(m_fixture->velo)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1, SessionListModel::DecidedColumn).data().toString(), QStringLiteral("1 of 2"));
        QVERIFY(Edit::removeSession(ws(), m_id));
        QCOMPARE(removed.size(), 1);
        ws().undoStack()->undo();
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowOf(m_id), 1);
    }

    void participants()
    {
        ParticipantModel model(ws(), m_id);
        QAbstractItemModelTester tester(&model, mode());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, ParticipantModel::RoleColumn).data().toString(), QStringLiteral("Chair"));
        QCOMPARE(model.index(0, ParticipantModel::RoleColumn).data(Qt::EditRole).toString(), QStringLiteral("chair"));
        QCOMPARE(model.index(3, ParticipantModel::VotingColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        QVERIFY(model.setData(model.index(1, ParticipantModel::NameColumn), QStringLiteral("Bruno Lefort")));
        QVERIFY(model.setData(model.index(1, ParticipantModel::RoleColumn), QStringLiteral("business-directorate")));
        QVERIFY(model.setData(model.index(1, ParticipantModel::PresentColumn), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(1, ParticipantModel::RoleColumn), QStringLiteral("king")));
        QSignalSpy refused(&model, &ParticipantModel::editRefused);
        QVERIFY(!model.setData(model.index(1, ParticipantModel::NameColumn), QStringLiteral(" ")));
        QCOMPARE(refused.size(), 1);
        const Participant p = ws().sessions().load(m_id)->participants[1];
        QCOMPARE(p.name, QStringLiteral("Bruno Lefort"));
        QCOMPARE(p.role, ParticipantRole::BusinessDirectorate);
        QVERIFY(!p.present);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(model.addParticipant({0, QStringLiteral("Eva"), QStringLiteral("DINUM"), ParticipantRole::PortfolioManager, true, false}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(model.removeParticipant(0));
        QCOMPARE(model.rowCount(), 5);
        ws().undoStack()->undo();
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Anne Leroy"));
    }

    void scoreGrid()
    {
        ScoreModel model(ws(), m_id, m_fixture->velo);
        QAbstractItemModelTester tester(&model, mode());
        QCOMPARE(model.rowCount(), 13);
        QCOMPARE(model.columnCount(), 3 + 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Anne Leroy"));
        QCOMPARE(model.headerData(model.meanColumn(), Qt::Horizontal).toString(), QStringLiteral("Mean"));
        // Group rows: 0, 5, 9.
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("The last 6 months"));
        QCOMPARE(model.index(0, 0).data(ScoreModel::QuestionRole).toInt(), 0);
        QCOMPARE(model.rowOfQuestion(1), 1);
        QCOMPARE(model.rowOfQuestion(5), 6);
        QCOMPARE(model.rowOfQuestion(10), 12);
        QVERIFY(model.index(6, 0).data().toString().startsWith(QStringLiteral("5. ")));
        QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(1, 1)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(1, model.meanColumn())) & Qt::ItemIsEditable));
        QCOMPARE(model.missing().size(), 3);

        const QModelIndex anneQ1 = model.index(1, 1);
        QVERIFY(model.setData(anneQ1, 4));
        QVERIFY(model.setData(model.index(1, 2), QStringLiteral("2")));
        QVERIFY(model.setData(anneQ1, QStringLiteral("Très clair"), ScoreModel::CommentRole));
        QCOMPARE(anneQ1.data().toInt(), 4);
        QCOMPARE(anneQ1.data(Qt::ToolTipRole).toString(), QStringLiteral("Très clair"));
        QCOMPARE(model.index(1, model.meanColumn()).data().toString(), QStringLiteral("3.0"));
        QCOMPARE(model.index(1, model.spreadColumn()).data().toString(), QStringLiteral("2.0"));
        QCOMPARE(model.index(0, model.meanColumn()).data().toString(), QStringLiteral("3.0"));
        QVERIFY(!model.index(2, model.meanColumn()).data().isValid());
        // Out of range, not a number, or a comment with no score: refused.
        QSignalSpy refused(&model, &ScoreModel::editRefused);
        QVERIFY(!model.setData(anneQ1, 7));
        QCOMPARE(refused.size(), 1);
        QVERIFY(!model.setData(anneQ1, QStringLiteral("good")));
        QCOMPARE(refused.size(), 2);  // each refusal says why
        QVERIFY2(refused.last().first().toString().contains(QStringLiteral("“good” is not a score")),
                 qPrintable(refused.last().first().toString()));
        QVERIFY(!model.setData(model.index(2, 1), QStringLiteral("x"), ScoreModel::CommentRole));
        QVERIFY(!model.setData(model.index(0, 1), 3));
        // Emptied: removed.
        QVERIFY(model.setData(model.index(1, 2), QString()));
        QVERIFY(!model.index(1, 2).data().isValid());
        ws().undoStack()->undo();
        QCOMPARE(model.index(1, 2).data().toInt(), 2);

        // The other product's grid is its own.
        model.setProduct(m_fixture->bus);
        QVERIFY(!model.index(1, 1).data().isValid());

        // A member who stops voting loses their column.
        ParticipantModel people(ws(), m_id);
        QVERIFY(people.setData(people.index(2, ParticipantModel::VotingColumn), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.columnCount(), 2 + 3);
    }

    void gridCompleteness()
    {
        ScoreModel model(ws(), m_id, m_fixture->velo);
        const Session s = *ws().sessions().load(m_id);
        for (int member = 0; member < 2; ++member) {
            for (int q = 1; q <= 10; ++q)
                QVERIFY(Edit::setScore(ws(), m_id, {m_fixture->velo, s.participants[member].id, q, 3, {}}));
        }
        QCOMPARE(model.missing().size(), 1);
        QCOMPARE(model.missing()[0].name, QStringLiteral("Chloé Martin"));
    }
};

QTEST_MAIN(TestSessionModels)
#include "tst_sessionmodels.moc"
