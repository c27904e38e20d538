#pragma once

#include "Database.h"
#include "Statement.h"
#include "domain/Day.h"
#include "domain/Enums.h"

#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace rapport::core::storage {

// Writes many rows fast, with explicit ids, on SQLite's own API: for synthetic journals
// and large imports. The caller holds the transaction; the schema's triggers keep
// contact days current as for any other write.
class BulkWriter final
{
public:
    explicit BulkWriter(Database &db);
    ~BulkWriter();

    Status ready() const;

    // Bulk-load mode, inside the caller's transaction: triggers and secondary indexes go
    // (inserting into a dozen random-order B-trees row by row is what makes a million rows
    // slow), and come back afterwards exactly as the schema defines them — their SQL is
    // read from sqlite_schema, not repeated here. Meanwhile the writer keeps the aggregates
    // of what it writes and stores them in key order at the end, which is far cheaper than
    // SQLite sorting a million rows to rebuild them (tests compare them with the rebuild).
    // Only for an empty journal: the aggregates cover what this writer wrote.
    Status suspendDerived();
    // How many contact events (participants and thanks) to expect, so memory is taken once.
    void expectContactEvents(qint64 count) { m_events.reserve(std::size_t(count)); }
    Status restoreDerived();
    Result<bool> isEmpty();

    struct ColleagueRow
    {
        qint64 id = 0;
        QString name, role, team, department, timeZone, birthday;
        const char *workMode = nullptr;
        int birthdayMonthDay = 0;
        int cadenceDays = 0;
        Day trackedSince = 0;
        bool archived = false;
    };
    Status add(const ColleagueRow &row);

    struct InteractionRow
    {
        qint64 id = 0;
        Day day = 0;
        InteractionKind kind = InteractionKind::Other;
        const char *channel = nullptr;
        bool initiatedByMe = true;
        std::optional<int> quality, timeMin, durationMin;
        const char *notes = "";
        std::vector<qint64> participants;
    };
    Status add(const InteractionRow &row);

    Status addGratitude(qint64 id, qint64 colleagueId, Day day, bool given, const char *what, bool inPublic);

    struct CommitmentRow
    {
        qint64 id = 0;
        qint64 colleagueId = 0;
        const char *what = "";
        bool mine = true;
        Day madeOn = 0, dueOn = 0;
        const char *status = "open";
        std::optional<Day> closedOn;
        std::optional<Day> renegotiatedFrom; // the due date before one move
    };
    Status add(const CommitmentRow &row);

    Status addFact(qint64 id, qint64 colleagueId, Day notedOn, std::optional<Day> followUpOn);
    Status addFollowUp(qint64 id, qint64 colleagueId, Day dueOn, std::optional<Day> doneOn, std::optional<qint64> factId);
    Status addReflection(Day day);

private:
    struct Statements;
    struct ContactEvent
    {
        int colleagueId; // ids of a bulk-loaded journal stay far below 2^31
        Day day;
        qint8 kind;    // InteractionKind, or -1 for gratitude
        qint8 quality; // 0 when not rated
    };
    Status writeAggregates();

    Database &m_db;
    std::unique_ptr<Statements> m_s;
    bool m_bulk = false;
    std::vector<ContactEvent> m_events;
    struct DayTotals
    {
        std::array<int, kInteractionKindCount> interactions{};
        std::array<int, 2> gratitude{}; // given, received
    };
    std::vector<DayTotals> m_days; // index: day - m_firstDay
    Day m_firstDay = 0;
    QStringList m_suspended; // CREATE statements of what suspendDerived() dropped
};

} // namespace rapport::core::storage
