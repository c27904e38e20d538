// Contact figures of DESIGN.md section 2. Every expectation is worked out by hand in the
// comment next to it; the randomized test at the end compares with a day-by-day reference.

#include "metrics/Timeline.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <random>
#include <set>

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

DayRange range(const char *first, const char *last)
{
    return {day(first), day(last)};
}

// --- Day ranges -------------------------------------------------------------------------

TEST(DayRangeTest, IntersectOverlapAndDisjoint)
{
    EXPECT_EQ(intersect(range("2024-01-10", "2024-01-31"), range("2024-01-01", "2024-01-20")),
              range("2024-01-10", "2024-01-20"));
    // [Jan 1, Jan 9] and [Jan 10, Jan 31] share no day; empty is always DayRange{}.
    const DayRange none = intersect(range("2024-01-01", "2024-01-09"), range("2024-01-10", "2024-01-31"));
    EXPECT_TRUE(none.empty());
    EXPECT_EQ(none, DayRange{});
    EXPECT_EQ(none.length(), 0);
    // A one-day overlap: both ranges hold Jan 9.
    EXPECT_EQ(intersect(range("2024-01-01", "2024-01-09"), range("2024-01-09", "2024-01-31")).length(), 1);
}

TEST(DayRangeTest, MonthOfKnowsMonthLengths)
{
    // 2024 is a leap year: February has 29 days; 2023 is not: 28.
    EXPECT_EQ(monthOf(day("2024-02-15")), range("2024-02-01", "2024-02-29"));
    EXPECT_EQ(monthOf(day("2024-02-15")).length(), 29);
    EXPECT_EQ(monthOf(day("2023-02-28")), range("2023-02-01", "2023-02-28"));
    EXPECT_EQ(monthOf(day("2023-02-01")).length(), 28);
    // Year boundary: Dec 31 and Jan 1 are in different months.
    EXPECT_EQ(monthOf(day("2023-12-31")), range("2023-12-01", "2023-12-31"));
    EXPECT_EQ(monthOf(day("2024-01-01")), range("2024-01-01", "2024-01-31"));
    EXPECT_EQ(monthOf(day("2024-04-30")).length(), 30);
}

TEST(DayRangeTest, DaysEnding)
{
    // 90 days ending 2024-03-01: Mar 1 (1) + Feb (29) + Jan (31) + Dec 3..31 (29) = 90.
    EXPECT_EQ(daysEnding(day("2024-03-01"), 90), range("2023-12-03", "2024-03-01"));
    // The same in 2023 (Feb has 28): Mar 1 (1) + Feb (28) + Jan (31) + Dec 2..31 (30) = 90.
    EXPECT_EQ(daysEnding(day("2023-03-01"), 90), range("2022-12-02", "2023-03-01"));
    EXPECT_EQ(daysEnding(day("2024-03-01"), 1), range("2024-03-01", "2024-03-01"));
    EXPECT_TRUE(daysEnding(day("2024-03-01"), 0).empty());
    EXPECT_EQ(daysEnding(day("2024-03-01"), -3), DayRange{});
}

// --- Anchor, next due, overdue ------------------------------------------------------------

TEST(TimelineTest, NoContactYetAnchorsOnTrackedSince)
{
    const auto c = person("2024-01-10", 7);
    const Day today = day("2024-01-20");
    EXPECT_EQ(lastContact(c, today), std::nullopt);
    EXPECT_EQ(anchor(c, today), day("2024-01-10"));
    // Next due = Jan 10 + 7 = Jan 17; overdue = Jan 20 - Jan 17 = 3.
    EXPECT_EQ(nextDue(c, today), day("2024-01-17"));
    EXPECT_EQ(overdueDays(c, today), 3);
    // On track through A + k = Jan 17, not on Jan 18.
    EXPECT_TRUE(onTrack(c, 7, day("2024-01-17")));
    EXPECT_FALSE(onTrack(c, 7, day("2024-01-18")));
    // Tracked Jan 10..20 = 11 days; on track Jan 10..17 = 8.
    EXPECT_EQ(countOnTrack(c, 7, monthOf(today), today), (OnTrackCount{8, 11}));
    EXPECT_DOUBLE_EQ(*consistency(c, 7, monthOf(today), today), 8.0 / 11.0);
    EXPECT_EQ(streak(c, today), 0); // no contact day yet
}

