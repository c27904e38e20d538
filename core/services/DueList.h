#pragma once

#include "domain/Day.h"
#include "domain/Records.h"
#include "storage/Database.h"

#include <QList>

namespace rapport::core {

enum class DueType { Touchbase, FollowUp, Commitment, Birthday };
// "touchbase" | "follow_up" | "commitment" | "birthday", as `due --json` writes them.
QString dueTypeKey(DueType type);

struct DueItem
{
    DueType type = DueType::Touchbase;
    Id colleagueId = 0;
    Id id = 0;           // the follow-up's or commitment's id; the colleague's otherwise
    int overdueDays = 0; // today minus the item's due day, 0 for birthdays and promises due tomorrow
    Day dueOn = 0;
    QString colleagueName;
    QString title;

    friend bool operator==(const DueItem &, const DueItem &) = default;
};

// What is due on `today` (DESIGN.md section 3), from the journal alone: touchbases by
// overdue days (most first), then follow-ups, promises of mine (due by tomorrow) and
// birthdays. Archived colleagues are left out. A snoozed item waits for its day (a
// touchbase's snooze is the colleague's; the others' are in the reminder tables), and a
// snoozed birthday shows on that day alone, with `dueOn` the birthday it stands for. An
// occurrence dismissed (same type, id and `dueOn`) is left out.
Result<QList<DueItem>> dueItems(Database &db, const QDate &today);
// The touchbases of that list alone, in its order.
Result<QList<DueItem>> dueTouchbases(Database &db, const QDate &today);

} // namespace rapport::core
