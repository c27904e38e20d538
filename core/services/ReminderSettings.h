#pragma once

#include <QTime>

#include <initializer_list>

namespace rapport::core {

// A set of weekdays (Qt::Monday .. Qt::Sunday).
class Weekdays
{
public:
    constexpr Weekdays() = default;
    constexpr Weekdays(std::initializer_list<Qt::DayOfWeek> days)
    {
        for (const Qt::DayOfWeek day : days)
            set(day, true);
    }
    static constexpr Weekdays workWeek()
    {
        return { Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday };
    }
    static constexpr Weekdays everyDay() { return fromBits(0x7f); }
    // Bit 0 is Monday, bit 6 Sunday.
    static constexpr Weekdays fromBits(unsigned bits)
    {
        Weekdays days;
        days.m_bits = bits & 0x7f;
        return days;
    }
    constexpr unsigned bits() const { return m_bits; }

    constexpr bool contains(int dayOfWeek) const
    {
        return dayOfWeek >= 1 && dayOfWeek <= 7 && (m_bits & (1u << (dayOfWeek - 1))) != 0;
    }
    constexpr void set(Qt::DayOfWeek day, bool on)
    {
        const unsigned bit = 1u << (int(day) - 1);
        m_bits = on ? (m_bits | bit) : (m_bits & ~bit);
    }
    constexpr bool isEmpty() const { return m_bits == 0; }

    friend constexpr bool operator==(Weekdays, Weekdays) = default;

private:
    unsigned m_bits = 0;
};

// What the reminder plan needs from the user's settings (Settings::reminderSettings()).
struct ReminderSettings
{
    QTime time = QTime(9, 0); // the daily reminder time, local
    bool enabled = true;
    // No notification from quietStart up to quietEnd (local; may wrap midnight; equal means
    // no quiet hours).
    QTime quietStart = QTime(21, 0);
    QTime quietEnd = QTime(8, 0);
    Weekdays daysOn = Weekdays::workWeek();

    // Whether `t` falls in the quiet hours: [quietStart, quietEnd), wrapping midnight when
    // quietStart > quietEnd.
    bool isQuiet(const QTime &t) const
    {
        if (quietStart == quietEnd)
            return false;
        if (quietStart < quietEnd)
            return t >= quietStart && t < quietEnd;
        return t >= quietStart || t < quietEnd;
    }

    friend bool operator==(const ReminderSettings &, const ReminderSettings &) = default;
};

} // namespace rapport::core
