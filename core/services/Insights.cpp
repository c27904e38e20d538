#include "Insights.h"

#include "metrics/Series.h"
#include "storage/FigureQueries.h"
#include "storage/SeriesQueries.h"

#include <QCoreApplication>
#include <QHash>

namespace rapport::core {
namespace {

using metrics::DayRange;
using storage::FigureQueries;

Error noColleague(Id id)
{
    return Error { QCoreApplication::translate("Insights", "There is no colleague #%1.").arg(id) };
}

std::vector<metrics::DayTally> talliesOf(const std::vector<storage::DayCounts> &counts)
{
    std::vector<metrics::DayTally> tallies;
    tallies.reserve(counts.size());
    for (const storage::DayCounts &c : counts)
        tallies.push_back({ c.day, c.interactionsByKind, c.gratitudeGiven, c.gratitudeReceived });
    return tallies;
}

// The months asked for: the last N, or all from the month of the earliest entry.
Result<std::vector<DayRange>> monthsOf(Database &db, const InsightsRequest &request, Day today)
{
    if (request.months == kInsightsAllMonths) {
        auto earliest = storage::SeriesQueries(db).earliestEntry(request.colleague);
        if (!earliest)
            return earliest.error();
        return metrics::monthsThrough(earliest->value_or(today), today);
    }
    if (request.months < 1 || request.months > kMaxStatsMonths)
        return Error::inField(QStringLiteral("months"),
            QCoreApplication::translate("Insights", "The number of months must be between 1 and %1.")
                .arg(kMaxStatsMonths));
    return metrics::lastMonths(today, request.months);
}

} // namespace

bool InsightsSeries::empty() const
{
    for (const MonthFigures &m : months) {
        if (m.interactions > 0 || m.gratitudeGiven > 0 || m.gratitudeReceived > 0 || m.consistency
            || m.promiseReliability || m.breadth > 0)
            return false;
    }
    return balances.empty();
}

Result<InsightsSeries> loadInsights(Database &db, const InsightsRequest &request)
{
    const Day today = toDay(request.today);
    FigureQueries queries(db);

    std::vector<storage::ColleagueFigureRow> rows;
    if (request.colleague) {
        auto row = queries.colleague(*request.colleague);
        if (!row)
            return row.error();
        if (!row->has_value())
            return noColleague(*request.colleague);
        rows.push_back(**row);
    } else {
        auto all = queries.colleagues();
        if (!all)
            return all.error();
        rows = std::move(*all);
    }
    auto months = monthsOf(db, request, today);
    if (!months)
        return months.error();
    const DayRange range { months->front().first, today };

    // One walk along contact days gives the timelines and each colleague's help over the range.
    auto loaded = queries.timelines(rows, range.first, today, range);
    if (!loaded)
        return loaded.error();
    std::vector<metrics::DayTally> tallies;
    if (request.colleague) {
        auto mine = storage::SeriesQueries(db).colleagueTallies(*request.colleague, range.first, today);
        if (!mine)
            return mine.error();
        tallies = std::move(*mine);
    } else {
        auto counts = queries.dayCounts(range.first, today);
        if (!counts)
            return counts.error();
        tallies = talliesOf(*counts);
    }
    auto closed = queries.commitmentsClosed(range.first, today, request.colleague);
    if (!closed)
        return closed.error();
    std::vector<metrics::PromiseOutcome> mine;
    for (const storage::ClosedCommitmentRow &row : *closed) {
        if (row.direction == CommitmentDirection::Mine)
            mine.push_back(row.outcome);
    }

    const auto totals = metrics::totalsPerMonth(tallies, *months);
    const auto consistency = metrics::consistencyPerMonth(loaded->timelines, *months, today);
    const auto reliability = metrics::reliabilityPerMonth(mine, *months);
    const auto breadth = metrics::breadthPerMonth(loaded->timelines, *months);

    InsightsSeries series;
    series.request = request;
    series.asOf = today;
    series.months.reserve(months->size());
    for (std::size_t m = 0; m < months->size(); ++m) {
        MonthFigures month;
        month.first = (*months)[m].first;
        month.last = (*months)[m].last;
        month.interactions = totals[m].interactions;
        month.byKind = totals[m].interactionsByKind;
        month.gratitudeGiven = totals[m].gratitudeGiven;
        month.gratitudeReceived = totals[m].gratitudeReceived;
        month.consistency = consistency[m];
        month.promiseReliability = reliability[m];
        month.breadth = breadth[m];
        series.months.push_back(month);
    }

    std::vector<metrics::ColleagueSupport> support;
    QHash<Id, QString> names;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const storage::ColleagueFigureRow &row = rows[i];
        if (!row.archived) {
            ++series.activeColleagues;
            if (row.cadenceDays > 0)
                ++series.cadencedColleagues;
        }
        if (row.archived && !request.colleague)
            continue; // per-colleague figures leave archived colleagues out
        support.push_back({ row.id, loaded->window[i].support });
        names.insert(row.id, row.name);
    }
    const metrics::RankedBalances ranked = metrics::rankBalances(support, request.balanceLimit);
    series.balancesTotal = ranked.total;
    for (const metrics::RankedBalance &b : ranked.shown)
        series.balances.push_back({ b.id, names.value(b.id), b.counts.given, b.counts.received, b.balance });
    if (request.colleague) {
        series.colleagueName = rows.front().name;
        series.cadenceDays = rows.front().cadenceDays;
        series.archived = rows.front().archived;
    }
    return series;
}

Result<QList<storage::ColleagueRef>> insightsColleagues(Database &db)
{
    return storage::SeriesQueries(db).colleagueRefs();
}

Result<ProfileSeries> loadProfileSeries(Database &db, Id colleagueId, const QDate &todayDate)
{
    const Day today = toDay(todayDate);
    auto figures = computeColleagueFigures(db, colleagueId, todayDate);
    if (!figures)
        return figures.error();
    ProfileSeries series;
    series.months = metrics::lastMonths(today, kProfileChartMonths);
    auto days = FigureQueries(db).contactDays(colleagueId, today);
    if (!days)
        return days.error();
    series.contactDays = metrics::distinctDaysPerMonth(*days, series.months);
    series.health = figures->health;
    return series;
}

} // namespace rapport::core
