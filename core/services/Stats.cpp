#include "Stats.h"

#include "storage/FigureQueries.h"

#include <QCoreApplication>

#include <algorithm>

namespace rapport::core {
namespace {

using metrics::DayRange;
using storage::FigureQueries;

// The streak looks back until a gap wider than the cadence; when that reaches the first
// day a window-limited timeline holds, the rest of the history is read.
Result<int> exactStreak(FigureQueries &queries, metrics::ColleagueTimeline &timeline, bool truncated, Day today)
{
    const int streak = metrics::streak(timeline, today);
    const auto known = std::count_if(timeline.contactDays.begin(), timeline.contactDays.end(),
                                     [today](Day d) { return d <= today; });
    if (!truncated || streak == 0 || streak < known)
        return streak;
    auto all = queries.contactDays(timeline.id, today);
    if (!all)
        return all.error();
    metrics::ColleagueTimeline full = timeline;
    full.contactDays = std::move(*all);
    return metrics::streak(full, today);
}

ColleagueFigures figuresOf(const storage::ColleagueFigureRow &row, const metrics::ColleagueTimeline &timeline, int streak,
                           Day today, const storage::WindowFigures &window,
                           const std::vector<metrics::PromiseOutcome> &promises)
{
    ColleagueFigures f;
    f.id = row.id;
    f.name = row.name;
    f.cadenceDays = row.cadenceDays;
    f.lastContact = metrics::lastContact(timeline, today);
    f.nextDue = metrics::nextDue(timeline, today);
    f.overdueDays = metrics::overdueDays(timeline, today);
    f.streak = streak;
    f.supportBalance = metrics::supportBalance(window.support);
    f.health = metrics::health(timeline, today, {window.ratings, window.support, promises});
    return f;
}

} // namespace

Result<StatsReport> computeStats(Database &db, const QDate &todayDate, int monthCount)
{
    if (monthCount < 1 || monthCount > kMaxStatsMonths)
        return Error::inField(QStringLiteral("months"),
                              QCoreApplication::translate("Stats", "The number of months must be between 1 and %1.")
                                  .arg(kMaxStatsMonths));
    const Day today = toDay(todayDate);
    FigureQueries queries(db);

    StatsReport report;
    report.asOf = today;
    const QDate firstMonth = QDate(todayDate.year(), todayDate.month(), 1).addMonths(-(monthCount - 1));
    std::vector<DayRange> monthRanges;
    for (int i = 0; i < monthCount; ++i) {
        const Day first = toDay(firstMonth.addMonths(i));
        const Day last = std::min(today, toDay(firstMonth.addMonths(i + 1)) - 1);
        monthRanges.push_back({first, last});
        MonthFigures month;
        month.first = first;
        month.last = last;
        report.months.push_back(month);
    }
    const Day windowStart = toDay(firstMonth);
    const DayRange healthWindow = metrics::daysEnding(today, metrics::kHealthWindowDays);

    auto rows = queries.colleagues();
    if (!rows)
        return rows.error();
    // One read of contact days covers the months, the 90 days of consistency and the 180
    // days of the health score's window.
    const Day timelineStart = std::min(windowStart, healthWindow.first);
    auto loaded = queries.timelines(*rows, timelineStart, today, healthWindow);
    if (!loaded)
        return loaded.error();
    auto counts = queries.dayCounts(windowStart, today);
    if (!counts)
        return counts.error();
    auto closed = queries.commitmentsClosed(std::min(windowStart, healthWindow.first), today);
    if (!closed)
        return closed.error();

    for (std::size_t m = 0; m < report.months.size(); ++m) {
        MonthFigures &month = report.months[m];
        const DayRange range = monthRanges[m];
        const auto begin = std::lower_bound(counts->begin(), counts->end(), range.first,
                                            [](const storage::DayCounts &c, Day d) { return c.day < d; });
        for (auto it = begin; it != counts->end() && it->day <= range.last; ++it) {
            for (int k = 0; k < kInteractionKindCount; ++k) {
                month.byKind[std::size_t(k)] += it->interactionsByKind[std::size_t(k)];
                month.interactions += it->interactionsByKind[std::size_t(k)];
            }
            month.gratitudeGiven += it->gratitudeGiven;
            month.gratitudeReceived += it->gratitudeReceived;
        }
        month.consistency = metrics::monthlyConsistency(loaded->timelines, range, today);
        std::vector<metrics::PromiseOutcome> mine;
        for (const storage::ClosedCommitmentRow &row : *closed) {
            if (row.direction == CommitmentDirection::Mine && row.outcome.closedOn && range.contains(*row.outcome.closedOn))
                mine.push_back(row.outcome);
        }
        month.promiseReliability = metrics::promiseReliability(mine);
    }
    // Breadth: each colleague, archived ones too, counts once in every month with a contact day.
    for (const metrics::ColleagueTimeline &timeline : loaded->timelines) {
        std::size_t m = 0;
        for (const Day day : timeline.contactDays) {
            while (m < monthRanges.size() && monthRanges[m].last < day)
                ++m;
            if (m == monthRanges.size())
                break;
            if (monthRanges[m].contains(day)) {
                ++report.months[m].breadth;
                ++m; // counted for this month; look for the next one
            }
        }
    }

    QHash<Id, std::vector<metrics::PromiseOutcome>> promisesByColleague;
    for (const storage::ClosedCommitmentRow &row : *closed) {
        if (row.direction == CommitmentDirection::Mine && row.outcome.closedOn && healthWindow.contains(*row.outcome.closedOn))
            promisesByColleague[row.colleagueId].push_back(row.outcome);
    }
    const std::vector<metrics::PromiseOutcome> noPromises;
    for (std::size_t i = 0; i < rows->size(); ++i) {
        const storage::ColleagueFigureRow &row = (*rows)[i];
        if (row.archived)
            continue;
        auto streak = exactStreak(queries, loaded->timelines[i], loaded->truncated[i], today);
        if (!streak)
            return streak.error();
        const auto p = promisesByColleague.constFind(row.id);
        report.colleagues.push_back(figuresOf(row, loaded->timelines[i], *streak, today, loaded->window[i],
                                              p == promisesByColleague.cend() ? noPromises : *p));
    }
    return report;
}

Result<ColleagueFigures> computeColleagueFigures(Database &db, Id colleagueId, const QDate &todayDate)
{
    const Day today = toDay(todayDate);
    FigureQueries queries(db);
    auto row = queries.colleague(colleagueId);
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{QCoreApplication::translate("Stats", "There is no colleague #%1.").arg(colleagueId)};

    const DayRange healthWindow = metrics::daysEnding(today, metrics::kHealthWindowDays);
    auto days = queries.contactDays(colleagueId, today);
    if (!days)
        return days.error();
    // Figures of an archived colleague are shown as if they were still tracked.
    metrics::ColleagueTimeline timeline{colleagueId, (*row)->cadenceDays, (*row)->trackedSince, false, std::move(*days)};
    auto window = queries.windowFigures(colleagueId, healthWindow);
    if (!window)
        return window.error();
    auto closed = queries.commitmentsClosed(healthWindow.first, today, colleagueId);
    if (!closed)
        return closed.error();
    std::vector<metrics::PromiseOutcome> mine;
    for (const auto &c : *closed) {
        if (c.direction == CommitmentDirection::Mine)
            mine.push_back(c.outcome);
    }
    return figuresOf(**row, timeline, metrics::streak(timeline, today), today, *window, mine);
}

} // namespace rapport::core
