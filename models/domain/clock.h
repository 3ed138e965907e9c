#pragma once
// Where "now" comes from. Everything that depends on the date or time takes
// a Clock so tests can fix or advance it instead of sleeping.

#include <QDate>
#include <QDateTime>

namespace Comite {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }

    // The process-wide system clock.
    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime now) : m_now(std::move(now)) {}
    explicit ManualClock(QDate today) : m_now(today.startOfDay().addSecs(9 * 3600)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advanceMSecs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace Comite
