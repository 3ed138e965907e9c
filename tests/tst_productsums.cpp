// ProductSums: a portfolio's amounts summed by product whatever the rows'
// order, kept by id in an array over a dense range of ids and in a hash
// outside it, and given back in product id order either way.

#include "storage/productsums.h"

#include <QTest>

using namespace Comite;

class TestProductSums : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

QTEST_APPLESS_MAIN(TestProductSums)
#include "tst_productsums.moc"
