#pragma once

#include "Database.h"
#include "domain/Records.h"
#include "metrics/Ratios.h"
#include "metrics/Timeline.h"

#include <array>
#include <optional>
#include <vector>

namespace rapport::core::storage {

// What every figure needs to know of a colleague, without their profile.
struct ColleagueFigureRow
{
    Id id = 0;
    QString name;
    int cadenceDays = 0;
    Day trackedSince = 0;
    bool archived = false;
    std::optional<Day> snoozedUntil;
};

// Counts of one day, for monthly series.
struct DayCounts
{
    Day day = 0;
    std::array<int, kInteractionKindCount> interactionsByKind{};
    int gratitudeGiven = 0;
    int gratitudeReceived = 0;
};

struct ClosedCommitmentRow
{
    Id colleagueId = 0;
    CommitmentDirection direction = CommitmentDirection::Mine;
    metrics::PromiseOutcome outcome;
};

// The inputs of the health score and support balance over a window, for one colleague.
struct WindowFigures
{
    metrics::Ratings ratings;
    metrics::SupportCounts support;
};

// The reads behind the figures of DESIGN.md section 2. They read the aggregates the
// triggers keep (contact_day, interaction_day, gratitude_day), never the entries, and
// use SQLite's own API where rows are many.
class FigureQueries final
{
public:
    explicit FigureQueries(Database &db) : m_db(db) {}

    // Every colleague, archived too, by id.
    Result<std::vector<ColleagueFigureRow>> colleagues();
    Result<std::optional<ColleagueFigureRow>> colleague(Id id);

    struct Timelines
    {
        std::vector<metrics::ColleagueTimeline> timelines; // in the order of the rows
        std::vector<bool> truncated;                       // days before the first were left out
        std::vector<WindowFigures> window;                 // over the window asked for
    };
    // Timelines with the contact days in [from, upTo] plus the latest one before `from`
    // (enough for anchors and consistency from `from` on), and the window figures of
    // `window`, which must lie within [from, upTo].
    Result<Timelines> timelines(const std::vector<ColleagueFigureRow> &rows, Day from, Day upTo, metrics::DayRange window);
    // Every contact day <= upTo of one colleague, ascending.
    Result<std::vector<Day>> contactDays(Id colleagueId, Day upTo);
    Result<WindowFigures> windowFigures(Id colleagueId, metrics::DayRange window);
    // Interaction and gratitude counts per day in [from, to], days without any left out.
    Result<std::vector<DayCounts>> dayCounts(Day from, Day to);
    // Commitments closed in [from, to].
    Result<std::vector<ClosedCommitmentRow>> commitmentsClosed(Day from, Day to, std::optional<Id> colleagueId = {});

private:
    Database &m_db;
};

} // namespace rapport::core::storage
