#pragma once

#include "domain/Day.h"
#include "domain/Records.h"

#include <optional>
#include <span>
#include <vector>

namespace rapport::core::metrics {

// Inclusive range of days; empty when first > last.
struct DayRange
{
    Day first = 0;
    Day last = -1;

    bool empty() const { return first > last; }
    qint64 length() const { return empty() ? 0 : qint64(last) - first + 1; }
    bool contains(Day d) const { return d >= first && d <= last; }
    friend bool operator==(const DayRange &, const DayRange &) = default;
};

// Empty results are always DayRange{}, so they compare equal to one another.
DayRange intersect(DayRange a, DayRange b);
// The calendar month that contains `day`.
DayRange monthOf(Day day);
// The `days` days ending with `last` (e.g. 90 days ending today); DayRange{} when days <= 0.
DayRange daysEnding(Day last, int days);

// What the contact figures of DESIGN.md section 2 need to know about one colleague.
struct ColleagueTimeline
{
    Id id = 0;
    int cadenceDays = 0;
    Day trackedSince = 0;
    bool archived = false;
    // Contact days (interactions with them, gratitude with them), ascending. A day listed
    // more than once counts as one contact day, so callers need not deduplicate; the order
    // is required. May hold days before tracked since (history filled in later) and days
    // after "today": every function ignores the latter.
    std::vector<Day> contactDays;
};

// L(c, d): the latest contact day <= d.
std::optional<Day> lastContact(const ColleagueTimeline &c, Day d);
// A(c, d) = max(tracked since, L(c, d)).
Day anchor(const ColleagueTimeline &c, Day d);
// A(c, today) + k; none when the cadence is 0.
std::optional<Day> nextDue(const ColleagueTimeline &c, Day today);
// max(0, today - next due); 0 when the cadence is 0.
int overdueDays(const ColleagueTimeline &c, Day today);
// d <= A(c, d) + k. Requires k > 0.
bool onTrack(const ColleagueTimeline &c, int k, Day d);
// Tracked on d: d >= tracked since, d <= today, not archived.
bool tracked(const ColleagueTimeline &c, Day d, Day today);

struct OnTrackCount
{
    qint64 onTrack = 0;
    qint64 tracked = 0;
    friend bool operator==(const OnTrackCount &, const OnTrackCount &) = default;
};

// Tracked days in `range` and, of those, the days on track with cadence k (k > 0).
// Computed over the intervals between anchors, not day by day. An archived colleague has
// no tracked day, so both counts are 0.
OnTrackCount countOnTrack(const ColleagueTimeline &c, int k, DayRange range, Day today);
// Consistency of c over `range` with cadence k; none when c has no tracked day in it.
std::optional<double> consistency(const ColleagueTimeline &c, int k, DayRange range, Day today);
// Monthly consistency over all colleagues for `month` (any range works): cadenced
// colleagues only, with their current cadence; none when they have no tracked day in it.
std::optional<double> monthlyConsistency(std::span<const ColleagueTimeline> colleagues, DayRange month, Day today);
// Streak of c as of today (DESIGN.md section 2).
int streak(const ColleagueTimeline &c, Day today);

} // namespace rapport::core::metrics