TEST(TimelineTest, NotOverdueOnTheDueDay)
{
    const auto c = person("2024-01-01", 14, {"2024-01-05"});
    // Due Jan 5 + 14 = Jan 19: overdue 0 on Jan 19, 1 on Jan 20.
    EXPECT_EQ(overdueDays(c, day("2024-01-19")), 0);
    EXPECT_EQ(overdueDays(c, day("2024-01-20")), 1);
    EXPECT_EQ(streak(c, day("2024-01-19")), 1); // a single contact
    EXPECT_EQ(streak(c, day("2024-01-20")), 0); // overdue today
}

TEST(TimelineTest, ContactsBeforeTrackedSince)
{
    // History filled in later: two contacts in February, tracked only from March 1.
    const auto c = person("2024-03-01", 10, {"2024-02-20", "2024-02-25"});
    const Day today = day("2024-03-05");
    EXPECT_EQ(lastContact(c, today), day("2024-02-25"));
    EXPECT_EQ(lastContact(c, day("2024-02-22")), day("2024-02-20"));
    EXPECT_EQ(lastContact(c, day("2024-02-19")), std::nullopt);
    // A = max(Mar 1, Feb 25) = Mar 1; the same before tracked since.
    EXPECT_EQ(anchor(c, today), day("2024-03-01"));
    EXPECT_EQ(anchor(c, day("2024-02-22")), day("2024-03-01"));
    EXPECT_EQ(nextDue(c, today), day("2024-03-11")); // Mar 1 + 10
    EXPECT_EQ(overdueDays(c, today), 0);
    // The streak is about contact days: Feb 25 - Feb 20 = 5 <= 10, so 2.
    EXPECT_EQ(streak(c, today), 2);
    // February lies wholly before tracked since: nothing tracked, consistency none.
    EXPECT_EQ(countOnTrack(c, 10, monthOf(day("2024-02-01")), today), (OnTrackCount{0, 0}));
    EXPECT_EQ(consistency(c, 10, monthOf(day("2024-02-01")), today), std::nullopt);
}

TEST(TimelineTest, RangePartlyBeforeTrackedSinceAndAfterToday)
{
    const auto c = person("2024-03-01", 10, {"2024-02-20"});
    // Range Feb 15..Mar 31, today Mar 15: tracked Mar 1..15 = 15 days.
    // A = Mar 1 throughout (Feb 20 < tracked since); on track through Mar 11 = 11 days.
    EXPECT_EQ(countOnTrack(c, 10, range("2024-02-15", "2024-03-31"), day("2024-03-15")), (OnTrackCount{11, 15}));
}

TEST(TimelineTest, EntriesAfterTodayAreIgnored)
{
    const auto c = person("2024-01-01", 7, {"2024-01-05", "2024-01-30"});
    const Day today = day("2024-01-20");
    // Jan 30 is after today: L = Jan 5, next due Jan 12, overdue 20 - 12 = 8.
    EXPECT_EQ(lastContact(c, today), day("2024-01-05"));
    EXPECT_EQ(nextDue(c, today), day("2024-01-12"));
    EXPECT_EQ(overdueDays(c, today), 8);
    EXPECT_EQ(streak(c, today), 0);
    // January up to today: tracked Jan 1..20 = 20. Anchor Jan 1 covers Jan 1..4 (all on,
    // Jan 1 + 7 = Jan 8); anchor Jan 5 covers Jan 5..20, on through Jan 12 = 8. 4 + 8 = 12.
    EXPECT_EQ(countOnTrack(c, 7, monthOf(today), today), (OnTrackCount{12, 20}));
    // A future contact does not start a streak either: the latest day <= today is Jan 5.
    const auto d = person("2024-01-01", 7, {"2024-01-05", "2024-01-08", "2024-01-30"});
    EXPECT_EQ(streak(d, day("2024-01-10")), 2); // Jan 8 - Jan 5 = 3 <= 7
}

