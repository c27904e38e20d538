#include "Stats.h"

#include "storage/FigureQueries.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_set>

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
                           Day today, const storage::ColleagueWindowFigures &window,
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
    f.health = metrics::health(timeline, today, {window.qualities, window.support, promises});
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
    const Day timelineStart = std::min(windowStart, metrics::daysEnding(today, metrics::kHealthConsistencyDays).first);
    auto loaded = queries.timelines(*rows, timelineStart, today);
    if (!loaded)
        return loaded.error();

    auto counts = queries.dayCounts(windowStart, today);
    if (!counts)
        return counts.error();
    auto breadth = queries.breadth(monthRanges);
    if (!breadth)
        return breadth.error();
    auto closed = queries.commitmentsClosed(std::min(windowStart, healthWindow.first), today);
    if (!closed)
        return closed.error();
    auto window = queries.windowFigures(healthWindow.first, today);
    if (!window)
        return window.error();

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
        month.breadth = (*breadth)[m];
    }

    QHash<Id, std::vector<metrics::PromiseOutcome>> promisesByColleague;
    for (const storage::ClosedCommitmentRow &row : *closed) {
        if (row.direction == CommitmentDirection::Mine && row.outcome.closedOn && healthWindow.contains(*row.outcome.closedOn))
            promisesByColleague[row.colleagueId].push_back(row.outcome);
    }
    const storage::ColleagueWindowFigures noWindowFigures;
    const std::vector<metrics::PromiseOutcome> noPromises;
    for (std::size_t i = 0; i < rows->size(); ++i) {
        const storage::ColleagueFigureRow &row = (*rows)[i];
        if (row.archived)
            continue;
        auto streak = exactStreak(queries, loaded->timelines[i], loaded->truncated[i], today);
        if (!streak)
            return streak.error();
        const auto w = window->constFind(row.id);
        const auto p = promisesByColleague.constFind(row.id);
        report.colleagues.push_back(figuresOf(row, loaded->timelines[i], *streak, today,
                                              w == window->cend() ? noWindowFigures : *w,
                                              p == promisesByColleague.cend() ? noPromises : *p));
    }
    return report;
}

Result<ColleagueFigures> computeColleagueFigures(Database &db, Id colleagueId, const QDate &todayDate)
{
    const Day today = toDay(todayDate);
    FigureQueries queries(db);
    auto rows = queries.colleagues();
    if (!rows)
        return rows.error();
    const auto row = std::find_if(rows->begin(), rows->end(), [colleagueId](const auto &r) { return r.id == colleagueId; });
    if (row == rows->end())
        return Error{QCoreApplication::translate("Stats", "There is no colleague #%1.").arg(colleagueId)};

    const DayRange healthWindow = metrics::daysEnding(today, metrics::kHealthWindowDays);
    auto days = queries.contactDays(colleagueId, today);
    if (!days)
        return days.error();
    metrics::ColleagueTimeline timeline{row->id, row->cadenceDays, row->trackedSince, false, std::move(*days)};
    auto window = queries.windowFigures(healthWindow.first, today, colleagueId);
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
    // Figures of an archived colleague are shown as if they were still tracked.
    return figuresOf(*row, timeline, metrics::streak(timeline, today), today, window->value(colleagueId), mine);
}

} // namespace rapport::core
