#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace rapport::core {

// Dates are stored and computed as whole day numbers (days since 1970-01-01), which makes
// "today - last contact" plain integer arithmetic and keeps indexes small.
using Day = int;

inline constexpr qint64 kUnixEpochJulianDay = 2440588;

inline Day toDay(const QDate &date)
{
    return static_cast<Day>(date.toJulianDay() - kUnixEpochJulianDay);
}

inline QDate fromDay(Day day)
{
    return QDate::fromJulianDay(static_cast<qint64>(day) + kUnixEpochJulianDay);
}

// Strict ISO calendar date, YYYY-MM-DD; nullopt when malformed or not a real date.
std::optional<QDate> parseIsoDate(const QString &text);
inline QString isoDate(const QDate &date) { return date.toString(Qt::ISODate); }
inline QString isoDate(Day day) { return isoDate(fromDay(day)); }

// First day of the month that contains `day`, and of the month after it.
Day monthStart(Day day);
Day nextMonthStart(Day day);
// "YYYY-MM"
QString monthKey(Day day);

} // namespace rapport::core
