#include "FigureQueries.h"

#include "Query.h"

#include <algorithm>

namespace rapport::core::storage {

Result<std::vector<ColleagueFigureRow>> FigureQueries::colleagues()
{
    Query q(m_db, QStringLiteral("SELECT id, name, cadence_days, tracked_since, archived, snoozed_until "
                                 "FROM colleague ORDER BY id"));
    if (auto done = q.exec(); !done)
        return done.error();
    std::vector<ColleagueFigureRow> rows;
    while (q.next()) {
        ColleagueFigureRow row{q.integer(0), q.text(1), q.number(2), q.number(3), q.number(4) != 0, std::nullopt};
        if (!q.isNull(5))
            row.snoozedUntil = q.number(5);
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<FigureQueries::Timelines> FigureQueries::timelines(const std::vector<ColleagueFigureRow> &rows, Day from, Day upTo)
{
    Timelines out;
    out.timelines.reserve(rows.size());
    out.truncated.assign(rows.size(), false);
    QHash<Id, std::size_t> indexOf;
    indexOf.reserve(qsizetype(rows.size()));
    for (const ColleagueFigureRow &row : rows) {
        indexOf.insert(row.id, out.timelines.size());
        out.timelines.push_back({row.id, row.cadenceDays, row.trackedSince, row.archived, {}});
    }

    // The latest contact before the window: one index seek per colleague.
    Query before(m_db, QStringLiteral(
        "SELECT c.id, (SELECT max(d.day) FROM contact_day d WHERE d.colleague_id = c.id AND d.day < :from), "
        "(SELECT count(*) > 1 FROM (SELECT 1 FROM contact_day d WHERE d.colleague_id = c.id AND d.day < :from LIMIT 2)) "
        "FROM colleague c"));
    before.bind(QStringLiteral(":from"), from);
    if (auto done = before.exec(); !done)
        return done.error();
    while (before.next()) {
        const auto at = indexOf.constFind(before.integer(0));
        if (at == indexOf.cend() || before.isNull(1))
            continue;
        out.timelines[*at].contactDays.push_back(before.number(1));
        out.truncated[*at] = before.number(2) != 0;
    }

    Query inWindow(m_db, QStringLiteral("SELECT colleague_id, day FROM contact_day WHERE day BETWEEN :from AND :to "
                                        "ORDER BY colleague_id, day"));
    inWindow.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), upTo);
    if (auto done = inWindow.exec(); !done)
        return done.error();
    Id lastId = -1;
    std::vector<Day> *days = nullptr;
    while (inWindow.next()) {
        const Id id = inWindow.integer(0);
        if (id != lastId) {
            lastId = id;
            const auto at = indexOf.constFind(id);
            days = at == indexOf.cend() ? nullptr : &out.timelines[*at].contactDays;
        }
        if (days)
            days->push_back(inWindow.number(1));
    }
    return out;
}

Result<std::vector<Day>> FigureQueries::contactDays(Id colleagueId, Day upTo)
{
    Query q(m_db, QStringLiteral("SELECT day FROM contact_day WHERE colleague_id = :id AND day <= :to ORDER BY day"));
    q.bind(QStringLiteral(":id"), colleagueId).bind(QStringLiteral(":to"), upTo);
    if (auto done = q.exec(); !done)
        return done.error();
    std::vector<Day> days;
    while (q.next())
        days.push_back(q.number(0));
    return days;
}

Result<std::vector<int>> FigureQueries::breadth(const std::vector<metrics::DayRange> &ranges)
{
    std::vector<int> counts;
    Query q(m_db, QStringLiteral("SELECT count(DISTINCT colleague_id) FROM contact_day WHERE day BETWEEN :from AND :to"));
    for (const metrics::DayRange &range : ranges) {
        q.bind(QStringLiteral(":from"), range.first).bind(QStringLiteral(":to"), range.last);
        if (auto done = q.exec(); !done)
            return done.error();
        counts.push_back(q.next() ? q.number(0) : 0);
    }
    return counts;
}

Result<std::vector<DayCounts>> FigureQueries::dayCounts(Day from, Day to)
{
    std::vector<DayCounts> days;
    const auto at = [&days](Day day) -> DayCounts & {
        // Rows arrive in day order from both queries; merge by binary search.
        auto it = std::lower_bound(days.begin(), days.end(), day,
                                   [](const DayCounts &c, Day d) { return c.day < d; });
        if (it == days.end() || it->day != day)
            it = days.insert(it, DayCounts{day, {}, 0, 0});
        return *it;
    };

    Query interactions(m_db, QStringLiteral("SELECT day, kind, count(*) FROM interaction WHERE day BETWEEN :from AND :to "
                                            "GROUP BY day, kind ORDER BY day"));
    interactions.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
    if (auto done = interactions.exec(); !done)
        return done.error();
    while (interactions.next()) {
        const auto kind = enumFromKey<InteractionKind>(interactions.text(1));
        if (kind)
            at(interactions.number(0)).interactionsByKind[std::size_t(*kind)] += interactions.number(2);
    }

    Query gratitude(m_db, QStringLiteral("SELECT day, direction, count(*) FROM gratitude WHERE day BETWEEN :from AND :to "
                                         "GROUP BY day, direction ORDER BY day"));
    gratitude.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
    if (auto done = gratitude.exec(); !done)
        return done.error();
    while (gratitude.next()) {
        DayCounts &counts = at(gratitude.number(0));
        if (gratitude.text(1) == QLatin1String("given"))
            counts.gratitudeGiven += gratitude.number(2);
        else
            counts.gratitudeReceived += gratitude.number(2);
    }
    return days;
}

Result<std::vector<ClosedCommitmentRow>> FigureQueries::commitmentsClosed(Day from, Day to, std::optional<Id> colleagueId)
{
    Query q(m_db, QStringLiteral("SELECT colleague_id, direction, status, due_on, closed_on FROM commitment "
                                 "WHERE closed_on BETWEEN :from AND :to %1")
                      .arg(colleagueId ? QStringLiteral("AND colleague_id = :id") : QString()));
    q.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
    if (colleagueId)
        q.bind(QStringLiteral(":id"), *colleagueId);
    if (auto done = q.exec(); !done)
        return done.error();
    std::vector<ClosedCommitmentRow> rows;
    while (q.next()) {
        ClosedCommitmentRow row;
        row.colleagueId = q.integer(0);
        row.direction = enumFromKey<CommitmentDirection>(q.text(1)).value_or(CommitmentDirection::Mine);
        row.outcome.status = enumFromKey<CommitmentStatus>(q.text(2)).value_or(CommitmentStatus::Open);
        row.outcome.dueOn = q.number(3);
        row.outcome.closedOn = q.number(4);
        rows.push_back(row);
    }
    return rows;
}

Result<QHash<Id, ColleagueWindowFigures>> FigureQueries::windowFigures(Day from, Day to, std::optional<Id> colleagueId)
{
    // One colleague: their covering index. Everyone: the interactions of the window,
    // found by day, joined to their participants by primary key.
    const QString sql = colleagueId
        ? QStringLiteral("SELECT colleague_id, kind, quality FROM participant WHERE colleague_id = :id "
                         "AND day BETWEEN :from AND :to AND (quality IS NOT NULL OR kind IN ('help_given', 'help_received'))")
        : QStringLiteral("SELECT p.colleague_id, i.kind, i.quality FROM interaction i JOIN participant p "
                         "ON p.interaction_id = i.id WHERE i.day BETWEEN :from AND :to "
                         "AND (i.quality IS NOT NULL OR i.kind IN ('help_given', 'help_received'))");
    Query q(m_db, sql);
    q.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
    if (colleagueId)
        q.bind(QStringLiteral(":id"), *colleagueId);
    if (auto done = q.exec(); !done)
        return done.error();
    QHash<Id, ColleagueWindowFigures> figures;
    while (q.next()) {
        ColleagueWindowFigures &f = figures[q.integer(0)];
        const QString kind = q.text(1);
        if (kind == QLatin1String("help_given"))
            ++f.support.given;
        else if (kind == QLatin1String("help_received"))
            ++f.support.received;
        if (!q.isNull(2))
            f.qualities.push_back(q.number(2));
    }
    return figures;
}

} // namespace rapport::core::storage