TEST(TimelineTest, DuplicateContactDaysCountOnce)
{
    // Several contacts on one day are one contact day; repeated days in the input are fine.
    const auto dup = person("2024-01-01", 3, {"2024-01-05", "2024-01-05", "2024-01-10", "2024-01-10"});
    const auto once = person("2024-01-01", 3, {"2024-01-05", "2024-01-10"});
    const Day today = day("2024-01-15");
    // Anchor Jan 1 covers Jan 1..4, on through Jan 4 (4). Anchor Jan 5 covers Jan 5..9, on
    // through Jan 8 (4). Anchor Jan 10 covers Jan 10..15, on through Jan 13 (4). 12 of 15.
    EXPECT_EQ(countOnTrack(dup, 3, monthOf(today), today), (OnTrackCount{12, 15}));
    EXPECT_EQ(countOnTrack(once, 3, monthOf(today), today), (OnTrackCount{12, 15}));
    EXPECT_EQ(lastContact(dup, today), day("2024-01-10"));

    // Streak with k = 7 on Jan 15 (due Jan 17): Jan 10 - Jan 5 = 5 <= 7, so 2 distinct days.
    const auto dup7 = person("2024-01-01", 7, {"2024-01-05", "2024-01-05", "2024-01-10", "2024-01-10"});
    EXPECT_EQ(streak(dup7, today), 2);
    const auto triple = person("2024-01-01", 7, {"2024-01-10", "2024-01-10", "2024-01-10"});
    EXPECT_EQ(streak(triple, today), 1);
}

TEST(TimelineTest, ArchivedHasNoTrackedDays)
{
    const auto c = person("2024-01-01", 7, {"2024-01-05"}, /*archived=*/true);
    const Day today = day("2024-01-20");
    EXPECT_FALSE(tracked(c, day("2024-01-10"), today));
    EXPECT_EQ(countOnTrack(c, 7, monthOf(today), today), (OnTrackCount{0, 0}));
    EXPECT_EQ(consistency(c, 7, monthOf(today), today), std::nullopt);
    const std::vector<ColleagueTimeline> all{c};
    EXPECT_EQ(monthlyConsistency(all, monthOf(today), today), std::nullopt);
}

TEST(TimelineTest, TrackedBoundaries)
{
    const auto c = person("2024-01-10", 7);
    const Day today = day("2024-01-20");
    EXPECT_FALSE(tracked(c, day("2024-01-09"), today));
    EXPECT_TRUE(tracked(c, day("2024-01-10"), today));
    EXPECT_TRUE(tracked(c, day("2024-01-20"), today));
    EXPECT_FALSE(tracked(c, day("2024-01-21"), today));
    // Tracked since after today: no tracked day at all.
    EXPECT_EQ(countOnTrack(person("2024-02-01", 7), 7, monthOf(today), today), (OnTrackCount{0, 0}));
    // An empty range counts nothing.
    EXPECT_EQ(countOnTrack(c, 7, DayRange{}, today), (OnTrackCount{0, 0}));
}

TEST(TimelineTest, CadenceZero)
{
    const auto c = person("2024-01-01", 0, {"2024-01-05", "2024-01-06"});
    const Day today = day("2024-03-01");
    EXPECT_EQ(nextDue(c, today), std::nullopt);
    EXPECT_EQ(overdueDays(c, today), 0);
    EXPECT_EQ(streak(c, today), 0);
    // Not cadenced, so left out of monthly consistency.
    const std::vector<ColleagueTimeline> all{c};
    EXPECT_EQ(monthlyConsistency(all, monthOf(day("2024-02-01")), today), std::nullopt);
}

