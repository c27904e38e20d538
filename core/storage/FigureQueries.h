#pragma once

#include "Database.h"
#include "domain/Records.h"
#include "metrics/Ratios.h"
#include "metrics/Timeline.h"

#include <QHash>

#include <array>
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

// Per-colleague inputs of the health score and support balance over a window.
struct ColleagueWindowFigures
{
    std::vector<int> qualities;
    metrics::SupportCounts support;
};

// The reads behind the figures of DESIGN.md section 2, shaped for the metrics: day
// numbers, distinct contact days, counts done by SQLite over covering indexes.
class FigureQueries final
{
public:
    explicit FigureQueries(Database &db) : m_db(db) {}

    // Every colleague, archived too, by id.
    Result<std::vector<ColleagueFigureRow>> colleagues();
    // Timelines of the given colleagues with their contact days in [from, upTo], plus
    // the latest contact day before `from` (enough for anchors and consistency from
    // `from` on). `complete` says whether days before that were left out.
    struct Timelines
    {
        std::vector<metrics::ColleagueTimeline> timelines; // in the order of `rows`
        std::vector<bool> truncated;
    };
    Result<Timelines> timelines(const std::vector<ColleagueFigureRow> &rows, Day from, Day upTo);
    // Every contact day <= upTo of one colleague, ascending.
    Result<std::vector<Day>> contactDays(Id colleagueId, Day upTo);
    // Distinct colleagues with a contact day in each range, archived ones included.
    Result<std::vector<int>> breadth(const std::vector<metrics::DayRange> &ranges);
    // Interaction and gratitude counts per day in [from, to], days without any left out.
    Result<std::vector<DayCounts>> dayCounts(Day from, Day to);
    // Commitments closed in [from, to].
    Result<std::vector<ClosedCommitmentRow>> commitmentsClosed(Day from, Day to, std::optional<Id> colleagueId = {});
    // Ratings and help counts per colleague for interactions in [from, to].
    Result<QHash<Id, ColleagueWindowFigures>> windowFigures(Day from, Day to, std::optional<Id> colleagueId = {});

private:
    Database &m_db;
};

} // namespace rapport::core::storage
