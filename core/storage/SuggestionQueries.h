#pragma once

#include "Database.h"
#include "domain/Day.h"
#include "domain/Records.h"

#include <QString>

#include <optional>
#include <vector>

namespace rapport::core::storage {

// The reads behind the Today suggestions (DESIGN.md section 4). Archived colleagues are
// left out of each.
class SuggestionQueries final
{
public:
    explicit SuggestionQueries(Database &db)
        : m_db(db)
    {
    }

    struct FactRow
    {
        Id factId = 0;
        Id colleagueId = 0;
        QString name;
        QString text;
    };
    // Facts to follow up on `day`, unless their follow-up is done already; by name.
    Result<std::vector<FactRow>> factsToFollowUp(Day day);

    struct NewcomerRow
    {
        Id colleagueId = 0;
        QString name;
        Day started = 0;
    };
    // Colleagues who started on a day in [from, to] with no contact day up to `to`; the
    // earliest start first.
    Result<std::vector<NewcomerRow>> newcomersWithoutContact(Day from, Day to);

    struct DepartmentRow
    {
        QString department;
        int tracked = 0; // colleagues tracked on `today`
        Day trackedSince = 0; // the earliest of their tracked since
        std::optional<Day> lastContact; // the latest contact day up to `today` with any of them
    };
    // Every department with a colleague tracked on `today`.
    Result<std::vector<DepartmentRow>> departments(Day today);

    // Colleagues not archived with a touchbase cadence.
    Result<int> activeCadenced();

    // The latest help_received interaction with the colleague on `day`, if any.
    Result<std::optional<Id>> helpReceivedOn(Id colleagueId, Day day);

private:
    Database &m_db;
};

} // namespace rapport::core::storage
