#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace rapport::core {

// A birthday is a full date or a month and day alone (written --MM-DD, as in vCard and
// ISO 8601 without a year).
struct Birthday
{
    int month = 0;
    int day = 0;
    std::optional<int> year;

    // "YYYY-MM-DD" or "--MM-DD" (also "--MMDD", which address books write).
    static std::optional<Birthday> parse(const QString &text);
    QString toString() const;
    // Whether the birthday falls on `date`. A 29 February birthday is remembered on
    // 28 February in common years, so it is never skipped.
    bool fallsOn(const QDate &date) const;

    friend bool operator==(const Birthday &, const Birthday &) = default;
};

} // namespace rapport::core
