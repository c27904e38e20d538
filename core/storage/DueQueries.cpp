#include "DueQueries.h"

#include "Statement.h"

namespace rapport::core::storage {
// The due list is read on every start and every minute the app runs: SQLite's own API
// keeps it to a few milliseconds on a large journal.
Result<std::vector<DueQueries::Cadenced>> DueQueries::cadencedColleagues(Day today)
{
    // The latest contact is kept on the colleague; only a colleague with an entry dated
    // after today needs a seek into contact days for the latest one up to today.
    Statement s(m_db.handle(),
                "SELECT c.id, c.name, c.cadence_days, c.tracked_since, c.snoozed_until, "
                "CASE WHEN c.last_contact IS NULL OR c.last_contact <= ?1 THEN c.last_contact ELSE "
                "(SELECT max(d.day) FROM contact_day d WHERE d.colleague_id = c.id AND d.day <= ?1) END "
                "FROM colleague c WHERE c.archived = 0 AND c.cadence_days > 0 ORDER BY c.id");
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    s.bind(1, today);
    std::vector<Cadenced> rows;
    while (s.next()) {
        Cadenced row{s.int64Column(0), s.textColumn(1), s.intColumn(2), s.intColumn(3), std::nullopt, std::nullopt};
        if (!s.isNull(4))
            row.snoozedUntil = s.intColumn(4);
        if (!s.isNull(5))
            row.lastContact = s.intColumn(5);
        rows.push_back(std::move(row));
    }
    if (auto done = s.finish(); !done)
        return done.error();
    return rows;
}

Result<std::vector<DueQueries::Entry>> DueQueries::entries(const char *sql, Day day)
{
    Statement s(m_db.handle(), sql);
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    s.bind(1, day);
    std::vector<Entry> rows;
    while (s.next())
        rows.push_back({s.int64Column(0), s.int64Column(1), s.textColumn(2), s.textColumn(3), s.intColumn(4)});
    if (auto done = s.finish(); !done)
        return done.error();
    return rows;
}

Result<std::vector<DueQueries::Entry>> DueQueries::openFollowUpsDueBy(Day day)
{
    return entries("SELECT f.id, f.colleague_id, c.name, f.what, f.due_on FROM follow_up f "
                   "JOIN colleague c ON c.id = f.colleague_id "
                   "WHERE f.done_on IS NULL AND f.due_on <= ?1 AND c.archived = 0 ORDER BY f.due_on, f.id",
                   day);
}

Result<std::vector<DueQueries::Entry>> DueQueries::openPromisesOfMineDueBy(Day day)
{
    return entries("SELECT m.id, m.colleague_id, c.name, m.what, m.due_on FROM commitment m "
                   "JOIN colleague c ON c.id = m.colleague_id WHERE m.status = 'open' AND m.direction = 'mine' "
                   "AND m.due_on <= ?1 AND c.archived = 0 ORDER BY m.due_on, m.id",
                   day);
}

Result<std::vector<DueQueries::Entry>> DueQueries::openPromisesOfTheirsDueBy(Day day)
{
    return entries("SELECT m.id, m.colleague_id, c.name, m.what, m.due_on FROM commitment m "
                   "JOIN colleague c ON c.id = m.colleague_id WHERE m.status = 'open' AND m.direction = 'theirs' "
                   "AND m.due_on <= ?1 AND c.archived = 0 ORDER BY m.due_on, m.id",
                   day);
}

Result<std::vector<DueQueries::Entry>> DueQueries::birthdaysSnoozedUntil(Day day)
{
    return entries("SELECT c.id, c.id, c.name, '', c.birthday_md FROM reminder_snooze s "
                   "JOIN colleague c ON c.id = s.item_id WHERE s.item_type = 'birthday' AND s.until_day = ?1 "
                   "AND c.archived = 0 AND c.birthday_md IS NOT NULL ORDER BY c.name_key, c.id",
                   day);
}

Result<std::vector<DueQueries::Entry>> DueQueries::birthdays(const std::vector<int> &monthDays)
{
    std::vector<Entry> rows;
    Statement s(m_db.handle(), "SELECT id, name FROM colleague WHERE archived = 0 AND birthday_md = ?1 ORDER BY name_key, id");
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    for (const int md : monthDays) {
        s.bind(1, md);
        while (s.next())
            rows.push_back({s.int64Column(0), s.int64Column(0), s.textColumn(1), QString(), 0});
        if (auto done = s.finish(); !done)
            return done.error();
    }
    return rows;
}

} // namespace rapport::core::storage
