#pragma once

#include "Database.h"
#include "Statement.h"
#include "domain/Day.h"
#include "domain/Enums.h"

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
    std::unique_ptr<Statements> m_s;
};

} // namespace rapport::core::storage
