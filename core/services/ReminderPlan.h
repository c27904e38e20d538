#pragma once

#include "ReminderSettings.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace rapport::core {

// When to notify (DESIGN.md section 3), as pure functions of the settings and the moment,
// so every rule is tested with pinned times and no event loop.
//
// The rules, and what a user expects of them:
// - A day's reminder goes off at the reminder time, on the days on only. A reminder time
//   inside the quiet hours goes off when they end that day: with quiet hours 21:00-08:00,
//   both 07:00 and 22:00 mean 08:00 (the end of that day's quiet hours).
// - A local time that does not exist (spring forward) means the first valid local time
//   after it; a local time that occurs twice (fall back) means its first occurrence, and
//   the day's reminder goes off once.
// - At most one notification a day, never inside the quiet hours, never on a day off.
// - A reminder time that went by while the app was closed or the machine slept is owed:
//   it is delivered once, as one summary (a catch-up), at the next moment a notification is
//   allowed (at start, on wake, or when the quiet hours or the days off end), however many
//   days were missed. A journal that never notified (new, or from before reminders)
//   owes only today's.
// - Nothing due, no notification. The day then does not count as notified: the user was
//   told nothing, so the first item to fall due later that day (from the command line,
//   an import, an undone dismissal) still gets that day's one notification. An earlier
//   day's reminder the app was awake for, with nothing due, lapses at midnight rather than
//   turning into a catch-up the next morning.
struct ReminderMoment
{
    QDateTime now;
    // The day this journal last sent a notification; none before the first.
    std::optional<QDate> lastNotified;
    bool anythingDue = false;
    // Since when the app has run with the machine awake: its start, or the last wake from
    // sleep. A reminder time before it went by unseen. Invalid means `now` (just started).
    QDateTime awakeSince;
    QTimeZone zone = QTimeZone::systemTimeZone();
};

struct ReminderDecision
{
    bool notify = false;
    // The notification stands for a reminder time that went by while the app was closed
    // or the machine slept.
    bool catchUp = false;
    // When to look again: the next reminder time, the end of quiet hours an owed reminder
    // waits for, or the next local midnight, whichever comes first.
    QDateTime nextCheck;
};

// When the reminder of `day` goes off under the rules above; nullopt when reminders are
// off or `day` is a day off.
std::optional<QDateTime> reminderTimeOn(const ReminderSettings &settings, const QDate &day, const QTimeZone &zone);

ReminderDecision planReminder(const ReminderSettings &settings, const ReminderMoment &moment);

} // namespace rapport::core
