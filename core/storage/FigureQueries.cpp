#include "FigureQueries.h"

#include "Query.h"
#include "Statement.h"

#include <algorithm>

namespace rapport::core::storage {
namespace {

void addWindowRow(WindowFigures &f, const Statement &s, int firstColumn)
{
    f.support.given += s.intColumn(firstColumn);
    f.support.received += s.intColumn(firstColumn + 1);
    f.ratings.count += s.intColumn(firstColumn + 2);
    f.ratings.sum += s.intColumn(firstColumn + 3);
}

ColleagueFigureRow readRow(const Query &q)
{
    ColleagueFigureRow row{q.integer(0), q.text(1), q.number(2), q.number(3), q.number(4) != 0, std::nullopt};
    if (!q.isNull(5))
        row.snoozedUntil = q.number(5);
    return row;
}

const QString kColleagueColumns = QStringLiteral("id, name, cadence_days, tracked_since, archived, snoozed_until");

} // namespace

Result<std::vector<ColleagueFigureRow>> FigureQueries::colleagues()
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM colleague ORDER BY id").arg(kColleagueColumns));
    if (auto done = q.exec(); !done)
        return done.error();
    std::vector<ColleagueFigureRow> rows;
    while (q.next())
        rows.push_back(readRow(q));
    return rows;
}

Result<std::optional<ColleagueFigureRow>> FigureQueries::colleague(Id id)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM colleague WHERE id = :id").arg(kColleagueColumns));
    q.bind(QStringLiteral(":id"), id);
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next())
        return std::optional<ColleagueFigureRow>();
    return std::optional<ColleagueFigureRow>(readRow(q));
}

Result<FigureQueries::Timelines> FigureQueries::timelines(const std::vector<ColleagueFigureRow> &rows, Day from, Day upTo,
                                                          metrics::DayRange window)
{
    // Per colleague, one walk back along contact_day's primary key from `upTo`, stopping
    // two days before `from`, and one sum over the window done inside SQLite. Reading
    // just the day column of each row is what keeps a million-contact journal fast.
    Statement days(m_db.handle(), "SELECT day FROM contact_day WHERE colleague_id = ?1 AND day <= ?2 ORDER BY day DESC");
    Statement sums(m_db.handle(), "SELECT coalesce(sum(help_given), 0), coalesce(sum(help_received), 0), "
                                  "coalesce(sum(rated), 0), coalesce(sum(quality_sum), 0) FROM contact_day "
                                  "WHERE colleague_id = ?1 AND day BETWEEN ?2 AND ?3");
    for (const Statement *s : {&days, &sums}) {
        if (auto ok = s->prepared(); !ok)
            return ok.error();
    }
    Timelines out;
    out.timelines.reserve(rows.size());
    out.truncated.reserve(rows.size());
    out.window.resize(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ColleagueFigureRow &row = rows[i];
        metrics::ColleagueTimeline timeline{row.id, row.cadenceDays, row.trackedSince, row.archived, {}};
        int earlier = 0;
        days.bind(1, row.id).bind(2, upTo);
        while (days.next()) {
            const Day day = days.intColumn(0);
            if (day < from && ++earlier > 1)
                break; // the one before `from` is kept; that there are more is all we need
            timeline.contactDays.push_back(day);
        }
        if (auto done = days.finish(); !done)
            return done.error();
        std::reverse(timeline.contactDays.begin(), timeline.contactDays.end());

        sums.bind(1, row.id).bind(2, window.first).bind(3, window.last);
        if (sums.next())
            addWindowRow(out.window[i], sums, 0);
        if (auto done = sums.finish(); !done)
            return done.error();
        out.timelines.push_back(std::move(timeline));
        out.truncated.push_back(earlier > 1);
    }
    return out;
}

Result<std::vector<Day>> FigureQueries::contactDays(Id colleagueId, Day upTo)
{
    Statement s(m_db.handle(), "SELECT day FROM contact_day WHERE colleague_id = ?1 AND day <= ?2 ORDER BY day");
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    s.bind(1, colleagueId).bind(2, upTo);
    std::vector<Day> days;
    while (s.next())
        days.push_back(s.intColumn(0));
    if (auto done = s.finish(); !done)
        return done.error();
    return days;
}

