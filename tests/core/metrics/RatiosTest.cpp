// Support balance, promise reliability and warmth (DESIGN.md section 2), hand-computed.

#include "metrics/Ratios.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

#include <vector>

namespace rapport::core::metrics {
namespace {

using test::day;

PromiseOutcome done(const char *due, const char *closed)
{
    return {CommitmentStatus::Done, day(due), day(closed)};
}

PromiseOutcome dropped(const char *due, const char *closed)
{
    return {CommitmentStatus::Dropped, day(due), day(closed)};
}

PromiseOutcome open(const char *due)
{
    return {CommitmentStatus::Open, day(due), std::nullopt};
}

std::optional<double> reliability(const std::vector<PromiseOutcome> &promises)
{
    return promiseReliability(promises);
}

std::optional<double> warmthOf(const std::vector<int> &qualities)
{
    return warmth(qualities);
}

// --- Support balance ---------------------------------------------------------------------

TEST(SupportBalanceTest, NoneWhenNothingGivenOrReceived)
{
    EXPECT_EQ(supportBalance({0, 0}), std::nullopt);
}

TEST(SupportBalanceTest, GivenOverTotal)
{
    EXPECT_DOUBLE_EQ(*supportBalance({3, 1}), 0.75); // 3 / (3 + 1)
    EXPECT_DOUBLE_EQ(*supportBalance({2, 2}), 0.5);  // a two-way street
    EXPECT_DOUBLE_EQ(*supportBalance({0, 4}), 0.0);  // only received
    EXPECT_DOUBLE_EQ(*supportBalance({5, 0}), 1.0);  // only given
    EXPECT_DOUBLE_EQ(*supportBalance({1, 2}), 1.0 / 3.0);
}

// --- Promise reliability -----------------------------------------------------------------

TEST(PromiseReliabilityTest, NoneWithoutClosedPromises)
{
    EXPECT_EQ(reliability({}), std::nullopt);
    // Open ones do not count at all, so the denominator stays 0.
    EXPECT_EQ(reliability({open("2024-01-10"), open("2023-12-01")}), std::nullopt);
}

TEST(PromiseReliabilityTest, OnTimeMeansClosedOnOrBeforeDue)
{
    EXPECT_DOUBLE_EQ(*reliability({done("2024-01-10", "2024-01-10")}), 1.0); // on the day
    EXPECT_DOUBLE_EQ(*reliability({done("2024-01-10", "2024-01-02")}), 1.0); // early
    EXPECT_DOUBLE_EQ(*reliability({done("2024-01-10", "2024-01-11")}), 0.0); // one day late
}

TEST(PromiseReliabilityTest, LateAcrossMonthAndYearBoundaries)
{
    // Due Dec 31, done Jan 1: late. Due Jan 31, done Feb 1: late.
    EXPECT_DOUBLE_EQ(*reliability({done("2023-12-31", "2024-01-01")}), 0.0);
    EXPECT_DOUBLE_EQ(*reliability({done("2024-01-31", "2024-02-01")}), 0.0);
    // Due on the leap day and done then: on time; done Mar 1: late.
    EXPECT_DOUBLE_EQ(*reliability({done("2024-02-29", "2024-02-29")}), 1.0);
    EXPECT_DOUBLE_EQ(*reliability({done("2024-02-29", "2024-03-01")}), 0.0);
}

TEST(PromiseReliabilityTest, DroppedCountsAgainstEvenWhenEarly)
{
    // Dropped is in the denominator only, whenever it was closed.
    EXPECT_DOUBLE_EQ(*reliability({dropped("2024-01-10", "2024-01-05")}), 0.0);
    // 1 on time / (1 done + 1 dropped) = 0.5.
    EXPECT_DOUBLE_EQ(*reliability({done("2024-01-10", "2024-01-09"), dropped("2024-01-10", "2024-01-20")}), 0.5);
}

TEST(PromiseReliabilityTest, Mixed)
{
    // On time: 2 (Mar 1 <= Mar 1, Feb 20 <= Mar 5). Late: 1. Dropped: 1. Open: 2, ignored.
    // 2 / (3 done + 1 dropped) = 0.5.
    const std::vector<PromiseOutcome> promises{
        done("2024-03-01", "2024-03-01"), done("2024-03-05", "2024-02-20"), done("2024-03-01", "2024-03-05"),
        dropped("2024-03-10", "2024-03-02"), open("2024-03-01"), open("2024-04-01"),
    };
    EXPECT_DOUBLE_EQ(*reliability(promises), 0.5);
    // Without the dropped one: 2 / 3.
    EXPECT_DOUBLE_EQ(*reliability({promises[0], promises[1], promises[2]}), 2.0 / 3.0);
}

TEST(PromiseReliabilityTest, DoneWithoutClosingDateIsNotOnTime)
{
    // Chosen: it is closed (denominator) but cannot be shown to be on time. 1 / 2.
    const PromiseOutcome undated{CommitmentStatus::Done, day("2024-01-10"), std::nullopt};
    EXPECT_DOUBLE_EQ(*reliability({undated, done("2024-01-10", "2024-01-10")}), 0.5);
}

// --- Warmth ------------------------------------------------------------------------------

TEST(WarmthTest, NoneWhenNothingRated)
{
    EXPECT_EQ(warmthOf({}), std::nullopt);
}

TEST(WarmthTest, MeanQualityScaledToZeroOne)
{
    EXPECT_DOUBLE_EQ(*warmthOf({5}), 1.0);               // (5 - 1) / 4
    EXPECT_DOUBLE_EQ(*warmthOf({1}), 0.0);               // (1 - 1) / 4
    EXPECT_DOUBLE_EQ(*warmthOf({3}), 0.5);               // (3 - 1) / 4
    EXPECT_DOUBLE_EQ(*warmthOf({1, 2, 3, 4, 5}), 0.5);   // mean 3
    EXPECT_DOUBLE_EQ(*warmthOf({4, 5}), 0.875);          // mean 4.5 -> 3.5 / 4
    EXPECT_DOUBLE_EQ(*warmthOf({2, 3}), 0.375);          // mean 2.5 -> 1.5 / 4
    EXPECT_DOUBLE_EQ(*warmthOf({5, 4, 4}), 5.0 / 6.0);   // mean 13/3 -> (10/3) / 4
    EXPECT_DOUBLE_EQ(*warmthOf({2, 2, 2, 2}), 0.25);     // mean 2
}

TEST(WarmthTest, ValuesOutsideOneToFiveAreNotRatings)
{
    // Chosen: skip them, so warmth stays within 0..1. Only the 4 counts: (4 - 1) / 4.
    EXPECT_DOUBLE_EQ(*warmthOf({0, 6, 4}), 0.75);
    EXPECT_EQ(warmthOf({0, -1, 9}), std::nullopt);
}

} // namespace
} // namespace rapport::core::metrics