TEST(TimelineTest, AcrossTheYearBoundary)
{
    const auto c = person("2023-11-01", 14, {"2023-12-20", "2024-01-10"});
    const Day today = day("2024-01-31");
    // December: anchor Nov 1 (on through Nov 15) rules Dec 1..19: 0 on. Anchor Dec 20 is on
    // through Dec 20 + 14 = Jan 3, so all of Dec 20..31: 12. 12 of 31.
    EXPECT_EQ(countOnTrack(c, 14, monthOf(day("2023-12-01")), today), (OnTrackCount{12, 31}));
    // January: anchor Dec 20 still on Jan 1..3 (3); off Jan 4..9; anchor Jan 10 on through
    // Jan 24 (15); off Jan 25..31. 18 of 31.
    EXPECT_EQ(countOnTrack(c, 14, monthOf(day("2024-01-01")), today), (OnTrackCount{18, 31}));
    // Dec 15..Jan 15: tracked 17 + 15 = 32; on Dec 20..Jan 3 (15) + Jan 10..15 (6) = 21.
    EXPECT_EQ(countOnTrack(c, 14, range("2023-12-15", "2024-01-15"), today), (OnTrackCount{21, 32}));
    EXPECT_DOUBLE_EQ(*consistency(c, 14, range("2023-12-15", "2024-01-15"), today), 21.0 / 32.0);
    // Next due Jan 10 + 14 = Jan 24; overdue Jan 31 - Jan 24 = 7, so no streak.
    EXPECT_EQ(nextDue(c, today), day("2024-01-24"));
    EXPECT_EQ(overdueDays(c, today), 7);
    EXPECT_EQ(streak(c, today), 0);
    // On Jan 20: the gap Dec 20 -> Jan 10 is 21 days (11 in Dec + 10 in Jan) > 14: streak 1.
    EXPECT_EQ(streak(c, day("2024-01-20")), 1);
    // With k = 21 the gap is exactly k, which still chains: streak 2.
    auto wide = c;
    wide.cadenceDays = 21;
    EXPECT_EQ(streak(wide, day("2024-01-20")), 2);
}

TEST(TimelineTest, LeapFebruaryAgainstCommonFebruary)
{
    const auto c = person("2023-01-01", 10, {"2023-02-01", "2024-02-01"});
    const Day today = day("2024-12-31");
    // Each February: anchor Feb 1 on through Feb 11 = 11 days; tracked is the month.
    EXPECT_EQ(countOnTrack(c, 10, monthOf(day("2023-02-10")), today), (OnTrackCount{11, 28}));
    EXPECT_EQ(countOnTrack(c, 10, monthOf(day("2024-02-10")), today), (OnTrackCount{11, 29}));
    // Leap day itself: anchor Feb 1 + 10 = Feb 11 < Feb 29, so not on track.
    EXPECT_FALSE(onTrack(c, 10, day("2024-02-29")));
    // Feb 20 2024 + 10 days = Mar 1 (Feb 29 exists): a contact on Feb 20 covers Mar 1.
    const auto d = person("2024-01-01", 10, {"2024-02-20"});
    EXPECT_EQ(nextDue(d, day("2024-02-25")), day("2024-03-01"));
    EXPECT_TRUE(onTrack(d, 10, day("2024-03-01")));
    EXPECT_FALSE(onTrack(d, 10, day("2024-03-02")));
    // In 2023 the same contact is due Mar 2 (Feb 20 + 10: 8 days to Feb 28, then Mar 2).
    const auto e = person("2023-01-01", 10, {"2023-02-20"});
    EXPECT_EQ(nextDue(e, day("2023-02-25")), day("2023-03-02"));
}

