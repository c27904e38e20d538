#pragma once

#include "ColleagueRepository.h"
#include "Database.h"
#include "domain/Records.h"
#include "metrics/Series.h"

#include <optional>
#include <vector>

namespace rapport::core::storage {

// The reads behind the Insights series that FigureQueries does not cover: one colleague's
// entries per day, and where "all months" begins. Each is answered from an index.
class SeriesQueries final
{
public:
    explicit SeriesQueries(Database &db)
        : m_db(db)
    {
    }

    // The interactions a colleague took part in, by kind, and the thanks with them, by
    // direction, per day in [from, to]: one tally per stored group, unordered.
    Result<std::vector<metrics::DayTally>> colleagueTallies(Id colleagueId, Day from, Day to);
    // The earliest day that any figure counts: an interaction, a thanks or a commitment
    // closed; with one colleague, theirs only. None in an empty journal.
    Result<std::optional<Day>> earliestEntry(std::optional<Id> colleagueId);
    // Every colleague, archived too, by name: id, name and archived alone, so that
    // thousands of them read in a few milliseconds.
    Result<QList<ColleagueRef>> colleagueRefs();

private:
    Database &m_db;
};

} // namespace rapport::core::storage
