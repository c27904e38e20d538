#include "DueQueries.h"

#include "Query.h"

namespace rapport::core::storage {

Result<std::vector<DueQueries::Cadenced>> DueQueries::cadencedColleagues(Day today)
{
    // One seek into contact_day's primary key per colleague, not a scan of contacts.
    Query q(m_db, QStringLiteral(
        "SELECT c.id, c.name, c.cadence_days, c.tracked_since, c.snoozed_until, "
        "(SELECT max(d.day) FROM contact_day d WHERE d.colleague_id = c.id AND d.day <= :today) "
        "FROM colleague c WHERE c.archived = 0 AND c.cadence_days > 0 ORDER BY c.id"));
    q.bind(QStringLiteral(":today"), today);
    if (auto done = q.exec(); !done)
        return done.error();
    std::vector<Cadenced> rows;
    while (q.next()) {
        Cadenced row{q.integer(0), q.text(1), q.number(2), q.number(3), std::nullopt, std::nullopt};
        if (!q.isNull(4))
            row.snoozedUntil = q.number(4);
        if (!q.isNull(5))
            row.lastContact = q.number(5);
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::vector<DueQueries::Entry>> DueQueries::entries(const QString &sql, Day day)
{
    Query q(m_db, sql);
    q.bind(QStringLiteral(":day"), day);
    if (auto done = q.exec(); !done)
        return done.error();
    std::vector<Entry> rows;
    while (q.next())
        rows.push_back({q.integer(0), q.integer(1), q.text(2), q.text(3), q.number(4)});
    return rows;
}

Result<std::vector<DueQueries::Entry>> DueQueries::openFollowUpsDueBy(Day day)
{
    return entries(QStringLiteral(
                       "SELECT f.id, f.colleague_id, c.name, f.what, f.due_on FROM follow_up f "
                       "JOIN colleague c ON c.id = f.colleague_id "
                       "WHERE f.done_on IS NULL AND f.due_on <= :day AND c.archived = 0 ORDER BY f.due_on, f.id"),
                   day);
}

Result<std::vector<DueQueries::Entry>> DueQueries::openPromisesOfMineDueBy(Day day)
{
    return entries(QStringLiteral(
                       "SELECT m.id, m.colleague_id, c.name, m.what, m.due_on FROM commitment m "
                       "JOIN colleague c ON c.id = m.colleague_id WHERE m.status = 'open' AND m.direction = 'mine' "
                       "AND m.due_on <= :day AND c.archived = 0 ORDER BY m.due_on, m.id"),
                   day);
}

Result<std::vector<DueQueries::Entry>> DueQueries::birthdays(const std::vector<int> &monthDays)
{
    std::vector<Entry> rows;
    Query q(m_db, QStringLiteral("SELECT id, name FROM colleague WHERE archived = 0 AND birthday_md = :md ORDER BY name_key, id"));
    for (const int md : monthDays) {
        q.bind(QStringLiteral(":md"), md);
        if (auto done = q.exec(); !done)
            return done.error();
        while (q.next())
            rows.push_back({q.integer(0), q.integer(0), q.text(1), QString(), 0});
    }
    return rows;
}

} // namespace rapport::core::storage