TEST(TimelineTest, StreakStopsAtTheFirstWideGap)
{
    // k = 7. Gaps: Jan 1 -> Jan 20 = 19 (breaks), then 5, 7, 2. Run Jan 20..Feb 3 = 4.
    const auto c = person("2024-01-01", 7, {"2024-01-01", "2024-01-20", "2024-01-25", "2024-02-01", "2024-02-03"});
    EXPECT_EQ(streak(c, day("2024-02-05")), 4);
    // On Jan 30 the latest contact is Jan 25 (due Feb 1): Jan 20, Jan 25 = 2.
    EXPECT_EQ(streak(c, day("2024-01-30")), 2);
    // One contact per week for the whole of February 2024 across the leap day.
    const auto weekly = person("2024-02-01", 7, {"2024-02-01", "2024-02-08", "2024-02-15", "2024-02-22", "2024-02-29"});
    EXPECT_EQ(streak(weekly, day("2024-03-01")), 5);
}

TEST(TimelineTest, MonthlyConsistencyOverColleagues)
{
    const Day today = day("2024-04-10");
    const auto a = person("2024-01-01", 7, {"2024-03-10"});
    const auto b = person("2024-01-01", 0);                       // no cadence: left out
    const auto archived = person("2024-01-01", 7, {}, true);      // archived: left out
    const auto d = person("2024-03-20", 30);                      // joined mid-March
    const std::vector<ColleagueTimeline> all{a, b, archived, d};
    // March: a is off Mar 1..9 (anchor Jan 1 + 7), on Mar 10..17 = 8 of 31; d is on
    // Mar 20..31 (Mar 20 + 30 = Apr 19) = 12 of 12. (8 + 12) / (31 + 12) = 20/43.
    EXPECT_DOUBLE_EQ(*monthlyConsistency(all, monthOf(day("2024-03-01")), today), 20.0 / 43.0);
    // April up to today: a 0 of 10 (Mar 10 + 7 = Mar 17), d 10 of 10. 10/20.
    EXPECT_DOUBLE_EQ(*monthlyConsistency(all, monthOf(today), today), 0.5);
    // May is after today: nothing tracked.
    EXPECT_EQ(monthlyConsistency(all, monthOf(day("2024-05-01")), today), std::nullopt);
    // Nobody at all.
    EXPECT_EQ(monthlyConsistency({}, monthOf(today), today), std::nullopt);
}

// --- Randomized comparison with a day-by-day reference -------------------------------------

std::optional<Day> naiveLastContact(const ColleagueTimeline &c, Day d)
{
    std::optional<Day> best;
    for (const Day x : c.contactDays) {
        if (x <= d && (!best || x > *best))
            best = x;
    }
    return best;
}

Day naiveAnchor(const ColleagueTimeline &c, Day d)
{
    const auto last = naiveLastContact(c, d);
    return last && *last > c.trackedSince ? *last : c.trackedSince;
}

OnTrackCount naiveCount(const ColleagueTimeline &c, int k, DayRange r, Day today)
{
    OnTrackCount count;
    for (Day d = r.first; d <= r.last; ++d) {
        if (c.archived || d < c.trackedSince || d > today)
            continue;
        ++count.tracked;
        if (d <= naiveAnchor(c, d) + k)
            ++count.onTrack;
    }
    return count;
}

int naiveStreak(const ColleagueTimeline &c, Day today)
{
    const int k = c.cadenceDays;
    std::set<Day> days;
    for (const Day x : c.contactDays) {
        if (x <= today)
            days.insert(x);
    }
    if (k == 0 || days.empty() || today > naiveAnchor(c, today) + k)
        return 0;
    int length = 1;
    for (auto it = days.rbegin(); std::next(it) != days.rend(); ++it) {
        if (*it - *std::next(it) > k)
            break;
        ++length;
    }
    return length;
}

