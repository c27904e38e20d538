#include "Birthday.h"

#include "Day.h"

#include <QRegularExpression>

namespace rapport::core {

std::optional<Birthday> Birthday::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (const auto full = parseIsoDate(trimmed))
        return Birthday{full->month(), full->day(), full->year()};

    static const QRegularExpression monthDay(QStringLiteral("^--(\\d{2})-?(\\d{2})$"));
    const auto match = monthDay.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const int month = match.captured(1).toInt();
    const int day = match.captured(2).toInt();
    // Checked against a leap year so that --02-29 is accepted.
    if (!QDate(2000, month, day).isValid())
        return std::nullopt;
    return Birthday{month, day, std::nullopt};
}

QString Birthday::toString() const
{
    if (year)
        return isoDate(QDate(*year, month, day));
    return QStringLiteral("--%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
}

bool Birthday::fallsOn(const QDate &date) const
{
    if (date.month() == month && date.day() == day)
        return true;
    return month == 2 && day == 29 && date.month() == 2 && date.day() == 28
        && !QDate::isLeapYear(date.year());
}

} // namespace rapport::core
