#pragma once

#include "Ratios.h"
#include "Timeline.h"

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace rapport::core::metrics {

// Monthly series for the charts of DESIGN.md section 5, as pure functions over plain
// values. `months` is always ascending and disjoint, as monthsThrough() makes it.

// The calendar months from the month of `from` through the month of `today`, oldest
// first; the last one ends on today. Just today's month when `from` is after it.
std::vector<DayRange> monthsThrough(Day from, Day today);
// The `count` calendar months ending with today's month (count >= 1).
std::vector<DayRange> lastMonths(Day today, int count);

// Entries counted on one day: interactions by kind, thanks by direction. A day may come
// in several tallies (one per stored row); they add up.
struct DayTally
{
    Day day = 0;
    std::array<int, kInteractionKindCount> interactionsByKind {};
    int gratitudeGiven = 0;
    int gratitudeReceived = 0;
};

struct MonthTotals
{
    std::array<int, kInteractionKindCount> interactionsByKind {};
    int interactions = 0;
    int gratitudeGiven = 0;
    int gratitudeReceived = 0;
};

// Tallies summed per month, in any order; days outside every month are left out.
std::vector<MonthTotals> totalsPerMonth(std::span<const DayTally> tallies, std::span<const DayRange> months);
// Distinct days of `days` (ascending, repeats allowed) in each month: a colleague's
// contact days per month.
std::vector<int> distinctDaysPerMonth(std::span<const Day> days, std::span<const DayRange> months);
// Breadth: how many of the timelines have a contact day in each month (archived ones
// too). For one timeline, 1 or 0.
std::vector<int> breadthPerMonth(std::span<const ColleagueTimeline> timelines, std::span<const DayRange> months);
// monthlyConsistency() of each month: cadenced, non-archived timelines only; for a single
// timeline that is the consistency of that colleague with their cadence.
std::vector<std::optional<double>> consistencyPerMonth(
    std::span<const ColleagueTimeline> timelines, std::span<const DayRange> months, Day today);
// Promise reliability of the commitments closed in each month. The caller picks which
// (DESIGN.md: direction `mine`); those without a closing date are left out.
std::vector<std::optional<double>> reliabilityPerMonth(
    std::span<const PromiseOutcome> closed, std::span<const DayRange> months);

// Help given and received with one colleague over a window.
struct ColleagueSupport
{
    Id id = 0;
    SupportCounts counts;
};

struct RankedBalance
{
    Id id = 0;
    SupportCounts counts;
    double balance = 0; // given / (given + received)
};

struct RankedBalances
{
    std::vector<RankedBalance> shown; // by balance, then by id
    int total = 0; // colleagues with a balance, shown or not
};

// The colleagues with a support balance (help either way), by balance ascending and then
// by id. When more than `limit` (> 0) have one, the `limit` furthest from 0.5 are kept,
// ties by id: the relationships that lean the most are the ones worth a look.
RankedBalances rankBalances(std::span<const ColleagueSupport> colleagues, int limit);

} // namespace rapport::core::metrics