TEST(TimelineRandomTest, MatchesDayByDayReference)
{
    std::mt19937 rng(20240229); // fixed seed: failures reproduce
    const auto uniform = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const Day base = day("2023-11-15"); // spans a year end and a leap February

    for (int round = 0; round < 3000; ++round) {
        ColleagueTimeline c;
        c.cadenceDays = uniform(0, 40);
        c.trackedSince = base + uniform(0, 150);
        c.archived = uniform(0, 9) == 0;
        const int contacts = uniform(0, 15);
        for (int i = 0; i < contacts; ++i)
            c.contactDays.push_back(base + uniform(-60, 260)); // before tracked since, after today
        if (uniform(0, 3) == 0 && !c.contactDays.empty())
            c.contactDays.push_back(c.contactDays.front()); // a repeated day
        std::sort(c.contactDays.begin(), c.contactDays.end());
        const Day today = base + uniform(-10, 250);
        const int k = std::max(1, c.cadenceDays);
        const Day first = base + uniform(-70, 260);
        const DayRange r{first, first + uniform(-3, 200)};

        SCOPED_TRACE(testing::Message() << "round " << round << " today " << today << " since "
                                        << c.trackedSince << " k " << k << " range " << r.first << ".."
                                        << r.last);
        ASSERT_EQ(countOnTrack(c, k, r, today), naiveCount(c, k, r, today));
        const OnTrackCount expected = naiveCount(c, k, r, today);
        if (expected.tracked == 0)
            ASSERT_EQ(consistency(c, k, r, today), std::nullopt);
        else
            ASSERT_DOUBLE_EQ(*consistency(c, k, r, today), double(expected.onTrack) / double(expected.tracked));
        ASSERT_EQ(streak(c, today), naiveStreak(c, today));
        ASSERT_EQ(lastContact(c, today), naiveLastContact(c, today));
        ASSERT_EQ(anchor(c, r.first), naiveAnchor(c, r.first));
        const int overdue = c.cadenceDays == 0 ? 0 : std::max(0, today - (naiveAnchor(c, today) + c.cadenceDays));
        ASSERT_EQ(overdueDays(c, today), overdue);
        for (Day d = r.first; d <= std::min(r.last, r.first + 20); ++d) {
            ASSERT_EQ(onTrack(c, k, d), d <= naiveAnchor(c, d) + k);
            ASSERT_EQ(tracked(c, d, today), !c.archived && d >= c.trackedSince && d <= today);
        }
    }
}

TEST(TimelineRandomTest, MonthlyConsistencyMatchesSumOfReferences)
{
    std::mt19937 rng(7);
    const auto uniform = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const Day base = day("2023-12-01");

    for (int round = 0; round < 300; ++round) {
        std::vector<ColleagueTimeline> all(static_cast<std::size_t>(uniform(0, 6)));
        for (ColleagueTimeline &c : all) {
            c.cadenceDays = uniform(0, 3) == 0 ? 0 : uniform(1, 30);
            c.trackedSince = base + uniform(-30, 90);
            c.archived = uniform(0, 5) == 0;
            for (int i = uniform(0, 8); i > 0; --i)
                c.contactDays.push_back(base + uniform(-40, 120));
            std::sort(c.contactDays.begin(), c.contactDays.end());
        }
        const Day today = base + uniform(0, 120);
        const DayRange month = monthOf(base + uniform(-31, 120));

        OnTrackCount total;
        for (const ColleagueTimeline &c : all) {
            if (c.cadenceDays == 0)
                continue;
            const OnTrackCount one = naiveCount(c, c.cadenceDays, month, today);
            total.onTrack += one.onTrack;
            total.tracked += one.tracked;
        }
        SCOPED_TRACE(testing::Message() << "round " << round);
        if (total.tracked == 0)
            ASSERT_EQ(monthlyConsistency(all, month, today), std::nullopt);
        else
            ASSERT_DOUBLE_EQ(*monthlyConsistency(all, month, today), double(total.onTrack) / double(total.tracked));
    }
}

} // namespace
} // namespace rapport::core::metrics
