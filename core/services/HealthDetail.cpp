#include "HealthDetail.h"

#include "storage/FigureQueries.h"

namespace rapport::core {

Result<HealthDetail> healthDetail(Journal &journal, Id colleagueId)
{
    HealthDetail d;
    d.today = journal.clock().today();
    auto figures = computeColleagueFigures(journal.database(), colleagueId, d.today);
    if (!figures)
        return figures.error();
    d.figures = std::move(*figures);

    const Day today = toDay(d.today);
    storage::FigureQueries queries(journal.database());
    auto row = queries.colleague(colleagueId);
    if (!row)
        return row.error();
    auto days = queries.contactDays(colleagueId, today);
    if (!days)
        return days.error();
    // As computeColleagueFigures does: an archived colleague is explained as if tracked.
    const metrics::ColleagueTimeline timeline{colleagueId, (*row)->cadenceDays, (*row)->trackedSince, false,
                                              std::move(*days)};
    d.anchor = metrics::anchor(timeline, today);
    const auto onTrack = metrics::countOnTrack(timeline, d.figures.health.cadenceUsed,
                                               metrics::daysEnding(today, metrics::kHealthConsistencyDays), today);
    d.onTrackDays = onTrack.onTrack;
    d.trackedDays = onTrack.tracked;

    const metrics::DayRange window = metrics::daysEnding(today, metrics::kHealthWindowDays);
    auto counts = queries.windowFigures(colleagueId, window);
    if (!counts)
        return counts.error();
    d.ratedInteractions = counts->ratings.count;
    if (counts->ratings.count > 0)
        d.meanQuality = static_cast<double>(counts->ratings.sum) / static_cast<double>(counts->ratings.count);
    d.helpGiven = counts->support.given;
    d.helpReceived = counts->support.received;

    auto closed = queries.commitmentsClosed(window.first, today, colleagueId);
    if (!closed)
        return closed.error();
    for (const auto &c : *closed) {
        if (c.direction != CommitmentDirection::Mine || c.outcome.status == CommitmentStatus::Open)
            continue;
        ++d.promisesClosed;
        if (c.outcome.status == CommitmentStatus::Done && c.outcome.closedOn && *c.outcome.closedOn <= c.outcome.dueOn)
            ++d.promisesKept;
    }
    return d;
}

} // namespace rapport::core
