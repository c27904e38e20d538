#include "Day.h"

#include <QRegularExpression>

namespace rapport::core {

std::optional<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

Day monthStart(Day day)
{
    const QDate date = fromDay(day);
    return toDay(QDate(date.year(), date.month(), 1));
}

Day nextMonthStart(Day day)
{
    const QDate date = fromDay(day);
    return toDay(QDate(date.year(), date.month(), 1).addMonths(1));
}

QString monthKey(Day day)
{
    return fromDay(day).toString(QStringLiteral("yyyy-MM"));
}

} // namespace rapport::core
