// Result<T>: the value-or-Failure type storage calls and edits return
// instead of throwing.

#include "domain/result.h"

#include <QStringList>
#include <QTest>

#include <memory>

using namespace Comite;

namespace {

Result<int> parsePositive(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n <= 0)
        return makeFailure(QStringLiteral("Not a positive number: %1").arg(text),
                       QStringLiteral("toInt(\"%1\")").arg(text));
    return n;
}

// A failure travels up unchanged through a caller of another type.
Result<QString> doubled(const QString &text)
{
    const Result<int> n = parsePositive(text);
    if (!n)
        return n.error();
    return QString::number(n.value() * 2);
}

Result<void> check(bool good)
{
    if (!good)
        return makeFailure(QStringLiteral("Refused"));
    return success();
}

} // namespace

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successCarriesTheValue()
    {
        const Result<int> r = parsePositive(QStringLiteral("42"));
        QVERIFY(r.ok());
        QVERIFY(bool(r));
        QCOMPARE(r.value(), 42);
        QCOMPARE(*r, 42);
        QCOMPARE(r.valueOr(7), 42);
    }

    void failureCarriesMessageAndDetail()
    {
        const Result<int> r = parsePositive(QStringLiteral("-3"));
        QVERIFY(!r.ok());
        QVERIFY(!r);
        QCOMPARE(r.error().message, QStringLiteral("Not a positive number: -3"));
        QCOMPARE(r.error().detail, QStringLiteral("toInt(\"-3\")"));
        QCOMPARE(r.valueOr(7), 7);
    }

    void failurePropagatesAcrossTypes()
    {
        QCOMPARE(doubled(QStringLiteral("21")).value(), QStringLiteral("42"));
        const Result<QString> bad = doubled(QStringLiteral("abc"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().message, QStringLiteral("Not a positive number: abc"));
    }

    void voidResult()
    {
        QVERIFY(check(true).ok());
        const Result<void> bad = check(false);
        QVERIFY(!bad);
        QCOMPARE(bad.error().message, QStringLiteral("Refused"));
        QVERIFY(bad.error().detail.isEmpty());
        QVERIFY(success().ok());
    }

    void successHelperDeducesTheType()
    {
        const auto r = success(QStringList{QStringLiteral("a"), QStringLiteral("b")});
        static_assert(std::is_same_v<std::decay_t<decltype(r)>, Result<QStringList>>);
        QCOMPARE(r->size(), 2);
    }

    void moveOnlyValue()
    {
        Result<std::unique_ptr<int>> r(std::make_unique<int>(5));
        QVERIFY(r);
        std::unique_ptr<int> owned = std::move(r).value();
        QCOMPARE(*owned, 5);
    }
};

QTEST_APPLESS_MAIN(TestResult)
#include "tst_result.moc"
