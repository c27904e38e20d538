#include "CommitmentQueries.h"

#include "Statement.h"

#include <limits>

namespace rapport::core::storage {
namespace {

// ?1 direction or NULL, ?2 colleague or NULL, ?3 status or NULL, ?4..?5 due range.
constexpr const char *kList =
    "SELECT c.id, c.colleague_id, p.name, c.what, c.direction, c.made_on, c.due_on, c.status, c.closed_on, "
    "(SELECT count(*) FROM renegotiation r WHERE r.commitment_id = c.id) "
    "FROM commitment c JOIN colleague p ON p.id = c.colleague_id "
    "WHERE (?1 IS NULL OR c.direction = ?1) AND (?2 IS NULL OR c.colleague_id = ?2) "
    "AND (?3 IS NULL OR c.status = ?3) AND c.due_on BETWEEN ?4 AND ?5 "
    "ORDER BY c.status <> 'open', CASE WHEN c.status = 'open' THEN c.due_on END, c.closed_on DESC, c.id";

constexpr const char *kClosedMine =
    "SELECT count(*), coalesce(sum(status = 'done' AND closed_on <= due_on), 0) FROM commitment "
    "WHERE closed_on BETWEEN ?1 AND ?2 AND direction = 'mine' AND status IN ('done', 'dropped')";

} // namespace

Result<QList<CommitmentListRow>> CommitmentQueries::list(const CommitmentFilter &filter, const QDate &today)
{
    Statement s(m_db.handle(), kList);
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    if (filter.direction)
        s.bind(1, keyOf(*filter.direction));
    else
        s.bindNull(1);
    if (filter.colleagueId)
        s.bind(2, *filter.colleagueId);
    else
        s.bindNull(2);
    Day lo = std::numeric_limits<Day>::min();
    Day hi = std::numeric_limits<Day>::max();
    const Day now = toDay(today);
    switch (filter.state) {
    case PromiseState::Open: s.bind(3, keyOf(CommitmentStatus::Open)); break;
    case PromiseState::DueSoon:
        s.bind(3, keyOf(CommitmentStatus::Open));
        lo = now;
        hi = now + kDueSoonDays;
        break;
    case PromiseState::Overdue:
        s.bind(3, keyOf(CommitmentStatus::Open));
        hi = now - 1;
        break;
    case PromiseState::Done: s.bind(3, keyOf(CommitmentStatus::Done)); break;
    case PromiseState::Dropped: s.bind(3, keyOf(CommitmentStatus::Dropped)); break;
    case PromiseState::All: s.bindNull(3); break;
    }
    s.bind(4, lo).bind(5, hi);

    QList<CommitmentListRow> rows;
    while (s.next()) {
        CommitmentListRow row;
        row.colleagueName = s.textColumn(2);
        row.what = s.textColumn(3);
        // Unicode case folding, which SQLite's LIKE lacks.
        if (!filter.text.isEmpty() && !row.what.contains(filter.text, Qt::CaseInsensitive)
            && !row.colleagueName.contains(filter.text, Qt::CaseInsensitive))
            continue;
        row.id = s.int64Column(0);
        row.colleagueId = s.int64Column(1);
        row.direction = enumFromKey<CommitmentDirection>(s.textColumn(4)).value_or(CommitmentDirection::Mine);
        row.madeOn = fromDay(s.intColumn(5));
        row.dueOn = fromDay(s.intColumn(6));
        row.status = enumFromKey<CommitmentStatus>(s.textColumn(7)).value_or(CommitmentStatus::Open);
        if (!s.isNull(8))
            row.closedOn = fromDay(s.intColumn(8));
        row.renegotiations = s.intColumn(9);
        rows.append(std::move(row));
    }
    if (auto ok = s.finish(); !ok)
        return ok.error();
    return rows;
}

Result<ClosedCounts> CommitmentQueries::closedMine(Day first, Day last)
{
    Statement s(m_db.handle(), kClosedMine);
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    s.bind(1, first).bind(2, last);
    ClosedCounts counts;
    if (s.next()) {
        counts.closed = s.intColumn(0);
        counts.keptOnTime = s.intColumn(1);
    }
    if (auto ok = s.finish(); !ok)
        return ok.error();
    return counts;
}

} // namespace rapport::core::storage
