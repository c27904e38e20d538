#pragma once

#include "Database.h"
#include "domain/Day.h"
#include "domain/Records.h"

#include <vector>

namespace rapport::core::storage {

// The reads behind the due list (DESIGN.md section 3). Archived colleagues are left out.
class DueQueries final
{
public:
    explicit DueQueries(Database &db) : m_db(db) {}

    struct Cadenced
    {
        Id id = 0;
        QString name;
        int cadenceDays = 0;
        Day trackedSince = 0;
        std::optional<Day> snoozedUntil;
        std::optional<Day> lastContact; // L(c, today)
    };
    Result<std::vector<Cadenced>> cadencedColleagues(Day today);

    struct Entry
    {
        Id id = 0;
        Id colleagueId = 0;
        QString colleagueName;
        QString what;
        Day due = 0;
    };
    Result<std::vector<Entry>> openFollowUpsDueBy(Day day);
    Result<std::vector<Entry>> openPromisesOfMineDueBy(Day day);
    // What colleagues promised me (the calendar export lists these too).
    Result<std::vector<Entry>> openPromisesOfTheirsDueBy(Day day);

    // Colleagues with a birthday on these month-days (month * 100 + day).
    Result<std::vector<Entry>> birthdays(const std::vector<int> &monthDays);
    // Colleagues whose birthday reminder is snoozed until `day`; `due` holds the birthday's
    // month * 100 + day.
    Result<std::vector<Entry>> birthdaysSnoozedUntil(Day day);

private:
    Result<std::vector<Entry>> entries(const char *sql, Day day);
    Database &m_db;
};

} // namespace rapport::core::storage
