#include "SuggestionQueries.h"

#include "Statement.h"

namespace rapport::core::storage {
namespace {

// Seeks by fact_by_follow_up; a fact whose follow-up was done needs no reminder.
constexpr const char *kFacts
    = "SELECT f.id, f.colleague_id, c.name, f.text FROM fact f JOIN colleague c ON c.id = f.colleague_id "
      "WHERE f.follow_up_on = ?1 AND c.archived = 0 "
      "AND NOT EXISTS (SELECT 1 FROM follow_up u WHERE u.fact_id = f.id AND u.done_on IS NOT NULL) "
      "ORDER BY c.name_key, f.id";

// A range of colleague_by_start, and one primary-key probe into contact days each.
constexpr const char *kNewcomers
    = "SELECT c.id, c.name, c.start_date FROM colleague c WHERE c.start_date BETWEEN ?1 AND ?2 AND c.archived = 0 "
      "AND NOT EXISTS (SELECT 1 FROM contact_day d WHERE d.colleague_id = c.id AND d.day <= ?2) "
      "ORDER BY c.start_date, c.name_key, c.id";

// One pass over the colleagues: the latest contact is kept on the colleague, and only one
// with an entry dated after today needs a seek for the latest up to today (as in the due list).
constexpr const char *kDepartments
    = "SELECT department, count(*), min(tracked_since), max(lc) FROM ("
      "  SELECT c.department AS department, c.tracked_since AS tracked_since, "
      "  CASE WHEN c.last_contact IS NULL OR c.last_contact <= ?1 THEN c.last_contact ELSE "
      "  (SELECT max(d.day) FROM contact_day d WHERE d.colleague_id = c.id AND d.day <= ?1) END AS lc "
      "  FROM colleague c WHERE c.archived = 0 AND c.department <> '' AND c.tracked_since <= ?1) "
      "GROUP BY department ORDER BY department";

constexpr const char *kActiveCadenced = "SELECT count(*) FROM colleague WHERE archived = 0 AND cadence_days > 0";

constexpr const char *kHelpReceived = "SELECT max(interaction_id) FROM participant "
                                      "WHERE colleague_id = ?1 AND day = ?2 AND kind = 'help_received'";

} // namespace

Result<std::vector<SuggestionQueries::FactRow>> SuggestionQueries::factsToFollowUp(Day day)
{
    std::vector<FactRow> rows;
    Statement s(m_db.handle(), kFacts);
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    s.bind(1, day);
    while (s.next())
        rows.push_back({ s.int64Column(0), s.int64Column(1), s.textColumn(2), s.textColumn(3) });
    if (auto ok = s.finish(); !ok)
        return ok.error();
    return rows;
}

Result<std::vector<SuggestionQueries::NewcomerRow>> SuggestionQueries::newcomersWithoutContact(Day from, Day to)
{
    std::vector<NewcomerRow> rows;
    Statement s(m_db.handle(), kNewcomers);
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    s.bind(1, from).bind(2, to);
    while (s.next())
        rows.push_back({ s.int64Column(0), s.textColumn(1), s.intColumn(2) });
    if (auto ok = s.finish(); !ok)
        return ok.error();
    return rows;
}

Result<std::vector<SuggestionQueries::DepartmentRow>> SuggestionQueries::departments(Day today)
{
    std::vector<DepartmentRow> rows;
    Statement s(m_db.handle(), kDepartments);
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    s.bind(1, today);
    while (s.next()) {
        DepartmentRow row { s.textColumn(0), s.intColumn(1), s.intColumn(2), std::nullopt };
        if (!s.isNull(3))
            row.lastContact = s.intColumn(3);
        rows.push_back(std::move(row));
    }
    if (auto ok = s.finish(); !ok)
        return ok.error();
    return rows;
}

Result<int> SuggestionQueries::activeCadenced()
{
    Statement s(m_db.handle(), kActiveCadenced);
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    const int count = s.next() ? s.intColumn(0) : 0;
    if (auto ok = s.finish(); !ok)
        return ok.error();
    return count;
}

Result<std::optional<Id>> SuggestionQueries::helpReceivedOn(Id colleagueId, Day day)
{
    Statement s(m_db.handle(), kHelpReceived);
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    s.bind(1, colleagueId).bind(2, day);
    std::optional<Id> id;
    if (s.next() && !s.isNull(0))
        id = s.int64Column(0);
    if (auto ok = s.finish(); !ok)
        return ok.error();
    return id;
}

} // namespace rapport::core::storage
