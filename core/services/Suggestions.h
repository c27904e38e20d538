#pragma once

#include "domain/Day.h"
#include "domain/Records.h"
#include "storage/Database.h"
#include "storage/ReminderStateRepository.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rapport::core {

// The kinds of "one small action today" (DESIGN.md section 4), in the order they are offered.
enum class SuggestionKind {
    FactFollowUp, // a fact whose follow-up date is today (and whose follow-up is not done)
    ThankForHelp, // help received in the last 14 days, no gratitude given to them since
    WelcomeNewcomer, // started in the last 14 days, no contact yet
    OverdueTouchbase, // the most overdue touchbase of the due list (snoozes and dismissals honoured)
    OverCapacity, // more active cadenced colleagues than the relationship capacity
    QuietDepartment, // a department with tracked colleagues and no contact in 60 days
};
// "fact_follow_up", "thank_for_help", "welcome_newcomer", "overdue_touchbase",
// "over_capacity", "quiet_department": stable keys, stored with dismissals.
QString suggestionKindKey(SuggestionKind kind);

// "Started in the last 14 days": today and the 13 days before it, like help to thank for
// (kThankWindowDays).
inline constexpr int kNewcomerWindowDays = 14;
// A department is quiet when its latest contact (or, with none, the day its first
// colleague was tracked) is this many days before today or more: no contact on any of the
// 60 days ending today.
inline constexpr int kQuietDepartmentDays = 60;
inline constexpr int kMaxSuggestions = 5;

// One suggestion, as data: the UI words it. Fields a kind does not use stay 0 or empty.
struct Suggestion
{
    SuggestionKind kind = SuggestionKind::OverdueTouchbase;
    // Who it is about; 0 for OverCapacity and QuietDepartment.
    Id colleagueId = 0;
    QString colleagueName = {};
    // FactFollowUp: the fact. ThankForHelp: the latest help_received interaction. 0 otherwise.
    Id referenceId = 0;
    // QuietDepartment: its name.
    QString department = {};
    // FactFollowUp: the fact as the user wrote it.
    QString text = {};
    // The day it is about. OverdueTouchbase: the next due day. ThankForHelp: the latest
    // help. FactFollowUp: the follow-up date (today). WelcomeNewcomer: the start date.
    // QuietDepartment: its latest contact, or the day its first colleague was tracked when
    // there is none. OverCapacity: today.
    Day on = 0;
    // Why, in days: today - on (days overdue, since the help, since the start, or of quiet).
    int days = 0;
    // QuietDepartment: its latest contact day up to today; none when never.
    std::optional<Day> lastContact = {};
    // QuietDepartment: its tracked colleagues. OverCapacity: the active cadenced colleagues.
    int count = 0;
    // OverCapacity: the relationship capacity (about me).
    int capacity = 0;

    friend bool operator==(const Suggestion &, const Suggestion &) = default;
};

// The occurrence a dismissal of `s` sets aside: the colleague (the fact for FactFollowUp,
// the department for QuietDepartment) and `on`; for OverCapacity the count, so the warning
// comes back when one more colleague is added.
storage::SuggestionOccurrence dismissalKey(const Suggestion &s);

// At most kMaxSuggestions for `today`, varied: the first of each kind in the order of
// SuggestionKind, then the second of each, and so on (at most one OverdueTouchbase,
// OverCapacity and QuietDepartment). Within a kind: facts by name, the latest help first,
// the earliest newcomer first, the quietest department first. Archived colleagues and
// dismissed occurrences are left out.
Result<QList<Suggestion>> suggestions(Database &db, const QDate &today);

} // namespace rapport::core
