#include "Series.h"

#include <algorithm>
#include <cmath>

namespace rapport::core::metrics {
namespace {

// Index of the month that contains `day`, or months.size() when none does.
std::size_t monthIndex(std::span<const DayRange> months, Day day)
{
    const auto it
        = std::upper_bound(months.begin(), months.end(), day, [](Day d, const DayRange &m) { return d < m.first; });
    if (it == months.begin())
        return months.size();
    const auto index = std::size_t(std::prev(it) - months.begin());
    return months[index].contains(day) ? index : months.size();
}

} // namespace

std::vector<DayRange> monthsThrough(Day from, Day today)
{
    std::vector<DayRange> months;
    for (Day first = monthStart(std::min(from, today)); first <= today; first = nextMonthStart(first))
        months.push_back({ first, std::min(today, nextMonthStart(first) - 1) });
    return months;
}

std::vector<DayRange> lastMonths(Day today, int count)
{
    const QDate date = fromDay(today);
    const QDate first = QDate(date.year(), date.month(), 1).addMonths(-(std::max(count, 1) - 1));
    return monthsThrough(toDay(first), today);
}

std::vector<MonthTotals> totalsPerMonth(std::span<const DayTally> tallies, std::span<const DayRange> months)
{
    std::vector<MonthTotals> totals(months.size());
    for (const DayTally &tally : tallies) {
        const std::size_t m = monthIndex(months, tally.day);
        if (m == months.size())
            continue;
        MonthTotals &month = totals[m];
        for (std::size_t k = 0; k < tally.interactionsByKind.size(); ++k) {
            month.interactionsByKind[k] += tally.interactionsByKind[k];
            month.interactions += tally.interactionsByKind[k];
        }
        month.gratitudeGiven += tally.gratitudeGiven;
        month.gratitudeReceived += tally.gratitudeReceived;
    }
    return totals;
}

std::vector<int> distinctDaysPerMonth(std::span<const Day> days, std::span<const DayRange> months)
{
    std::vector<int> counts(months.size(), 0);
    std::size_t m = 0;
    std::optional<Day> previous;
    // One walk: both lists are ascending.
    for (const Day day : days) {
        if (previous == day)
            continue;
        previous = day;
        while (m < months.size() && months[m].last < day)
            ++m;
        if (m == months.size())
            break;
        if (months[m].contains(day))
            ++counts[m];
    }
    return counts;
}

std::vector<int> breadthPerMonth(std::span<const ColleagueTimeline> timelines, std::span<const DayRange> months)
{
    std::vector<int> breadth(months.size(), 0);
    for (const ColleagueTimeline &timeline : timelines) {
        const std::vector<int> days = distinctDaysPerMonth(timeline.contactDays, months);
        for (std::size_t m = 0; m < months.size(); ++m)
            breadth[m] += days[m] > 0 ? 1 : 0;
    }
    return breadth;
}

std::vector<std::optional<double>> consistencyPerMonth(
    std::span<const ColleagueTimeline> timelines, std::span<const DayRange> months, Day today)
{
    std::vector<std::optional<double>> out;
    out.reserve(months.size());
    for (const DayRange &month : months)
        out.push_back(monthlyConsistency(timelines, month, today));
    return out;
}

std::vector<std::optional<double>> reliabilityPerMonth(
    std::span<const PromiseOutcome> closed, std::span<const DayRange> months)
{
    std::vector<std::vector<PromiseOutcome>> byMonth(months.size());
    for (const PromiseOutcome &outcome : closed) {
        if (!outcome.closedOn)
            continue;
        if (const std::size_t m = monthIndex(months, *outcome.closedOn); m < months.size())
            byMonth[m].push_back(outcome);
    }
    std::vector<std::optional<double>> out;
    out.reserve(months.size());
    for (const auto &outcomes : byMonth)
        out.push_back(promiseReliability(outcomes));
    return out;
}

RankedBalances rankBalances(std::span<const ColleagueSupport> colleagues, int limit)
{
    RankedBalances ranked;
    for (const ColleagueSupport &c : colleagues) {
        if (const auto balance = supportBalance(c.counts))
            ranked.shown.push_back({ c.id, c.counts, *balance });
    }
    ranked.total = int(ranked.shown.size());
    if (limit > 0 && ranked.shown.size() > std::size_t(limit)) {
        const auto leaning = [](const RankedBalance &a, const RankedBalance &b) {
            const double da = std::abs(a.balance - 0.5);
            const double db = std::abs(b.balance - 0.5);
            return da != db ? da > db : a.id < b.id;
        };
        std::nth_element(ranked.shown.begin(), ranked.shown.begin() + limit, ranked.shown.end(), leaning);
        ranked.shown.resize(std::size_t(limit));
    }
    std::sort(ranked.shown.begin(), ranked.shown.end(), [](const RankedBalance &a, const RankedBalance &b) {
        return a.balance != b.balance ? a.balance < b.balance : a.id < b.id;
    });
    return ranked;
}

} // namespace rapport::core::metrics
