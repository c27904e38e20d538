#pragma once

#include "Transfer.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTime>

class QIODevice;

namespace rapport::core::io {

struct CalendarOptions
{
    // When each event's alarm goes off on its day (local); an invalid time means no alarm.
    QTime alarmAt = QTime(9, 0);
    // Events up to this many days after today (0..kMaxHorizonDays; outside, clamped).
    int horizonDays = 365;

    static constexpr int kMaxHorizonDays = 9999;
};

// What is coming up, as an iCalendar file (RFC 5545) for any calendar app: one all-day
// event per colleague's next touchbase (cadenced, not archived), per open follow-up and
// per open promise, mine and theirs, each with a display alarm at `alarmAt` on its day.
//
// Dates follow the due list (core/services/DueList.h): a touchbase falls on its next due
// day, a follow-up or promise on its due day; a snoozed item on the day it is snoozed to; an
// overdue item today, saying since when it is due; an occurrence dismissed on the Today
// page is left out. Only items whose day is within `horizonDays` of today are written.
//
// Each event's UID names the item (touchbase-12@rapport, follow-up-7@rapport,
// commitment-3@rapport), so exporting again, or from a journal moved with a JSON import
// (which keeps ids), updates the same events in a calendar instead of adding copies.
// Only colleagues' names and what a follow-up or promise is about go into the file, never
// notes. The text is the same for the same journal and clock.
class CalendarExport final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    // Writes to an open device. On an error or a cancel, the device holds a partial file.
    static Status write(Database &db, QIODevice &out, const Clock &clock, const CalendarOptions &options = {},
        const Progress &progress = {});
    // Writes the file at `path` through a temporary one that replaces it only when whole;
    // a new file is owner-only (0600).
    static Status writeFile(Database &db, const QString &path, const Clock &clock, const CalendarOptions &options = {},
        const Progress &progress = {});
};

} // namespace rapport::core::io
