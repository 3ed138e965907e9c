// RowSync, data-driven: a two-column model follows a new list of rows and
// signals exactly what happened (inserts, removals, moves, changed rows and
// columns) under QAbstractItemModelTester; rows with duplicate keys are
// refused and leave the model unchanged.

#include "itemmodels/rowsync.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Comite;

namespace {
struct Row {
    int key = 0;
    QString text;
    QString note;
    bool operator==(const Row &) const = default;
};

// "1a/x,2b": key 1, text "a", note "x"; then key 2, text "b".
QList<Row> parse(const QString &spec)
{
    QList<Row> rows;
    for (const QString &item : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(QLatin1Char('/'));
        rows << Row{item.left(1).toInt(), parts[0].mid(1), parts.value(1)};
    }
    return rows;
}

class RowModel : public QAbstractTableModel
{
public:
    explicit RowModel(QList<Row> rows) : m_rows(std::move(rows)) {}
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        const Row &r = m_rows[index.row()];
        return index.column() == 0 ? r.text : r.note;
    }
    bool follow(const QList<Row> &next, bool byColumn)
    {
        auto key = [](const Row &r) { return r.key; };
        if (!byColumn)
            return RowSync::sync(*this, {}, m_rows, next, key);
        return RowSync::sync(*this, {}, m_rows, next, key, std::equal_to<Row>(),
                             RowSync::ChangedColumns<Row>([](const Row &a, const Row &b) {
                                 const int first = a.text != b.text ? 0 : a.note != b.note ? 1 : -1;
                                 const int last = a.note != b.note ? 1 : first;
                                 return std::pair{first, last};
                             }));
    }
    const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> m_rows;
};
} // namespace

class TestRowSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void follow_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("inserts");  // signals; -1: not checked
        QTest::addColumn<int>("removes");
        QTest::addColumn<int>("moves");
        QTest::addColumn<int>("changes");

        QTest::newRow("insert at front") << "1a,2b" << "0z,1a,2b" << 1 << 0 << 0 << 0;
        QTest::newRow("insert in the middle") << "1a,3c" << "1a,2b,3c" << 1 << 0 << 0 << 0;
        QTest::newRow("insert at the end") << "1a" << "1a,2b,3c" << 1 << 0 << 0 << 0;
        QTest::newRow("insert in two places") << "2b,4d" << "1a,2b,3c,4d" << 2 << 0 << 0 << 0;
        QTest::newRow("remove one") << "1a,2b,3c" << "1a,3c" << 0 << 1 << 0 << 0;
        QTest::newRow("remove two apart") << "1a,2b,3c,4d" << "2b,4d" << 0 << 2 << 0 << 0;
        QTest::newRow("change one") << "1a,2b,3c" << "1a,2x,3c" << 0 << 0 << 0 << 1;
        QTest::newRow("nothing") << "1a,2b" << "1a,2b" << 0 << 0 << 0 << 0;
        QTest::newRow("first moves to the end") << "1a,2b,3c,4d" << "2b,3c,4d,1a" << 0 << 0 << 1 << 0;
        QTest::newRow("last moves to the front") << "1a,2b,3c,4d" << "4d,1a,2b,3c" << 0 << 0 << 1 << 0;
        QTest::newRow("swap") << "1a,2b" << "2b,1a" << 0 << 0 << 1 << 0;
        QTest::newRow("move and change") << "1a,2b,3c" << "3x,1a,2b" << 0 << 0 << 1 << 1;
        QTest::newRow("empty to full") << "" << "1a,2b,3c" << 1 << 0 << 0 << 0;
        QTest::newRow("full to empty") << "1a,2b,3c" << "" << 0 << 1 << 0 << 0;
        QTest::newRow("everything at once") << "1a,2b,3c,4d,5e" << "6f,4x,1a,7g,3c" << -1 << -1 << -1 << -1;
        QTest::newRow("reversed") << "1a,2b,3c,4d,5e" << "5e,4d,3c,2b,1a" << 0 << 0 << -1 << 0;
    }

    void follow()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, inserts);
        QFETCH(int, removes);
        QFETCH(int, moves);
        QFETCH(int, changes);

        RowModel model(parse(before));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QVERIFY(model.follow(parse(after), false));
        QCOMPARE(model.rows(), parse(after));
        QCOMPARE(reset.size(), 0);
        if (inserts >= 0)
            QCOMPARE(inserted.size(), inserts);
        if (removes >= 0)
            QCOMPARE(removed.size(), removes);
        if (moves >= 0)
            QCOMPARE(moved.size(), moves);
        if (changes >= 0)
            QCOMPARE(changed.size(), changes);
        for (int i = 0; i < model.rowCount(); ++i)
            QCOMPARE(model.index(i, 0).data().toString(), parse(after)[i].text);
    }

    void changedColumnsOnly()
    {
        RowModel model(parse(QStringLiteral("1a/x,2b/y")));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.follow(parse(QStringLiteral("1a/z,2b/y")), true));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toModelIndex(), model.index(0, 1));
        QCOMPARE(changed[0][1].toModelIndex(), model.index(0, 1));
        QVERIFY(model.follow(parse(QStringLiteral("1a/z,2c/w")), true));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed[1][0].toModelIndex(), model.index(1, 0));
        QCOMPARE(changed[1][1].toModelIndex(), model.index(1, 1));
    }

    void duplicateKeysRefused()
    {
        RowModel model(parse(QStringLiteral("1a,2b")));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!model.follow(parse(QStringLiteral("1a,1b,3c")), false));
        QCOMPARE(model.rows(), parse(QStringLiteral("1a,2b")));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRowSync)
#include "tst_rowsync.moc"
