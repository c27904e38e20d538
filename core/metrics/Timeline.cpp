#include "Timeline.h"

#include <algorithm>
#include <iterator>

namespace rapport::core::metrics {

namespace {

using ContactIt = std::vector<Day>::const_iterator;

// First contact day after `d`; duplicates of one day are skipped as a block this way.
ContactIt firstAfter(const ColleagueTimeline &c, qint64 d)
{
    return std::upper_bound(c.contactDays.begin(), c.contactDays.end(), d,
                            [](qint64 value, Day day) { return value < day; });
}

// Length of [first, last] in 64 bits, 0 when empty.
qint64 spanLength(qint64 first, qint64 last)
{
    return first > last ? 0 : last - first + 1;
}

// The days on which c is tracked, within `range`; empty for an archived colleague.
DayRange trackedWindow(const ColleagueTimeline &c, DayRange range, Day today)
{
    if (c.archived)
        return {};
    return intersect(range, DayRange{c.trackedSince, today});
}

} // namespace

DayRange intersect(DayRange a, DayRange b)
{
    const DayRange out{std::max(a.first, b.first), std::min(a.last, b.last)};
    // One spelling of "empty", so callers may compare with DayRange{}.
    return out.empty() ? DayRange{} : out;
}

DayRange monthOf(Day day)
{
    return {monthStart(day), nextMonthStart(day) - 1};
}

DayRange daysEnding(Day last, int days)
{
    if (days <= 0)
        return {};
    return {static_cast<Day>(qint64(last) - days + 1), last};
}

std::optional<Day> lastContact(const ColleagueTimeline &c, Day d)
{
    const auto it = firstAfter(c, d);
    if (it == c.contactDays.begin())
        return std::nullopt;
    return *std::prev(it);
}

Day anchor(const ColleagueTimeline &c, Day d)
{
    const auto last = lastContact(c, d);
    return last ? std::max(c.trackedSince, *last) : c.trackedSince;
}

std::optional<Day> nextDue(const ColleagueTimeline &c, Day today)
{
    if (c.cadenceDays <= 0)
        return std::nullopt;
    return anchor(c, today) + c.cadenceDays;
}

int overdueDays(const ColleagueTimeline &c, Day today)
{
    const auto due = nextDue(c, today);
    if (!due)
        return 0;
    return std::max(0, today - *due);
}

bool onTrack(const ColleagueTimeline &c, int k, Day d)
{
    return qint64(d) <= qint64(anchor(c, d)) + k;
}

bool tracked(const ColleagueTimeline &c, Day d, Day today)
{
    return !c.archived && d >= c.trackedSince && d <= today;
}

OnTrackCount countOnTrack(const ColleagueTimeline &c, int k, DayRange range, Day today)
{
    const DayRange window = trackedWindow(c, range, today);
    if (window.empty())
        return {};

    OnTrackCount count;
    count.tracked = window.length();

    // Inside the window every day is >= tracked since, so A(c, d) is the latest anchor
    // <= d, and anchors are tracked since plus the contact days after it. Anchor x rules
    // [x, next anchor - 1] and is on track on [x, x + k] of it.
    const qint64 lo = window.first;
    const qint64 hi = window.last;
    qint64 current = anchor(c, window.first);
    auto it = firstAfter(c, window.first);
    const auto end = c.contactDays.end();
    for (;;) {
        const bool more = it != end && *it <= hi;
        const qint64 next = more ? qint64(*it) : hi + 1;
        count.onTrack += spanLength(std::max(current, lo), std::min(current + k, next - 1));
        if (!more)
            break;
        current = next;
        while (it != end && *it == next)
            ++it; // the same day listed twice is one anchor
    }
    return count;
}

std::optional<double> consistency(const ColleagueTimeline &c, int k, DayRange range, Day today)
{
    const OnTrackCount count = countOnTrack(c, k, range, today);
    if (count.tracked == 0)
        return std::nullopt;
    return double(count.onTrack) / double(count.tracked);
}

std::optional<double> monthlyConsistency(std::span<const ColleagueTimeline> colleagues, DayRange month, Day today)
{
    OnTrackCount total;
    for (const ColleagueTimeline &c : colleagues) {
        if (c.cadenceDays <= 0 || c.archived)
            continue;
        const OnTrackCount count = countOnTrack(c, c.cadenceDays, month, today);
        total.onTrack += count.onTrack;
        total.tracked += count.tracked;
    }
    if (total.tracked == 0)
        return std::nullopt;
    return double(total.onTrack) / double(total.tracked);
}

int streak(const ColleagueTimeline &c, Day today)
{
    const int k = c.cadenceDays;
    if (k <= 0 || overdueDays(c, today) > 0)
        return 0;
    const auto end = firstAfter(c, today);
    if (end == c.contactDays.begin())
        return 0;

    // Walk back from the latest contact day <= today while the gaps stay within k.
    auto it = std::prev(end);
    Day previous = *it;
    int length = 1;
    while (it != c.contactDays.begin()) {
        --it;
        if (*it == previous)
            continue; // the same day listed twice is one contact day
        if (qint64(previous) - *it > k)
            break;
        previous = *it;
        ++length;
    }
    return length;
}

} // namespace rapport::core::metrics
