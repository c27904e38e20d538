#pragma once

#include "Database.h"
#include "domain/Day.h"
#include "domain/Records.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rapport::core::storage {

// Which promises the Promises page lists. Due soon and overdue are both open ones and never
// overlap: due soon is due today or within the next 7 days, overdue is due before today.
enum class PromiseState { Open, DueSoon, Overdue, Done, Dropped, All };

inline constexpr int kDueSoonDays = 7;

// Every part combines with AND.
struct CommitmentFilter
{
    std::optional<CommitmentDirection> direction = {}; // none: mine and theirs
    PromiseState state = PromiseState::Open;
    std::optional<Id> colleagueId = {};
    QString text = {}; // in what was promised or the colleague's name, case-insensitive

    friend bool operator==(const CommitmentFilter &, const CommitmentFilter &) = default;
};

struct CommitmentListRow
{
    Id id = 0;
    Id colleagueId = 0;
    QString colleagueName;
    QString what;
    CommitmentDirection direction = CommitmentDirection::Mine;
    QDate madeOn;
    QDate dueOn;
    CommitmentStatus status = CommitmentStatus::Open;
    std::optional<QDate> closedOn;
    int renegotiations = 0; // how many times the due date moved

    friend bool operator==(const CommitmentListRow &, const CommitmentListRow &) = default;
};

// My promises closed in a window, as the reliability figure counts them.
struct ClosedCounts
{
    int keptOnTime = 0; // done with closed on <= due on
    int closed = 0;     // done + dropped
};

// The reads behind the Promises page. A journal holds hundreds of promises, not millions,
// so a list is read whole (one statement over commitment, with a name and a count each).
class CommitmentQueries final
{
public:
    explicit CommitmentQueries(Database &db) : m_db(db) {}

    // Open ones first, by due date (soonest first), then closed ones by closed date, latest
    // first; ties by id. `today` places due soon and overdue.
    Result<QList<CommitmentListRow>> list(const CommitmentFilter &filter, const QDate &today);

    // Mine, closed on a day in [first, last]: read from commitment_by_closed alone.
    Result<ClosedCounts> closedMine(Day first, Day last);

private:
    Database &m_db;
};

} // namespace rapport::core::storage
