#include "SeriesQueries.h"

#include "Statement.h"

namespace rapport::core::storage {
Result<std::vector<metrics::DayTally>> SeriesQueries::colleagueTallies(Id colleagueId, Day from, Day to)
{
    // participant copies the day and kind of its interaction; gratitude_by_colleague
    // finds the thanks. Both seek by (colleague, day).
    Statement interactions(m_db.handle(),
        "SELECT day, kind, count(*) FROM participant "
        "WHERE colleague_id = ?1 AND day BETWEEN ?2 AND ?3 GROUP BY day, kind");
    Statement gratitude(m_db.handle(),
        "SELECT day, direction, count(*) FROM gratitude "
        "WHERE colleague_id = ?1 AND day BETWEEN ?2 AND ?3 GROUP BY day, direction");
    std::vector<metrics::DayTally> tallies;
    for (Statement *s : { &interactions, &gratitude }) {
        if (auto ok = s->prepared(); !ok)
            return ok.error();
        s->bind(1, colleagueId).bind(2, from).bind(3, to);
    }
    while (interactions.next()) {
        if (const auto kind = enumFromKey<InteractionKind>(interactions.textColumn(1))) {
            metrics::DayTally tally { interactions.intColumn(0), {}, 0, 0 };
            tally.interactionsByKind[std::size_t(*kind)] = interactions.intColumn(2);
            tallies.push_back(tally);
        }
    }
    if (auto done = interactions.finish(); !done)
        return done.error();
    while (gratitude.next()) {
        const int n = gratitude.intColumn(2);
        const bool given = gratitude.textColumn(1) == QLatin1String("given");
        tallies.push_back({ gratitude.intColumn(0), {}, given ? n : 0, given ? 0 : n });
    }
    if (auto done = gratitude.finish(); !done)
        return done.error();
    return tallies;
}

Result<std::optional<Day>> SeriesQueries::earliestEntry(std::optional<Id> colleagueId)
{
    // Each min() is one seek at the start of an index (contact_day holds a colleague's
    // interactions and thanks; commitment_by_closed the closed commitments).
    Statement s(m_db.handle(),
        colleagueId ? "SELECT min(d) FROM (SELECT min(day) AS d FROM contact_day WHERE colleague_id = ?1 "
                      "UNION ALL SELECT min(closed_on) FROM commitment "
                      "WHERE colleague_id = ?1 AND closed_on IS NOT NULL)"
                    : "SELECT min(d) FROM (SELECT min(day) AS d FROM interaction_day "
                      "UNION ALL SELECT min(day) FROM gratitude_day "
                      "UNION ALL SELECT min(closed_on) FROM commitment WHERE closed_on IS NOT NULL)");
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    if (colleagueId)
        s.bind(1, *colleagueId);
    std::optional<Day> earliest;
    if (s.next() && !s.isNull(0))
        earliest = s.intColumn(0);
    if (auto done = s.finish(); !done)
        return done.error();
    return earliest;
}

Result<QList<ColleagueRef>> SeriesQueries::colleagueRefs()
{
    Statement s(m_db.handle(), "SELECT id, name, archived FROM colleague ORDER BY name_key, id");
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    QList<ColleagueRef> refs;
    while (s.next())
        refs.append({ s.int64Column(0), s.textColumn(1), s.intColumn(2) != 0 });
    if (auto done = s.finish(); !done)
        return done.error();
    return refs;
}

} // namespace rapport::core::storage
