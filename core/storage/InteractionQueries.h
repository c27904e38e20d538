#pragma once

#include "Database.h"
#include "domain/Day.h"
#include "domain/Records.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>
#include <utility>

namespace rapport::core::storage {

// What the Journal page shows; every part is optional and they combine with AND.
struct InteractionFilter
{
    // Initialised so that designated initializers may name only some of them.
    std::optional<InteractionKind> kind = {};
    std::optional<Id> colleagueId = {}; // one of the participants
    std::optional<QDate> from = {};     // inclusive
    std::optional<QDate> to = {};       // inclusive
    QString text = {};                  // in notes, case-insensitive, taken literally
    bool oldestFirst = false;           // the order, not a filter: isEmpty() ignores it

    bool isEmpty() const { return !kind && !colleagueId && !from && !to && text.isEmpty(); }
    friend bool operator==(const InteractionFilter &, const InteractionFilter &) = default;
};

struct InteractionListRow
{
    Id id = 0;
    QDate date;
    std::optional<QTime> time;
    std::optional<int> durationMin;
    InteractionKind kind = InteractionKind::Other;
    std::optional<Channel> channel;
    std::optional<int> quality;
    QString notes;
    QString participantNames; // "Ana Silva, Ben Okafor", by name
    QList<Id> participants;   // in the same order as the names

    friend bool operator==(const InteractionListRow &, const InteractionListRow &) = default;
};

// Where a list stands: the (day, id) of the last row read. Rows come newest first, by
// (day DESC, id DESC), so the next page starts strictly below this key; or oldest first,
// strictly above it.
using InteractionKey = std::pair<Day, Id>;

inline InteractionKey listKey(const InteractionListRow &row)
{
    return {toDay(row.date), row.id};
}

// The interaction list, read in pages by key rather than by OFFSET, so that the
// millionth row costs what the first does.
class InteractionQueries final
{
public:
    explicit InteractionQueries(Database &db) : m_db(db) {}

    // Up to `limit` rows matching the filter, newest (or oldest) first, after `after` when
    // given.
    Result<QList<InteractionListRow>> page(const InteractionFilter &filter, std::optional<InteractionKey> after,
                                           int limit);

    // How many interactions match, when an index or interaction_day answers it without
    // reading each one (not with a text filter, nor a colleague and a kind together);
    // nullopt otherwise.
    Result<std::optional<qint64>> countIfCheap(const InteractionFilter &filter);

    // SQLite's EXPLAIN QUERY PLAN of the statement `page` runs, one line per step.
    Result<QStringList> pagePlan(const InteractionFilter &filter);

private:
    Database &m_db;
};

} // namespace rapport::core::storage
