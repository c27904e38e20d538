// The monthly series behind the Insights charts (core/metrics/Series.h), on hand-made
// values; each expectation is worked out in the comment beside it.

#include "metrics/Series.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

#include <vector>

namespace rapport::core::metrics {
namespace {

using test::day;

DayRange range(const char *first, const char *last)
{
    return { day(first), day(last) };
}

TEST(SeriesTest, MonthsThroughTodayEndOnTodayAndCrossTheYear)
{
    const std::vector<DayRange> months = monthsThrough(day("2024-11-20"), day("2025-02-10"));
    ASSERT_EQ(months.size(), 4u);
    EXPECT_EQ(months[0], range("2024-11-01", "2024-11-30"));
    EXPECT_EQ(months[1], range("2024-12-01", "2024-12-31"));
    EXPECT_EQ(months[2], range("2025-01-01", "2025-01-31"));
    EXPECT_EQ(months[3], range("2025-02-01", "2025-02-10"));
    // A start after today gives today's month alone.
    EXPECT_EQ(monthsThrough(day("2025-06-01"), day("2025-02-10")),
        std::vector<DayRange> { range("2025-02-01", "2025-02-10") });
}

TEST(SeriesTest, LastMonthsCountsCalendarMonthsEndingWithTodays)
{
    const std::vector<DayRange> months = lastMonths(day("2024-03-31"), 2);
    ASSERT_EQ(months.size(), 2u);
    EXPECT_EQ(months[0], range("2024-02-01", "2024-02-29")); // a leap February
    EXPECT_EQ(months[1], range("2024-03-01", "2024-03-31"));
    EXPECT_EQ(lastMonths(day("2024-03-31"), 12).front().first, day("2023-04-01"));
    EXPECT_EQ(lastMonths(day("2024-03-31"), 1).size(), 1u);
}

TEST(SeriesTest, TotalsAddTalliesOfTheSameDayInAnyOrder)
{
    const auto months = monthsThrough(day("2025-01-01"), day("2025-02-15"));
    std::vector<DayTally> tallies(5);
    tallies[0].day = day("2025-02-03");
    tallies[0].interactionsByKind[std::size_t(InteractionKind::Coffee)] = 2;
    tallies[1].day = day("2025-01-31");
    tallies[1].interactionsByKind[std::size_t(InteractionKind::Meal)] = 1;
    tallies[1].gratitudeGiven = 1;
    tallies[2].day = day("2025-02-03"); // same day again: adds up
    tallies[2].interactionsByKind[std::size_t(InteractionKind::Coffee)] = 1;
    tallies[2].gratitudeReceived = 2;
    tallies[3].day = day("2024-12-31"); // before the first month: left out
    tallies[3].interactionsByKind[std::size_t(InteractionKind::Coffee)] = 5;
    tallies[4].day = day("2025-02-16"); // after today: left out
    tallies[4].gratitudeGiven = 7;

    const auto totals = totalsPerMonth(tallies, months);
    ASSERT_EQ(totals.size(), 2u);
    EXPECT_EQ(totals[0].interactions, 1);
    EXPECT_EQ(totals[0].interactionsByKind[std::size_t(InteractionKind::Meal)], 1);
    EXPECT_EQ(totals[0].gratitudeGiven, 1);
    EXPECT_EQ(totals[0].gratitudeReceived, 0);
    EXPECT_EQ(totals[1].interactions, 3);
    EXPECT_EQ(totals[1].interactionsByKind[std::size_t(InteractionKind::Coffee)], 3);
    EXPECT_EQ(totals[1].gratitudeGiven, 0);
    EXPECT_EQ(totals[1].gratitudeReceived, 2);
}

TEST(SeriesTest, DistinctDaysAndBreadthCountEachDayAndColleagueOnce)
{
    const auto months = monthsThrough(day("2025-01-01"), day("2025-03-10"));
    const std::vector<Day> days { day("2024-12-31"), day("2025-01-05"), day("2025-01-05"), day("2025-01-31"),
        day("2025-03-10"), day("2025-03-11") };
    // Jan: the 5th (twice) and the 31st; Feb: none; Mar: the 10th (the 11th is after today).
    EXPECT_EQ(distinctDaysPerMonth(days, months), (std::vector<int> { 2, 0, 1 }));

    ColleagueTimeline a { 1, 7, day("2024-01-01"), false, days };
    ColleagueTimeline b { 2, 0, day("2024-01-01"), true,
        { day("2025-02-14"), day("2025-03-01") } }; // archived counts too
    ColleagueTimeline c { 3, 14, day("2024-01-01"), false, {} };
    const std::vector<ColleagueTimeline> timelines { a, b, c };
    EXPECT_EQ(breadthPerMonth(timelines, months), (std::vector<int> { 1, 1, 2 }));
    EXPECT_EQ(breadthPerMonth(std::span(timelines).first(1), months), (std::vector<int> { 1, 0, 1 }));
}

TEST(SeriesTest, ConsistencyPerMonthIsMonthlyConsistencyOfEachMonth)
{
    const auto months = monthsThrough(day("2025-01-01"), day("2025-02-10"));
    // Cadence 7 from 2025-01-01, contact on 01-10: on track Jan 1-8 and 10-17 (16 of 31);
    // in February the anchor is still 01-10, so 0 of 10 days.
    const ColleagueTimeline a { 1, 7, day("2025-01-01"), false, { day("2025-01-10") } };
    const std::vector<ColleagueTimeline> one { a };
    const auto values = consistencyPerMonth(one, months, day("2025-02-10"));
    ASSERT_EQ(values.size(), 2u);
    EXPECT_DOUBLE_EQ(*values[0], 16.0 / 31.0);
    EXPECT_DOUBLE_EQ(*values[1], 0.0);
    // No cadence, or archived: nothing to measure.
    const std::vector<ColleagueTimeline> none { { 2, 0, day("2025-01-01"), false, {} },
        { 3, 7, day("2025-01-01"), true, {} } };
    EXPECT_EQ(consistencyPerMonth(none, months, day("2025-02-10")),
        (std::vector<std::optional<double>> { std::nullopt, std::nullopt }));
}

TEST(SeriesTest, ReliabilityPerMonthGoesByTheClosingMonth)
{
    const auto months = monthsThrough(day("2025-01-01"), day("2025-03-31"));
    const std::vector<PromiseOutcome> closed {
        { CommitmentStatus::Done, day("2025-01-31"), day("2025-01-30") }, // Jan, on time
        { CommitmentStatus::Done, day("2025-01-31"), day("2025-02-02") }, // Feb, late
        { CommitmentStatus::Done, day("2025-02-28"), day("2025-02-28") }, // Feb, on time
        { CommitmentStatus::Dropped, day("2025-02-28"), day("2025-02-10") }, // Feb, dropped
        { CommitmentStatus::Done, day("2024-12-31"), day("2024-12-30") }, // before the range
        { CommitmentStatus::Open, day("2025-03-31"), std::nullopt }, // not closed
    };
    const auto values = reliabilityPerMonth(closed, months);
    ASSERT_EQ(values.size(), 3u);
    EXPECT_DOUBLE_EQ(*values[0], 1.0);
    EXPECT_DOUBLE_EQ(*values[1], 1.0 / 3.0);
    EXPECT_FALSE(values[2]);
}

TEST(SeriesTest, BalancesAreSortedAndTheMostLeaningKeptPastTheLimit)
{
    const std::vector<ColleagueSupport> support {
        { 1, { 1, 1 } }, // 0.5
        { 2, { 3, 1 } }, // 0.75
        { 3, { 0, 0 } }, // none: left out
        { 4, { 0, 2 } }, // 0.0
        { 5, { 1, 3 } }, // 0.25
        { 6, { 2, 0 } }, // 1.0
    };
    const RankedBalances all = rankBalances(support, 10);
    EXPECT_EQ(all.total, 5);
    ASSERT_EQ(all.shown.size(), 5u);
    const std::vector<Id> order { 4, 5, 1, 2, 6 };
    for (std::size_t i = 0; i < order.size(); ++i)
        EXPECT_EQ(all.shown[i].id, order[i]) << i;
    EXPECT_DOUBLE_EQ(all.shown[1].balance, 0.25);
    EXPECT_EQ(all.shown[1].counts.received, 3);

    // Three of five: 0.0 and 1.0 lean the most, then 0.25 and 0.75 tie and the lower id wins.
    const RankedBalances three = rankBalances(support, 3);
    EXPECT_EQ(three.total, 5);
    ASSERT_EQ(three.shown.size(), 3u);
    EXPECT_EQ(three.shown[0].id, 4);
    EXPECT_EQ(three.shown[1].id, 2);
    EXPECT_EQ(three.shown[2].id, 6);
}

} // namespace
} // namespace rapport::core::metrics
