// IdMap: values by row id, in an array over a dense range of ids and in a
// hash outside it (or when the ids are too sparse), found either way and
// visited in id order. ProductSums: a portfolio's amounts summed by product
// whatever the rows' order, given back in product id order.

#include "storage/idmap.h"
#include "storage/productsums.h"

#include <QTest>

using namespace Comite;

class TestIdMap : public QObject
{
    Q_OBJECT

    static QList<std::pair<qint64, QString>> visited(const IdMap<QString> &map)
    {
        QList<std::pair<qint64, QString>> result;
        map.forEachInIdOrder([&](qint64 id, const QString &v) { result.append({id, v}); });
        return result;
    }

private Q_SLOTS:
    void findsInTheArrayAndOutsideIt()
    {
        IdMap<QString> map(10, 20);
        map[12] = QStringLiteral("b");
        map[20] = QStringLiteral("c");
        map[-5] = QStringLiteral("a");     // below the range
        map[1000] = QStringLiteral("d");   // above it
        QCOMPARE(*map.find(12), QStringLiteral("b"));
        QCOMPARE(*map.find(-5), QStringLiteral("a"));
        QCOMPARE(map.find(13), nullptr);  // in the range, never set
        QCOMPARE(map.find(999), nullptr);
        QCOMPARE(map.value(1000, QString()), QStringLiteral("d"));
        QCOMPARE(map.value(11, QStringLiteral("none")), QStringLiteral("none"));
        const QList<std::pair<qint64, QString>> inOrder{{-5, "a"}, {12, "b"}, {20, "c"}, {1000, "d"}};
        QCOMPARE(visited(map), inOrder);
    }

    // Ten ids spread over a million: a hash, not a million-entry array;
    // found and ordered the same.
    void sparseIdsUseTheHash()
    {
        IdMap<QString> sparse(1, 1'000'000, 10), dense(1, 1'000'000);
        for (qint64 id = 1; id <= 1'000'000; id += 100'000) {
            sparse[id] = QString::number(id);
            dense[id] = QString::number(id);
        }
        QCOMPARE(visited(sparse), visited(dense));
        QCOMPARE(visited(sparse).size(), 10);
        QCOMPARE(*sparse.find(900'001), QStringLiteral("900001"));
    }

    void sumsRowsInAnyOrder()
    {
        ProductSums sums(10, 20);
        // Month by month, as a window of spending comes.
        for (int month = 0; month < 3; ++month) {
            sums.add(15, 100);
            sums.add(11, 7);
            sums.add(20, 1);
        }
        QCOMPARE(sums.inIdOrder(), (ProductSums::Sums{{11, 21}, {15, 300}, {20, 3}}));
    }

    void aProductSummingToZeroKeepsItsTotal()
    {
        ProductSums sums(1, 5);
        sums.add(3, 0);
        sums.add(4, 50);
        sums.add(4, -50);
        QCOMPARE(sums.inIdOrder(), (ProductSums::Sums{{3, 0}, {4, 0}}));
    }

    // An id outside the range given (a product added since) still counts,
    // in its place in id order.
    void idsOutsideTheRangeGoToTheHash()
    {
        ProductSums sums(100, 200);
        sums.add(150, 5);
        sums.add(7, 1);
        sums.add(300, 2);
        sums.add(7, 1);
        QCOMPARE(sums.inIdOrder(), (ProductSums::Sums{{7, 2}, {150, 5}, {300, 2}}));
    }

    void noRangeOrTooWideARangeUsesTheHashAlone()
    {
        for (const auto &[first, last] : {std::pair<qint64, qint64>{1, 0}, {1, ProductSums::denseLimit + 1}}) {
            ProductSums sums(first, last);
            sums.add(ProductSums::denseLimit, 4);
            sums.add(2, 3);
            sums.add(ProductSums::denseLimit, 4);
            QCOMPARE(sums.inIdOrder(), (ProductSums::Sums{{2, 3}, {ProductSums::denseLimit, 8}}));
        }
    }

    void nothingAddedIsEmpty() { QVERIFY(ProductSums(1, 1000).inIdOrder().empty()); }
};

QTEST_APPLESS_MAIN(TestIdMap)
#include "tst_idmap.moc"
