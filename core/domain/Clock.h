#pragma once

#include <QDate>
#include <QDateTime>

namespace rapport::core {

// Time comes from a clock object that is passed in, so tests and `--date` can pin "today".
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    explicit FixedClock(const QDate &today) : m_now(today.startOfDay()) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now;
};

} // namespace rapport::core
