// Health score of DESIGN.md section 2, every part and score worked out by hand.

#include "metrics/Health.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <vector>

namespace rapport::core::metrics {
namespace {

using test::day;

ColleagueTimeline person(const char *since, int cadence, std::initializer_list<const char *> contacts = {},
                         bool archived = false)
{
    ColleagueTimeline c;
    c.id = 1;
    c.cadenceDays = cadence;
    c.trackedSince = day(since);
    c.archived = archived;
    for (const char *contact : contacts)
        c.contactDays.push_back(day(contact));
    return c;
}

// Keeps the spans of HealthInputs alive for the length of one test.
struct Inputs
{
    std::vector<int> qualities;
    SupportCounts support;
    std::vector<PromiseOutcome> promises;

    HealthInputs view() const { return {Ratings::of(qualities), support, promises}; }
};

// Tracked from Jan 2 2024 (the first of the 90 days ending Mar 31), k = 14, a contact every
// 10 days through the leap day: every one of the 90 days is on track, so C = 1, and the last
// contact is Mar 30, so on Mar 31 s = 1 and R = 1.
ColleagueTimeline steady()
{
    return person("2024-01-02", 14,
                  {"2024-01-10", "2024-01-20", "2024-01-30", "2024-02-09", "2024-02-19", "2024-02-29",
                   "2024-03-10", "2024-03-20", "2024-03-30"});
}

PromiseOutcome onTime()
{
    return {CommitmentStatus::Done, day("2024-03-01"), day("2024-03-01")};
}

TEST(HealthTest, CadenceZeroUsesThirtyAndNoContactYet)
{
    // Tracked since May 21, no contact, no cadence; today Jun 30.
    const auto c = person("2024-05-21", 0);
    const HealthParts parts = health(c, day("2024-06-30"), Inputs{}.view());
    EXPECT_EQ(parts.cadenceUsed, 30);
    // s = Jun 30 - May 21 = 10 (to May 31) + 30 = 40; R = 1 - (40 - 30) / 60 = 5/6.
    EXPECT_EQ(parts.daysSinceAnchor, 40);
    EXPECT_DOUBLE_EQ(parts.recency, 5.0 / 6.0);
    // 90 days ending Jun 30 start Apr 2, before tracked since: tracked May 21..Jun 30 = 41,
    // on track through May 21 + 30 = Jun 20: 11 + 20 = 31. C = 31/41.
    EXPECT_DOUBLE_EQ(parts.consistency, 31.0 / 41.0);
    EXPECT_EQ(parts.warmth, std::nullopt);
    EXPECT_EQ(parts.supportBalance, std::nullopt);
    EXPECT_EQ(parts.balance, std::nullopt);
    EXPECT_EQ(parts.promises, std::nullopt);
    // 100 (0.35 * 0.8333 + 0.30 * 0.7561) / 0.65 = 100 * 0.5185 / 0.65 = 79.77 -> 80.
    EXPECT_EQ(parts.score, 80);
}

TEST(HealthTest, RecencyDecaysLinearlyAndClampsAtZero)
{
    // k = 10, last contact Mar 1; the May contact is after every "today" below: ignored.
    const auto c = person("2024-01-01", 10, {"2024-03-01", "2024-05-01"});
    const Inputs none;
    const auto at = [&](const char *today) { return health(c, day(today), none.view()); };

    EXPECT_EQ(at("2024-03-11").daysSinceAnchor, 10);
    EXPECT_DOUBLE_EQ(at("2024-03-11").recency, 1.0);  // s = k
    EXPECT_DOUBLE_EQ(at("2024-03-12").recency, 0.95); // 1 - 1/20
    EXPECT_DOUBLE_EQ(at("2024-03-21").recency, 0.5);  // 1 - 10/20
    EXPECT_EQ(at("2024-03-31").daysSinceAnchor, 30);
    EXPECT_DOUBLE_EQ(at("2024-03-31").recency, 0.0); // 1 - 20/20
    EXPECT_EQ(at("2024-04-15").daysSinceAnchor, 45);  // 30 in March + 15
    EXPECT_DOUBLE_EQ(at("2024-04-15").recency, 0.0); // 1 - 35/20 < 0, clamped
}

TEST(HealthTest, RecencyOnTheDayOfContact)
{
    const auto c = person("2024-01-01", 7, {"2024-02-29"});
    const HealthParts parts = health(c, day("2024-02-29"), Inputs{}.view());
    EXPECT_EQ(parts.daysSinceAnchor, 0);
    EXPECT_DOUBLE_EQ(parts.recency, 1.0);
}

TEST(HealthTest, AllParts)
{
    Inputs in;
    in.qualities = {5, 4, 3, 4}; // mean 4 -> W = 3/4
    in.support = {3, 1};         // balance 3/4 -> B = 1 - 2 * 0.25 = 0.5
    in.promises = {
        onTime(),
        {CommitmentStatus::Done, day("2024-03-01"), day("2024-03-05")},    // late
        {CommitmentStatus::Dropped, day("2024-03-20"), day("2024-03-02")}, // dropped
        {CommitmentStatus::Open, day("2024-03-01"), std::nullopt},          // ignored
    }; // P = 1/3
    const HealthParts parts = health(steady(), day("2024-03-31"), in.view());
    EXPECT_EQ(parts.cadenceUsed, 14);
    EXPECT_EQ(parts.daysSinceAnchor, 1);
    EXPECT_DOUBLE_EQ(parts.recency, 1.0);
    EXPECT_DOUBLE_EQ(parts.consistency, 1.0);
    EXPECT_DOUBLE_EQ(*parts.warmth, 0.75);
    EXPECT_DOUBLE_EQ(*parts.supportBalance, 0.75);
    EXPECT_DOUBLE_EQ(*parts.balance, 0.5);
    EXPECT_DOUBLE_EQ(*parts.promises, 1.0 / 3.0);
    // 35 + 30 + 15 * 0.75 + 10 * 0.5 + 10 / 3 = 35 + 30 + 11.25 + 5 + 3.33 = 84.58 -> 85.
    EXPECT_EQ(parts.score, 85);
}

TEST(HealthTest, BalanceIsBestAsATwoWayStreet)
{
    Inputs in;
    in.support = {0, 5}; // balance 0 -> B = 1 - 2 * 0.5 = 0
    HealthParts parts = health(steady(), day("2024-03-31"), in.view());
    EXPECT_DOUBLE_EQ(*parts.supportBalance, 0.0);
    EXPECT_DOUBLE_EQ(*parts.balance, 0.0);
    // 100 (35 + 30 + 0) / 75 = 86.67 -> 87.
    EXPECT_EQ(parts.score, 87);

    in.support = {1, 3}; // balance 1/4 -> B = 1 - 2 * 0.25 = 0.5
    parts = health(steady(), day("2024-03-31"), in.view());
    EXPECT_DOUBLE_EQ(*parts.balance, 0.5);
    // 100 (35 + 30 + 5) / 75 = 93.33 -> 93.
    EXPECT_EQ(parts.score, 93);
}

TEST(HealthTest, ScoreRoundsHalvesAwayFromZero)
{
    Inputs in;
    in.qualities = {3};       // W = 0.5
    in.support = {2, 2};      // B = 1
    in.promises = {onTime()}; // P = 1
    // 35 + 30 + 7.5 + 10 + 10 = 92.5 exactly -> 93.
    EXPECT_EQ(health(steady(), day("2024-03-31"), in.view()).score, 93);

    in.qualities = {5, 4, 4}; // mean 13/3 -> W = 5/6, 15 * 5/6 = 12.5
    // 35 + 30 + 12.5 + 10 + 10 = 97.5 -> 98.
    EXPECT_EQ(health(steady(), day("2024-03-31"), in.view()).score, 98);
}

TEST(HealthTest, ScoreHalfSurvivesFloatingPoint)
{
    // Naive double arithmetic gives 77.49999999999999 here; the true value is 77.5.
    Inputs in;
    in.qualities = {2, 1, 1, 1, 1}; // mean 6/5 -> W = (1/5) / 4 = 1/20
    const PromiseOutcome late{CommitmentStatus::Done, day("2024-03-01"), day("2024-03-02")};
    in.promises = {onTime(), onTime(), late, late, late}; // P = 2/5
    // No B: 100 (35 + 30 + 15/20 + 10 * 2/5) / 90 = 100 * 69.75 / 90 = 77.5 -> 78.
    EXPECT_EQ(health(steady(), day("2024-03-31"), in.view()).score, 78);
}

TEST(HealthTest, ScoreRoundsBelowHalfDown)
{
    Inputs in;
    in.promises = {onTime(), {CommitmentStatus::Dropped, day("2024-03-01"), day("2024-03-01")},
                   {CommitmentStatus::Dropped, day("2024-03-01"), day("2024-03-01")}}; // P = 1/3
    // No W, no B: 100 (35 + 30 + 3.33) / 75 = 91.11 -> 91.
    EXPECT_EQ(health(steady(), day("2024-03-31"), in.view()).score, 91);

    Inputs cool;
    cool.qualities = {2}; // W = 0.25
    // 100 (35 + 30 + 3.75) / 80 = 85.94 -> 86.
    EXPECT_EQ(health(steady(), day("2024-03-31"), cool.view()).score, 86);
}

TEST(HealthTest, PerfectScore)
{
    Inputs in;
    in.qualities = {5, 5};
    in.support = {1, 1};
    in.promises = {onTime()};
    EXPECT_EQ(health(steady(), day("2024-03-31"), in.view()).score, 100);
}

TEST(HealthTest, ConsistencyUsesTheNinetyDaysAndTheDefaultCadence)
{
    // Cadence 0 -> k = 30. Tracked long before; one contact Jan 15 2024; today Mar 31 2024.
    const auto c = person("2023-01-01", 0, {"2024-01-15"});
    const HealthParts parts = health(c, day("2024-03-31"), Inputs{}.view());
    // Window Jan 2..Mar 31 (90). Jan 2..14 off (anchor 2023-01-01); anchor Jan 15 on through
    // Feb 14: 17 + 14 = 31. C = 31/90.
    EXPECT_DOUBLE_EQ(parts.consistency, 31.0 / 90.0);
    // s = Jan 15 -> Mar 31 = 16 + 29 + 31 = 76; R = 1 - 46/60 = 7/30.
    EXPECT_EQ(parts.daysSinceAnchor, 76);
    EXPECT_DOUBLE_EQ(parts.recency, 7.0 / 30.0);
    // 100 (0.35 * 7/30 + 0.30 * 31/90) / 0.65 = 100 (0.08167 + 0.10333) / 0.65 = 28.46 -> 28.
    EXPECT_EQ(parts.score, 28);
}

TEST(HealthTest, ContactBeforeTrackedSinceDoesNotMoveTheAnchor)
{
    // Tracked from Mar 1, history filled in: a contact on Feb 20. A(today) = Mar 1.
    const auto c = person("2024-03-01", 7, {"2024-02-20"});
    Inputs in;
    in.qualities = {4}; // W = 0.75
    const HealthParts parts = health(c, day("2024-03-05"), in.view());
    EXPECT_EQ(parts.daysSinceAnchor, 4); // Mar 5 - Mar 1
    EXPECT_DOUBLE_EQ(parts.recency, 1.0);
    // Tracked Mar 1..5, all on track (Mar 1 + 7 = Mar 8): C = 1.
    EXPECT_DOUBLE_EQ(parts.consistency, 1.0);
    // 100 (35 + 30 + 11.25) / 80 = 95.31 -> 95.
    EXPECT_EQ(parts.score, 95);
}

TEST(HealthTest, ArchivedHasNoConsistencyDaysSoCIsOne)
{
    const auto c = person("2024-01-01", 7, {"2024-03-01"}, /*archived=*/true);
    const HealthParts parts = health(c, day("2024-03-31"), Inputs{}.view());
    // s = 30; R = max(0, 1 - 23/14) = 0. No tracked day in the 90: C = 1.
    EXPECT_DOUBLE_EQ(parts.recency, 0.0);
    EXPECT_DOUBLE_EQ(parts.consistency, 1.0);
    // 100 (0 + 30) / 65 = 46.15 -> 46.
    EXPECT_EQ(parts.score, 46);
}

TEST(HealthTest, TrackedSinceTodayHasOneTrackedDay)
{
    const auto c = person("2024-01-01", 30);
    const HealthParts parts = health(c, day("2024-01-01"), Inputs{}.view());
    // s = 0, R = 1; the only tracked day is today, on track: C = 1. Score 100.
    EXPECT_EQ(parts.daysSinceAnchor, 0);
    EXPECT_DOUBLE_EQ(parts.consistency, 1.0);
    EXPECT_EQ(parts.score, 100);
}

} // namespace
} // namespace rapport::core::metrics