Result<WindowFigures> FigureQueries::windowFigures(Id colleagueId, metrics::DayRange window)
{
    Statement s(m_db.handle(), "SELECT coalesce(sum(help_given), 0), coalesce(sum(help_received), 0), "
                               "coalesce(sum(rated), 0), coalesce(sum(quality_sum), 0) FROM contact_day "
                               "WHERE colleague_id = ?1 AND day BETWEEN ?2 AND ?3");
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    s.bind(1, colleagueId).bind(2, window.first).bind(3, window.last);
    WindowFigures figures;
    while (s.next())
        addWindowRow(figures, s, 0);
    if (auto done = s.finish(); !done)
        return done.error();
    return figures;
}

Result<std::vector<DayCounts>> FigureQueries::dayCounts(Day from, Day to)
{
    std::vector<DayCounts> days;
    const auto at = [&days](Day day) -> DayCounts & {
        // Both queries return days in order; interaction days come first, gratitude merges in.
        auto it = std::lower_bound(days.begin(), days.end(), day, [](const DayCounts &c, Day d) { return c.day < d; });
        if (it == days.end() || it->day != day)
            it = days.insert(it, DayCounts{day, {}, 0, 0});
        return *it;
    };

    Statement interactions(m_db.handle(), "SELECT day, kind, n FROM interaction_day WHERE day BETWEEN ?1 AND ?2 ORDER BY day");
    Statement gratitude(m_db.handle(), "SELECT day, direction, n FROM gratitude_day WHERE day BETWEEN ?1 AND ?2 ORDER BY day");
    for (const Statement *s : {&interactions, &gratitude}) {
        if (auto ok = s->prepared(); !ok)
            return ok.error();
    }
    interactions.bind(1, from).bind(2, to);
    while (interactions.next()) {
        const QString key = interactions.textColumn(1);
        if (const auto kind = enumFromKey<InteractionKind>(key))
            at(interactions.intColumn(0)).interactionsByKind[std::size_t(*kind)] += interactions.intColumn(2);
    }
    if (auto done = interactions.finish(); !done)
        return done.error();
    gratitude.bind(1, from).bind(2, to);
    while (gratitude.next()) {
        DayCounts &counts = at(gratitude.intColumn(0));
        (gratitude.textColumn(1) == QLatin1String("given") ? counts.gratitudeGiven : counts.gratitudeReceived) += gratitude.intColumn(2);
    }
    if (auto done = gratitude.finish(); !done)
        return done.error();
    return days;
}

Result<std::vector<ClosedCommitmentRow>> FigureQueries::commitmentsClosed(Day from, Day to, std::optional<Id> colleagueId)
{
    Statement s(m_db.handle(), colleagueId ? "SELECT colleague_id, direction, status, due_on, closed_on FROM commitment "
                                             "WHERE colleague_id = ?3 AND closed_on BETWEEN ?1 AND ?2"
                                           : "SELECT colleague_id, direction, status, due_on, closed_on FROM commitment "
                                             "WHERE closed_on BETWEEN ?1 AND ?2");
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    s.bind(1, from).bind(2, to);
    if (colleagueId)
        s.bind(3, *colleagueId);
    std::vector<ClosedCommitmentRow> rows;
    while (s.next()) {
        ClosedCommitmentRow row;
        row.colleagueId = s.int64Column(0);
        row.direction = s.textColumn(1) == QLatin1String("theirs") ? CommitmentDirection::Theirs : CommitmentDirection::Mine;
        row.outcome.status = enumFromKey<CommitmentStatus>(s.textColumn(2)).value_or(CommitmentStatus::Open);
        row.outcome.dueOn = s.intColumn(3);
        row.outcome.closedOn = s.intColumn(4);
        rows.push_back(row);
    }
    if (auto done = s.finish(); !done)
        return done.error();
    return rows;
}

} // namespace rapport::core::storage
